import Foundation
import FrontlineCore
import TOMLKit

/// Forbidden-wording rules as a hand-edited TOML file: a list of `[[rule]]` tables. A team
/// file (by default `$XDG_DATA_HOME/frontline/wording.toml`) is laid over the shipped rules:
/// a rule with a shipped id replaces it, a new id adds a rule.
public enum WordingFile {
    /// Reads a wording file; every mistake is reported, each with its line and what is allowed.
    public static func parse(_ text: String, name: String) -> Result<WordingGuard, FileMistakes> {
        var reader = WordingReader()
        if let mistakes = TOMLSource.readList(text, name: name, entry: "rule", kind: "wording file", read: { reader.readRule($0, section: $1, log: &$2) }) {
            return .failure(mistakes)
        }
        return .success(WordingGuard(rules: reader.rules))
    }

    /// Reads and parses the file at `path`.
    public static func read(path: String) throws -> WordingGuard {
        try parse(try TOMLSource.text(at: path), name: path).get()
    }

    /// The shipped rules with the team file at `team` laid over them, when it exists.
    public static func inEffect(team: String = StandardPaths.dataFile("wording.toml")) throws -> WordingGuard {
        guard FileManager.default.fileExists(atPath: team) else { return .shipped }
        return WordingGuard.shipped.merging(try read(path: team))
    }

    /// The rules in the file format; with `language`, only the rules that apply to it.
    public static func render(_ rules: WordingGuard, language: Language? = nil) -> String {
        var text = header
        for rule in rules.rules where language.map(rule.languages.contains) ?? true {
            let quote = TOMLSource.quoted
            text += "\n[[rule]]\nid = \(quote(rule.id))\n"
            text += "languages = [\(rule.languages.map { quote($0.rawValue) }.joined(separator: ", "))]\n"
            text += "words = [\(rule.words.map(quote).joined(separator: ", "))]\n"
            if rule.opener { text += "opener = true\n" }
            if !rule.except.isEmpty { text += "except = [\(rule.except.map(quote).joined(separator: ", "))]\n" }
            text += "suggestion = \(quote(rule.suggestion))\nnote = \(quote(rule.note))\n"
        }
        return text
    }

    static let header = """
        # Frontline forbidden wording. Each [[rule]] is one kind of wording agents must not send:
        #   id          a short unique name; a team rule with a shipped id replaces the shipped rule
        #   languages   the reply languages it applies to: zh-Hans, zh-Hant, ko, en
        #   words       the wordings; case, spaces and punctuation between words and full-width forms
        #               do not matter, nor Traditional or Simplified for the characters of the shipped
        #               rules. Latin and Korean wordings match whole words; a * at either end lets
        #               them run on ("*모르겠*")
        #   opener      true: only at the start of a sentence (optional)
        #   except      polite wordings that contain one of the words (optional)
        #   suggestion  the code of the phrase to use instead
        #   note        one sentence for the agent: why, and what to say instead

        """
}

/// Reads `[[rule]]` tables, noting mistakes.
private struct WordingReader {
    var rules: [WordingRule] = []
    /// Each id read so far, with the line where it is.
    private var seen: [String: Int?] = [:]

    mutating func readRule(_ table: TOMLTable, section: String, log: inout MistakeLog) {
        var rule = WordingRule(id: "", languages: [], words: [], suggestion: "", note: "")
        let before = log.errors.count
        for (key, value) in table {
            switch key {
            case "id", "suggestion", "note":
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    log.fail(section, key, "\(key) must be text in quotes")
                    continue
                }
                if key == "id" { rule.id = text } else if key == "suggestion" { rule.suggestion = text } else { rule.note = text }
            case "languages":
                let codes = value.array?.map(\.string) ?? []
                let languages = codes.compactMap { $0.flatMap(Language.init(rawValue:)) }
                guard value.array != nil, !languages.isEmpty, languages.count == codes.count else {
                    log.fail(section, key, "languages must be a list of zh-Hans, zh-Hant, ko, en, such as [\"zh-Hans\", \"zh-Hant\"]")
                    continue
                }
                rule.languages = languages
            case "words", "except":
                let texts = value.array?.compactMap(\.string) ?? []
                guard value.array?.count == texts.count,
                      texts.allSatisfy({ $0.contains(where: { $0.isLetter || $0.isNumber }) }),
                      key == "except" || !texts.isEmpty else {
                    log.fail(section, key, "\(key) must be a list of wordings in quotes, such as [\"I don't know\", \"*모르겠*\"]")
                    continue
                }
                if key == "words" { rule.words = texts } else { rule.except = texts }
            case "opener":
                guard let flag = value.bool else {
                    log.fail(section, key, "opener must be true or false")
                    continue
                }
                rule.opener = flag
            default:
                log.fail(section, key, "unknown key \"\(key)\"; a rule has id, languages, words, opener, except, suggestion and note")
            }
        }
        let keys = Set(table.map(\.0))
        for required in ["id", "languages", "words", "suggestion", "note"] where !keys.contains(required) {
            log.fail(section, nil, "this rule has no \(required)")
        }
        if !rule.id.isEmpty {
            if let earlier = seen[rule.id] {
                log.fail(section, "id", "duplicate id \"\(rule.id)\"" + (earlier.map { "; line \($0) has it already" } ?? ""))
            } else {
                seen[rule.id] = log.lines.line(section: section, key: "id")
            }
        }
        if log.errors.count == before { rules.append(rule) }
    }

}
