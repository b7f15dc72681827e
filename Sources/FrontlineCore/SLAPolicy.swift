import Foundation

/// The response-time targets. Deadlines are derived from stored timestamps,
/// so the same answer comes out whenever, and by whomever, it is asked.
public struct SLAPolicy: Equatable, Sendable {
    /// A phone call is picked up within this long of entering the queue.
    public var phonePickup: TimeInterval
    /// Every unanswered chat message gets an agent reply within this long.
    public var chatReply: TimeInterval
    /// An email gets its first answer within this long.
    public var emailResponse: TimeInterval
    /// A due call-back is made within this long of coming due.
    public var callback: TimeInterval
    /// The share of a target after which a timer shows the warning colour.
    public var warningFraction: Double

    public init(phonePickup: TimeInterval = 180, chatReply: TimeInterval = 300, emailResponse: TimeInterval = 4 * 3600,
                callback: TimeInterval = 300, warningFraction: Double = 0.8) {
        self.phonePickup = phonePickup
        self.chatReply = chatReply
        self.emailResponse = emailResponse
        self.callback = callback
        self.warningFraction = warningFraction
    }

    public static let standard = SLAPolicy()

    /// The timer running on a contact right now, if any.
    public func runningTimer(for contact: Contact) -> ResponseTimer? {
        guard contact.state.isOpen else { return nil }
        switch contact.channel {
        case .phone:
            guard contact.state == .waiting else { return nil }
            return ResponseTimer(kind: .pickup, startedAt: contact.queuedAt, target: phonePickup, warningFraction: warningFraction)
        case .callback:
            guard contact.state == .waiting else { return nil }
            return ResponseTimer(kind: .callback, startedAt: contact.queuedAt, target: callback, warningFraction: warningFraction)
        case .chat:
            guard let since = contact.awaitingReplySince else { return nil }
            return ResponseTimer(kind: .chatReply, startedAt: since, target: chatReply, warningFraction: warningFraction)
        case .email:
            guard contact.firstReplyAt == nil else { return nil }
            return ResponseTimer(kind: .emailResponse, startedAt: contact.queuedAt, target: emailResponse, warningFraction: warningFraction)
        }
    }

    /// Where the contact stands against its running timer at `now`; nil when no timer runs.
    public func status(of contact: Contact, at now: Date) -> SLAStatus? {
        runningTimer(for: contact)?.status(at: now)
    }
}
