import Foundation
import FrontlineCore
import TOMLKit

/// A training scenario as a hand-edited TOML file (the format is in docs/scenarios.md). Every
/// mistake is reported with its line and what is allowed; the shipped scenarios use the same format.
public enum ScenarioFile {
    public static func parse(_ text: String, name: String, defaultName: String) -> Result<Scenario, FileMistakes> {
        let root: TOMLTable
        switch TOMLSource.table(text, name: name) {
        case .success(let table): root = table
        case .failure(let mistakes): return .failure(mistakes)
        }
        var reader = ScenarioReader(log: MistakeLog(name: name, lines: TOMLLineIndex(text)), defaultName: defaultName)
        reader.read(root)
        return reader.log.errors.isEmpty ? .success(reader.scenario) : .failure(FileMistakes(errors: reader.log.inFileOrder))
    }

    /// Reads the file at `path`; its name without `.toml` is the scenario's name unless the file gives one.
    public static func read(path: String) throws -> Scenario {
        let fallback = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(try TOMLSource.text(at: path), name: path, defaultName: fallback).get()
    }

    /// A shipped scenario by name, else the file at `nameOrPath`; nil when it is neither.
    public static func find(_ nameOrPath: String) throws -> Scenario? {
        if let shipped = ShippedScenarios.texts.first(where: { $0.name == nameOrPath }) {
            return try parse(shipped.text, name: "(shipped) \(shipped.name)", defaultName: shipped.name).get()
        }
        let path = (nameOrPath as NSString).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try read(path: path)
    }

    /// Every shipped scenario, in the order `frontline demo --list` shows them.
    public static func shipped() -> [Scenario] {
        ShippedScenarios.texts.compactMap { try? parse($0.text, name: $0.name, defaultName: $0.name).get() }
    }
}

/// Reads one scenario file's tables, noting mistakes.
private struct ScenarioReader {
    var log: MistakeLog
    var scenario: Scenario

    init(log: MistakeLog, defaultName: String) {
        self.log = log
        scenario = Scenario(name: defaultName, title: defaultName, length: 600, rate: 0)
    }

    mutating func read(_ root: TOMLTable) {
        for (key, value) in root {
            switch key {
            case "name", "title", "summary":
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    log.fail("", key, "\(key) must be text in quotes")
                    continue
                }
                if key == "name" { scenario.name = text } else if key == "title" { scenario.title = text } else { scenario.summary = text }
            case "length":
                guard let seconds = TOMLSource.duration(value), seconds > 0 else {
                    log.fail("", key, "length must be a duration of at most a year (365d), such as \"10m\" or \"1h\"")
                    continue
                }
                scenario.length = seconds
            case "rate":
                guard let rate = value.double ?? value.int.map(Double.init), rate >= 0, rate <= 60 else {
                    log.fail("", key, "rate must be a number of arrivals per minute from 0 to 60, such as 1.5")
                    continue
                }
                scenario.rate = rate
            case "channels":
                if let weights = self.weights(value, key, allowed: Channel.allCases.filter { $0 != .callback }) { scenario.channels = weights }
            case "personas":
                if let weights = self.weights(value, key, allowed: Persona.allCases) { scenario.personas = weights }
            case "arrival":
                guard let entries = value.array else {
                    log.fail("", key, "arrivals are a list of tables, each written [[arrival]]")
                    continue
                }
                for (index, entry) in entries.enumerated() {
                    guard let table = entry.table else {
                        log.fail("", key, "each arrival must be a table, written [[arrival]]")
                        continue
                    }
                    if let arrival = readArrival(table, section: "arrival[\(index)]") { scenario.arrivals.append(arrival) }
                }
            default:
                log.fail("", key, "unknown setting \"\(key)\"; a scenario has name, title, summary, length, rate, [channels], [personas] and [[arrival]]")
            }
        }
    }

    /// A table of relative weights such as `{ phone = 3, chat = 2 }`.
    private mutating func weights<Key: RawRepresentable & Hashable>(_ value: TOMLValueConvertible, _ section: String,
                                                                   allowed: [Key]) -> [Key: Double]? where Key.RawValue == String {
        guard let table = value.table else {
            log.fail("", section, "\(section) must be a table, written [\(section)]")
            return nil
        }
        var weights: [Key: Double] = [:]
        for (key, weight) in table {
            guard let kind = Key(rawValue: key), allowed.contains(kind) else {
                log.fail(section, key, "unknown \(section.dropLast()) \"\(key)\"; use \(allowed.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            guard let number = weight.double ?? weight.int.map(Double.init), number >= 0 else {
                log.fail(section, key, "\(key) must be a weight of 0 or more, such as 2")
                continue
            }
            weights[kind] = number
        }
        return weights
    }

    private mutating func readArrival(_ table: TOMLTable, section: String) -> ScriptedArrival? {
        let before = log.errors.count
        var arrival = ScriptedArrival(at: -1, channel: .chat, persona: .polite)
        for (key, value) in table {
            switch key {
            case "at":
                guard let seconds = TOMLSource.duration(value), seconds >= 0 else {
                    log.fail(section, key, "at must be the time after the start, such as \"30s\" or \"2m30s\"")
                    continue
                }
                arrival.at = seconds
            case "channel":
                guard let channel = value.string.flatMap(Channel.init(rawValue:)), channel != .callback else {
                    log.fail(section, key, "channel must be phone, chat or email")
                    continue
                }
                arrival.channel = channel
            case "persona":
                guard let persona = value.string.flatMap(Persona.init(rawValue:)) else {
                    log.fail(section, key, "persona must be one of \(Persona.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                arrival.persona = persona
            case "language":
                guard let language = value.string.flatMap(Language.init(rawValue:)) else {
                    log.fail(section, key, "language must be zh-Hans, zh-Hant, ko or en")
                    continue
                }
                arrival.language = language
            case "lines", "good":
                let texts = value.array?.compactMap(\.string) ?? []
                guard value.array?.count == texts.count, !texts.isEmpty,
                      texts.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                    log.fail(section, key, "\(key) must be a list of texts in quotes, such as [\"Where is my parcel?\"]")
                    continue
                }
                if key == "lines" { arrival.lines = texts } else { arrival.good = texts }
            case "complaint":
                guard let flag = value.bool else {
                    log.fail(section, key, "complaint must be true or false")
                    continue
                }
                arrival.complaint = flag
            case "patience":
                guard let seconds = TOMLSource.duration(value), seconds > 0 else {
                    log.fail(section, key, "patience must be a duration of at most a year (365d), such as \"90s\" or \"3m\"")
                    continue
                }
                arrival.patience = seconds
            default:
                log.fail(section, key, "unknown key \"\(key)\"; an arrival has at, channel, persona, language, lines, good, complaint and patience")
            }
        }
        if !table.contains(where: { $0.0 == "at" }) { log.fail(section, nil, "this arrival has no at (when it comes, such as \"30s\")") }
        if let channels = arrival.persona.channels, !channels.contains(arrival.channel) {
            log.fail(section, "channel", "a \(arrival.persona.rawValue) customer comes by \(channels.map(\.rawValue).joined(separator: " or "))")
        }
        return log.errors.count == before ? arrival : nil
    }
}
