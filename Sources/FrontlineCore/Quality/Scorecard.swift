import Foundation

/// One line of a quality scorecard: what the reviewer checks and the most points it gives (its weight).
public struct QualityCriterion: Equatable, Sendable {
    /// A short stable name, used on the command line (`--score greeting=10`) and in the stored scores.
    public var id: String
    /// What the reviewer checks, in one sentence.
    public var title: String
    /// The most points this criterion gives; the criteria's points are their weights in the total.
    public var points: Int

    public init(id: String, title: String, points: Int) {
        self.id = id
        self.title = title
        self.points = points
    }
}

/// The criteria a supervisor scores a sampled contact on (`quality.toml`). The total is the
/// share of the points given out of the most the criteria give, in percent.
public struct Scorecard: Equatable, Sendable {
    public var criteria: [QualityCriterion]

    public init(criteria: [QualityCriterion]) { self.criteria = criteria }

    /// The most points the whole card gives.
    public var maximum: Int { criteria.reduce(0) { $0 + $1.points } }

    /// The total in percent of `scores` (criterion id → points given), or what is wrong with them:
    /// every criterion needs a score between 0 and its points, and no other name is allowed.
    public func total(_ scores: [String: Int]) -> Result<Double, ScoreProblem> {
        let known = Set(criteria.map(\.id))
        if let unknown = scores.keys.sorted().first(where: { !known.contains($0) }) {
            return .failure(.unknownCriterion(unknown, known: criteria.map(\.id)))
        }
        for criterion in criteria {
            guard let given = scores[criterion.id] else { return .failure(.missing(criterion.id)) }
            guard (0...criterion.points).contains(given) else { return .failure(.outOfRange(criterion.id, given: given, most: criterion.points)) }
        }
        guard maximum > 0 else { return .failure(.emptyCard) }
        let given = criteria.reduce(0) { $0 + (scores[$1.id] ?? 0) }
        return .success(Double(given) * 100 / Double(maximum))
    }
}

/// Why a set of scores cannot be recorded; each says what to give instead.
public enum ScoreProblem: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownCriterion(String, known: [String])
    case missing(String)
    case outOfRange(String, given: Int, most: Int)
    case emptyCard

    public var description: String {
        switch self {
        case let .unknownCriterion(name, known): "the scorecard has no criterion \"\(name)\"; its criteria are \(known.joined(separator: ", "))"
        case .missing(let name): "no score for \(name); give every criterion as --score NAME=POINTS"
        case let .outOfRange(name, given, most): "\(name) was given \(given) points; give 0 to \(most)"
        case .emptyCard: "the scorecard has no points to give; check quality.toml"
        }
    }
}

extension Scorecard {
    /// The manuals' checks of a service: greet and give one's name, use the five polite words
    /// (hello, please, thank you, sorry, goodbye), never the forbidden wording, understand and
    /// answer the question, keep the promised reply time, close properly. 100 points in all.
    public static let shipped = Scorecard(criteria: [
        QualityCriterion(id: "greeting", title: "Greeted the customer and gave their name", points: 10),
        QualityCriterion(id: "polite-words", title: "Used the five polite words: hello, please, thank you, sorry, goodbye", points: 20),
        QualityCriterion(id: "no-forbidden-wording", title: "Used no forbidden wording (I don't know, not my business, flat refusals)", points: 20),
        QualityCriterion(id: "answered", title: "Understood the question and answered it", points: 30),
        QualityCriterion(id: "promise-kept", title: "Kept the promised reply time (or promised none that was needed)", points: 10),
        QualityCriterion(id: "closing", title: "Closed properly: anything else, how to reach us, goodbye", points: 10),
    ])
}
