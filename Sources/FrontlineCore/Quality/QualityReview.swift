import Foundation

/// Where a quality review stands: queued by the sample, scored by a supervisor, disputed by the
/// agent whose contact it is, settled by another supervisor.
public enum QualityReviewState: String, Codable, CaseIterable, Sendable {
    case open
    case reviewed
    case disputed
    case settled
}

/// One sampled contact to be checked against the scorecard, and what came of it.
public struct QualityReview: Equatable, Sendable {
    public var id: Int64
    public var contactId: Int64
    /// The agent whose contact it is.
    public var agent: String
    public var channel: Channel
    public var endedAt: Date
    /// The period the sample was drawn from, and the seed that drew it.
    public var periodStart: Date
    public var periodEnd: Date
    public var seed: UInt64
    public var state: QualityReviewState
    public var sampledBy: String
    public var sampledAt: Date
    /// The re-call queued for a call (the manuals' quality re-call), if any.
    public var recallContactId: Int64?
    public var reviewer: String?
    public var reviewedAt: Date?
    public var scores: [String: Int]
    public var totalPercent: Double?
    public var comment: String
    public var disputeReason: String?
    public var disputedAt: Date?
    public var settler: String?
    public var settledAt: Date?
    /// The settler's scores when they changed the review's; nil when they kept it.
    public var settledScores: [String: Int]?
    public var settledPercent: Double?
    public var settleComment: String?

    public init(id: Int64, contactId: Int64, agent: String, channel: Channel, endedAt: Date, periodStart: Date, periodEnd: Date,
                seed: UInt64, state: QualityReviewState = .open, sampledBy: String, sampledAt: Date, recallContactId: Int64? = nil,
                reviewer: String? = nil, reviewedAt: Date? = nil, scores: [String: Int] = [:], totalPercent: Double? = nil,
                comment: String = "", disputeReason: String? = nil, disputedAt: Date? = nil, settler: String? = nil,
                settledAt: Date? = nil, settledScores: [String: Int]? = nil, settledPercent: Double? = nil, settleComment: String? = nil) {
        self.id = id
        self.contactId = contactId
        self.agent = agent
        self.channel = channel
        self.endedAt = endedAt
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.seed = seed
        self.state = state
        self.sampledBy = sampledBy
        self.sampledAt = sampledAt
        self.recallContactId = recallContactId
        self.reviewer = reviewer
        self.reviewedAt = reviewedAt
        self.scores = scores
        self.totalPercent = totalPercent
        self.comment = comment
        self.disputeReason = disputeReason
        self.disputedAt = disputedAt
        self.settler = settler
        self.settledAt = settledAt
        self.settledScores = settledScores
        self.settledPercent = settledPercent
        self.settleComment = settleComment
    }

    /// The score that counts: the settled one when a settler changed it, else the reviewer's;
    /// none while open or disputed (a disputed score waits for its settling).
    public var finalPercent: Double? {
        switch state {
        case .reviewed: totalPercent
        case .settled: settledPercent ?? totalPercent
        case .open, .disputed: nil
        }
    }
}
