import Foundation

/// One phone call, chat, email or due call-back, from queue entry to its end.
public struct Contact: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var channel: Channel
    public var state: ContactState
    public var customerId: Int64
    /// The phone number or email address the contact came from.
    public var address: String
    public var queuedAt: Date
    public var takenAt: Date?
    public var firstReplyAt: Date?
    public var endedAt: Date?
    /// The agent who holds (or held) the contact.
    public var agent: String?
    /// The oldest customer message that no agent reply has answered yet.
    /// Kept on the contact so the queue never has to scan transcripts.
    public var awaitingReplySince: Date?
    public var priority: Priority
    /// When the running timer was paused (e.g. waiting for the customer); nil while it runs.
    public var pausedSince: Date?
    public var pauseReason: String?
    /// Timer time spent in earlier pauses of the running timer.
    public var pausedSeconds: Double
    /// Why a call-back was queued; nil for contacts the customer started.
    public var purpose: ContactPurpose?

    public init(id: Int64? = nil, channel: Channel, state: ContactState = .waiting, customerId: Int64,
                address: String, queuedAt: Date, takenAt: Date? = nil, firstReplyAt: Date? = nil,
                endedAt: Date? = nil, agent: String? = nil, awaitingReplySince: Date? = nil,
                priority: Priority = .normal, pausedSince: Date? = nil, pauseReason: String? = nil, pausedSeconds: Double = 0,
                purpose: ContactPurpose? = nil) {
        self.id = id
        self.channel = channel
        self.state = state
        self.customerId = customerId
        self.address = address
        self.queuedAt = queuedAt
        self.takenAt = takenAt
        self.firstReplyAt = firstReplyAt
        self.endedAt = endedAt
        self.agent = agent
        self.awaitingReplySince = awaitingReplySince
        self.priority = priority
        self.pausedSince = pausedSince
        self.pauseReason = pauseReason
        self.pausedSeconds = pausedSeconds
        self.purpose = purpose
    }

    /// How long the customer waited in the queue: until pickup, or until `now` while still waiting.
    public func waited(at now: Date) -> TimeInterval {
        (takenAt ?? endedAt ?? now).timeIntervalSince(queuedAt)
    }
}

extension Contact {
    /// A call-back scheduled for later waits out of sight until its time comes.
    public func isDue(at now: Date) -> Bool { channel != .callback || queuedAt <= now }

    /// When the contact happened, for a history: when it entered the queue, or when it ended if
    /// that was sooner (a call-back closed before it came due, whose queue time is still ahead).
    public var historyDate: Date { min(queuedAt, endedAt ?? queuedAt) }
}
