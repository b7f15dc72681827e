import Foundation
import FrontlineCore
import TOMLKit

/// The quality scorecard as a hand-edited TOML file (`quality.toml`): a list of `[[criterion]]`
/// tables, each with an id, a title and its points (its weight in the total). Without a file the
/// shipped card (`Scorecard.shipped`, the manuals' checks) is in effect, so it works anywhere.
public enum ScorecardFile {
    /// Reads a scorecard file; every mistake is reported, each with its line and what is allowed.
    public static func parse(_ text: String, name: String) -> Result<Scorecard, FileMistakes> {
        var reader = ScorecardReader()
        if let mistakes = TOMLSource.readList(text, name: name, entry: "criterion", kind: "scorecard",
                                              read: { reader.readCriterion($0, section: $1, log: &$2) }) {
            return .failure(mistakes)
        }
        guard !reader.criteria.isEmpty else {
            return .failure(FileMistakes(errors: [FileMistake(source: name, line: nil,
                                                              message: "the scorecard has no [[criterion]]; give at least one")]))
        }
        return .success(Scorecard(criteria: reader.criteria))
    }

    /// Reads and parses the file at `path`.
    public static func read(path: String) throws -> Scorecard {
        try parse(try TOMLSource.text(at: path), name: path).get()
    }

    /// The default location: `$XDG_CONFIG_HOME/frontline/quality.toml`.
    public static var defaultPath: String { StandardPaths.configFile("quality.toml") }

    /// The team's card at `path` when it exists, else the shipped one.
    public static func inEffect(path: String = defaultPath) throws -> Scorecard {
        guard FileManager.default.fileExists(atPath: path) else { return .shipped }
        return try read(path: path)
    }

    /// The card in the file format, to start a team file from.
    public static func render(_ card: Scorecard) -> String {
        var text = header
        for criterion in card.criteria {
            text += "\n[[criterion]]\nid = \(TOMLSource.quoted(criterion.id))\ntitle = \(TOMLSource.quoted(criterion.title))\npoints = \(criterion.points)\n"
        }
        return text
    }

    static let header = """
        # Frontline quality scorecard. Each [[criterion]] is one thing a reviewer checks on a sampled contact:
        #   id      a short unique name (letters, digits, -), used as --score ID=POINTS
        #   title   what the reviewer checks, in one sentence
        #   points  the most points it gives (1-100); the points are the criteria's weights in the total

        """
}

/// Reads `[[criterion]]` tables, noting mistakes.
private struct ScorecardReader {
    var criteria: [QualityCriterion] = []
    private var seen: [String: Int?] = [:]

    mutating func readCriterion(_ table: TOMLTable, section: String, log: inout MistakeLog) {
        var criterion = QualityCriterion(id: "", title: "", points: 0)
        let before = log.errors.count
        for (key, value) in table {
            switch key {
            case "id":
                guard let text = value.string, !text.isEmpty, text.count <= 40,
                      text.unicodeScalars.allSatisfy({ ($0.isASCII && CharacterSet.alphanumerics.contains($0)) || $0 == "-" || $0 == "_" }) else {
                    log.fail(section, key, "id must be a short name of letters, digits and -, such as \"greeting\"")
                    continue
                }
                criterion.id = text
            case "title":
                guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    log.fail(section, key, "title must be text in quotes")
                    continue
                }
                criterion.title = text
            case "points":
                guard let points = value.int, (1...100).contains(points) else {
                    log.fail(section, key, "points must be a whole number from 1 to 100")
                    continue
                }
                criterion.points = points
            default:
                log.fail(section, key, "unknown key \"\(key)\"; a criterion has id, title and points")
            }
        }
        let keys = Set(table.map(\.0))
        for required in ["id", "title", "points"] where !keys.contains(required) {
            log.fail(section, nil, "this criterion has no \(required)")
        }
        if !criterion.id.isEmpty {
            if let earlier = seen[criterion.id] {
                log.fail(section, "id", "duplicate id \"\(criterion.id)\"" + (earlier.map { "; line \($0) has it already" } ?? ""))
            } else {
                seen[criterion.id] = log.lines.line(section: section, key: "id")
            }
        }
        if log.errors.count == before { criteria.append(criterion) }
    }
}
