import Foundation
import FrontlineCore

/// A deadline that was missed. Recorded once, kept after the contact ends, never deleted.
public struct Breach: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var contactId: Int64
    public var kind: TimerKind
    /// When the missed timer started (queue entry, or the unanswered customer message).
    public var startedAt: Date
    public var deadline: Date
    /// When the miss was noticed and written down.
    public var recordedAt: Date
    /// The agent holding the contact when it was noticed, if any.
    public var agent: String?

    public init(id: Int64? = nil, contactId: Int64, kind: TimerKind, startedAt: Date, deadline: Date,
                recordedAt: Date, agent: String? = nil) {
        self.id = id
        self.contactId = contactId
        self.kind = kind
        self.startedAt = startedAt
        self.deadline = deadline
        self.recordedAt = recordedAt
        self.agent = agent
    }
}
