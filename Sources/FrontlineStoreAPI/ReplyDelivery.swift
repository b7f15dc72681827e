import Foundation

/// An agent's failed reply, sent again: it goes back to pending and out as a new `reply` event.
public protocol ReplyDelivery: Sendable {
    func resend(messageId: Int64, by agent: String, at now: Date) throws
}
