import Foundation

/// A wrap-up as recorded: which contact, who wrapped it up and when, and what they gave.
/// A reopened contact wrapped up again has one per time it ended.
public struct ContactWrapUp: Equatable, Sendable {
    public var contactId: Int64
    public var agent: String
    public var entry: WrapUpEntry
    public var at: Date
    /// What came of it, when it was a follow-up call (its note is the entry's summary).
    public var followUpAnswer: FollowUpAnswer?

    public init(contactId: Int64, agent: String, entry: WrapUpEntry, at: Date, followUpAnswer: FollowUpAnswer? = nil) {
        self.followUpAnswer = followUpAnswer
        self.contactId = contactId
        self.agent = agent
        self.entry = entry
        self.at = at
    }
}
