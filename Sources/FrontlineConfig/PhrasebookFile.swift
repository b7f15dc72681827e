import Foundation
import FrontlineCore
import TOMLKit

/// A phrasebook as a hand-edited TOML file: a list of `[[phrase]]` tables, each with a
/// `code`, a `category`, a `title` and its text per language. Team and personal files
/// use it; `frontline phrases export` writes it.
public enum PhrasebookFile {
    /// Reads a phrasebook; every mistake is reported, each with its line and what is allowed.
    public static func parse(_ text: String, name: String) -> Result<Phrasebook, PhrasebookFileErrors> {
        var reader = PhrasebookReader()
        if let mistakes = TOMLSource.readList(text, name: name, entry: "phrase", kind: "phrasebook", read: { reader.readPhrase($0, section: $1, log: &$2) }) {
            return .failure(mistakes)
        }
        return .success(Phrasebook(phrases: reader.phrases))
    }

    /// Reads and parses the file at `path`.
    public static func read(path: String) throws -> Phrasebook {
        try parse(try TOMLSource.text(at: path), name: path).get()
    }

    /// The book in the file format, with the variants in `languages`; a phrase without any is left out.
    public static func render(_ book: Phrasebook, languages: [Language] = Language.allCases) -> String {
        var text = header
        for phrase in book.phrases {
            let variants = Language.allCases.filter { languages.contains($0) }.compactMap { language in
                phrase.variants[language].map { "\(language.rawValue) = \(TOMLSource.quoted($0))\n" }
            }
            guard !variants.isEmpty else { continue }
            text += "\n[[phrase]]\ncode = \(TOMLSource.quoted(phrase.code))\ncategory = \(TOMLSource.quoted(phrase.category.rawValue))\n"
            text += "title = \(TOMLSource.quoted(phrase.title))\n" + variants.joined()
        }
        return text
    }

    /// The documentation at the top of every written file.
    static let header = """
        # A Frontline phrasebook. Each [[phrase]] is one phrase:
        #   code      what the agent types after "/": letters, digits, "-" and "_"
        #   category  \(PhraseCategory.allCases.map(\.rawValue).joined(separator: ", "))
        #   title     a few words saying what the phrase is for
        #   zh-Hans, zh-Hant, ko, en   its text in each language; at least one
        # Placeholders: \(PhrasePlaceholder.keys.map { "{{\($0)}}" }.joined(separator: " ")),
        # {{key|default}} when the value may be missing, {{?label}} to ask the agent when inserting.
        # A phrase replaces the shipped or team phrase with the same code.

        """
}

/// Every mistake found in a phrasebook file, in file order.
public typealias PhrasebookFileErrors = FileMistakes

/// Reads `[[phrase]]` tables, noting mistakes.
private struct PhrasebookReader {
    var phrases: [Phrase] = []
    /// Each code read so far, with the line where it is.
    private var seen: [String: Int?] = [:]

    mutating func readPhrase(_ table: TOMLTable, section: String, log: inout MistakeLog) {
        var code: String?, category: PhraseCategory?, title: String?
        var variants: [Language: String] = [:]
        let before = log.errors.count
        for (key, value) in table {
            switch key {
            case "code":
                guard let text = value.string, Self.isCode(text) else {
                    log.fail(section, key, "code must be one word of letters, digits, \"-\" and \"_\", such as \"sorry-wait\"")
                    continue
                }
                code = text
            case "category":
                guard let found = value.string.flatMap(PhraseCategory.init(rawValue:)) else {
                    log.fail(section, key, "unknown category \(value.string.map { "\"\($0)\"" } ?? "\(value)"); use one of \(Self.categories)")
                    continue
                }
                category = found
            case "title":
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    log.fail(section, key, "title must be a few words in quotes")
                    continue
                }
                title = text
            default:
                guard let language = Language(rawValue: key) else {
                    if Self.looksLikeLanguage(key) {
                        let hint = Language(code: key).map { "write it \"\($0.rawValue)\"" } ?? "the languages are \(Self.languages)"
                        log.fail(section, key, "unknown language \"\(key)\"; \(hint)")
                    } else {
                        log.fail(section, key, "unknown key \"\(key)\"; a phrase has code, category, title and its text in \(Self.languages)")
                    }
                    continue
                }
                guard let text = value.string, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    log.fail(section, key, "\(key) is missing its text; write it in quotes")
                    continue
                }
                for problem in PhraseTemplate.problems(in: text) { log.fail(section, key, "\(key): \(problem)") }
                variants[language] = text
            }
        }
        let keys = Set(table.map(\.0))
        if !keys.contains("code") { log.fail(section, nil, "this phrase has no code; add code = \"...\"") }
        if !keys.contains("category") { log.fail(section, nil, "this phrase has no category; add category = one of \(Self.categories)") }
        if !keys.contains("title") { log.fail(section, nil, "this phrase has no title; add title = \"...\"") }
        if !keys.contains(where: { Language(rawValue: $0) != nil }) {
            log.fail(section, nil, "this phrase has no text; add at least one of \(Self.languages)")
        }
        if let code {
            if let earlier = seen[code] {
                log.fail(section, "code", "duplicate code \"\(code)\"" + (earlier.map { "; line \($0) has it already" } ?? ""))
            } else {
                seen[code] = log.lines.line(section: section, key: "code")
            }
        }
        guard log.errors.count == before, let code, let category, let title else { return }
        phrases.append(Phrase(code: code, category: category, title: title, variants: variants))
    }

    private static let categories = PhraseCategory.allCases.map(\.rawValue).joined(separator: ", ")
    private static let languages = Language.allCases.map(\.rawValue).joined(separator: ", ")

    private static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// `ja`, `zh-CN`, `en_US`: a language tag rather than a misspelt key.
    private static func looksLikeLanguage(_ key: String) -> Bool {
        let primary = key.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        return (2...3).contains(primary.count) && primary.allSatisfy(\.isLetter)
    }
}
