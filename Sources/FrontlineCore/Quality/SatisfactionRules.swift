import Foundation

/// When a satisfaction survey is due (`[satisfaction]` in the policy file): after a contact on
/// one of `channels` ends, `delay` later, unless the customer opted out. Off unless the team turns
/// it on, because every phone customer surveyed is a call-back in the live queue.
public struct SatisfactionRules: Equatable, Sendable {
    public var enabled: Bool
    public var channels: Set<Channel>
    /// How long after the contact ends the request is due (wall clock).
    public var delay: TimeInterval

    /// The longest delay a policy may set; a survey later than a week asks about a service nobody remembers.
    public static let longestDelay: TimeInterval = 7 * 86400

    public init(enabled: Bool = false, channels: Set<Channel> = [.phone, .chat, .email], delay: TimeInterval = 3600) {
        self.enabled = enabled
        self.channels = channels
        self.delay = delay
    }

    public static let standard = SatisfactionRules()

    /// When the survey of `contact`, ended at `endedAt`, is due; nil when none is: the rule is off,
    /// the channel is not surveyed, the customer opted out, or the contact was itself a call made
    /// to follow up, re-call or survey (asking about a survey call would never end).
    public func requestTime(for contact: Contact, endedAt: Date, optedOut: Bool) -> Date? {
        guard enabled, !optedOut, channels.contains(contact.channel) else { return nil }
        if let purpose = contact.purpose, purpose.isFollowUp || purpose == .qualityRecall || purpose == .satisfactionCall { return nil }
        return endedAt.addingTimeInterval(delay)
    }

    /// Whether the survey is a phone call (a call-back item) rather than a message a connector sends.
    public static func isCall(_ channel: Channel) -> Bool { channel == .phone || channel == .callback }
}
