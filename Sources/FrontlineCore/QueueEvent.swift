import Foundation

/// One step of a contact through the queue, as the event log records it: what the wallboard's
/// chart replays to draw the queue length and the service level over the day.
public struct QueueEvent: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Entered the queue (its channel is known from here on).
        case queued
        /// Came back to the queue after it had ended.
        case reopened
        case taken
        case replied
        case abandoned
        case completed
        /// A supervisor gave the contact to another agent.
        case reassigned
    }

    public var contactId: Int64
    public var kind: Kind
    /// Given with `queued` and `reopened`.
    public var channel: Channel?
    public var at: Date

    public init(contactId: Int64, kind: Kind, channel: Channel? = nil, at: Date) {
        self.contactId = contactId
        self.kind = kind
        self.channel = channel
        self.at = at
    }
}
