import Foundation
import TOMLKit

/// The common steps of reading a hand-edited TOML file: its text, its tables, and the
/// mistakes found in it, each with its line.
enum TOMLSource {
    /// The file's text; an unreadable file is a mistake to report like any other.
    static func text(at path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileMistakes(errors: [FileMistake(source: path, line: nil, message: "cannot read it; check its permissions")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = data.prefix(TextFile.firstInvalidUTF8(data) ?? 0).filter { $0 == 0x0A }.count + 1
            throw FileMistakes(errors: [FileMistake(source: path, line: line, message: "not UTF-8 text; save it as UTF-8")])
        }
        return text
    }

    /// The parsed root table, or the TOML syntax error with its line.
    static func table(_ text: String, name: String) -> Result<TOMLTable, FileMistakes> {
        do {
            return .success(try TOMLTable(string: text))
        } catch let error as TOMLParseError {
            return .failure(FileMistakes(errors: [FileMistake(source: name, line: error.source.begin.line,
                                                              message: "not valid TOML: \(error.description)")]))
        } catch {
            return .failure(FileMistakes(errors: [FileMistake(source: name, line: nil, message: "\(error)")]))
        }
    }

    /// A duration written as seconds (`90`, `1.5`) or as text (`"3m"`, `"1h30m"`), at most
    /// `DurationText.maximum` (a year); nil for anything else, which the reader reports with its line.
    static func duration(_ value: TOMLValueConvertible) -> TimeInterval? {
        if let seconds = value.int { return DurationText.seconds(TimeInterval(seconds)) }
        if let seconds = value.double { return DurationText.seconds(seconds) }
        return value.string.flatMap(DurationText.parse)
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\u%04X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Reads a file that is a list of `[[entry]]` tables, handing each table to `read` with its
    /// section name for `TOMLLineIndex` (`entry[0]`, `entry[1]`, ...); nil when nothing was wrong.
    static func readList(_ text: String, name: String, entry: String, kind: String,
                         read: (TOMLTable, String, inout MistakeLog) -> Void) -> FileMistakes? {
        let root: TOMLTable
        switch table(text, name: name) {
        case .success(let table): root = table
        case .failure(let mistakes): return mistakes
        }
        var log = MistakeLog(name: name, lines: TOMLLineIndex(text))
        for (key, value) in root {
            guard key == entry, let entries = value.array else {
                log.fail("", key, "unknown setting \"\(key)\"; a \(kind) is a list of [[\(entry)]] tables")
                continue
            }
            for (index, item) in entries.enumerated() {
                guard let table = item.table else {
                    log.fail("", key, "each \(entry) must be a table, written [[\(entry)]]")
                    continue
                }
                read(table, "\(entry)[\(index)]", &log)
            }
        }
        return log.errors.isEmpty ? nil : FileMistakes(errors: log.inFileOrder)
    }
}

/// The mistakes found so far, each placed on the line of the key or table it is about.
struct MistakeLog {
    let name: String
    let lines: TOMLLineIndex
    private(set) var errors: [FileMistake] = []

    init(name: String, lines: TOMLLineIndex) {
        self.name = name
        self.lines = lines
    }

    mutating func fail(_ section: String, _ key: String?, _ message: String) {
        errors.append(FileMistake(source: name, line: lines.line(section: section, key: key), message: message))
    }

    /// By line; mistakes on one line keep the order they were found in.
    var inFileOrder: [FileMistake] {
        errors.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
    }
}
