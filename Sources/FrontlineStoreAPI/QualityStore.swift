import Foundation
import FrontlineCore

/// What one quality sample drew: the review tasks per agent and the re-calls queued.
public struct QualitySampleResult: Equatable, Sendable {
    /// Agent → contacts drawn for review.
    public var perAgent: [String: [Int64]]
    /// Agent → how many ended contacts of the period could be drawn (not sampled before).
    public var candidatesPerAgent: [String: Int]
    public var recalls: Int
    public var seed: UInt64

    public init(perAgent: [String: [Int64]], candidatesPerAgent: [String: Int], recalls: Int, seed: UInt64) {
        self.perAgent = perAgent
        self.candidatesPerAgent = candidatesPerAgent
        self.recalls = recalls
        self.seed = seed
    }

    public var total: Int { perAgent.values.reduce(0) { $0 + $1.count } }
}

/// Quality checks: the seeded sample of ended contacts, the review tasks, disputes and settling,
/// and the scores per agent the reports read.
public protocol QualityStore: Sendable {
    /// Draws `percent` of the ended contacts of [from, to) per agent (`QualitySample`), leaving
    /// out contacts sampled before, and queues a review task for each and a re-call call-back
    /// for each call. One read of the period, one write.
    func sampleForQuality(percent: Double, from: Date, to: Date, seed: UInt64, by person: String, at: Date) throws -> QualitySampleResult
    func qualityReviews(agent: String?, state: QualityReviewState?, limit: Int) throws -> [QualityReview]
    func qualityReview(id: Int64) throws -> QualityReview?
    /// A supervisor's scores of an open review (`QualityReviewRules.whyNotReview`, checked in the write).
    func reviewQuality(id: Int64, by person: Agent, scores: [String: Int], totalPercent: Double, comment: String, at: Date) throws -> QualityReview
    /// The agent whose contact it is disputes a reviewed one.
    func disputeQuality(id: Int64, by person: Agent, reason: String, at: Date) throws -> QualityReview
    /// A supervisor other than the reviewer settles a disputed review: new scores, or nil to keep the reviewer's.
    func settleQuality(id: Int64, by person: Agent, scores: [String: Int]?, totalPercent: Double?, comment: String, at: Date) throws -> QualityReview
    /// Agent login → the average final percent (`QualityReview.finalPercent`) of the reviewed and
    /// settled reviews of contacts that ended in [from, to).
    func qualityScores(from: Date, to: Date) throws -> [String: Double]
}

/// How both stores keep a review's scores: a JSON object of criterion → points, keys sorted.
extension QualityReview {
    public static func storedScores(_ scores: [String: Int]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(scores), as: UTF8.self)
    }

    /// The scores `storedScores` wrote; nil for none or unreadable text.
    public static func scores(stored text: String?) -> [String: Int]? {
        text.flatMap { try? JSONDecoder().decode([String: Int].self, from: Data($0.utf8)) }
    }
}
