import Foundation

/// One channel's service level over a period, as Asterisk queues define it.
///
/// A contact counts once, by how its wait ended: answered (a call picked up, a chat or
/// email given its first agent reply) or abandoned (the caller hung up first). Contacts
/// still waiting, or ended without either, are in neither figure. Abandons shorter than
/// the short-abandon threshold are wrong numbers and pocket dials: they are counted in
/// `shortAbandons` and left out of everything else: Frontline's one difference from Asterisk,
/// on by default; a threshold of 0 turns it off, and SL2 is then Asterisk's ServicelevelPerf2.
public struct ServiceLevel: Equatable, Sendable {
    /// How one contact's wait ended, and how long it was.
    public enum Outcome: Equatable, Sendable {
        case answered(wait: TimeInterval)
        case abandoned(wait: TimeInterval)
    }

    /// Asterisk's default: a caller gone within 5 s never really waited.
    public static let defaultShortAbandonThreshold: TimeInterval = 5

    public var channel: Channel
    /// The channel's response target; "within target" means a wait up to and including it,
    /// as Asterisk's app_queue counts (`(now - start) <= servicelevel`).
    public var target: TimeInterval
    public var answered: Int
    public var answeredWithinTarget: Int
    public var abandoned: Int
    /// Abandoned with a wait up to and including the target.
    public var abandonedWithinTarget: Int
    public var shortAbandons: Int
    /// The summed wait of the answered contacts, kept so periods can be averaged exactly.
    public var totalAnsweredWait: TimeInterval

    public init(channel: Channel, target: TimeInterval, outcomes: [Outcome],
                shortAbandonThreshold: TimeInterval = defaultShortAbandonThreshold) {
        self.channel = channel
        self.target = target
        answered = 0
        answeredWithinTarget = 0
        abandoned = 0
        abandonedWithinTarget = 0
        shortAbandons = 0
        totalAnsweredWait = 0
        var answeredWaits: [TimeInterval] = []
        for outcome in outcomes {
            if let wait = count(outcome, shortAbandonThreshold: shortAbandonThreshold) { answeredWaits.append(wait) }
        }
        totalAnsweredWait = Self.total(answeredWaits)
    }

    /// Counts one more contact; returns its wait when it was answered, for the caller to add to
    /// `totalAnsweredWait` (through `total`). The one place a wait is judged against the target,
    /// for `init` and for readers that count contacts as they stream in (reports).
    public mutating func count(_ outcome: Outcome, shortAbandonThreshold: TimeInterval = defaultShortAbandonThreshold) -> TimeInterval? {
        switch outcome {
        case let .answered(wait):
            answered += 1
            if wait <= target { answeredWithinTarget += 1 }
            return wait
        case let .abandoned(wait) where wait < shortAbandonThreshold:
            shortAbandons += 1
        case let .abandoned(wait):
            abandoned += 1
            if wait <= target { abandonedWithinTarget += 1 }
        }
        return nil
    }

    /// Waits summed in a fixed order: floating-point addition is not associative, and the live
    /// tables and the event log list the same contacts in different orders.
    public static func total(_ waits: [TimeInterval]) -> TimeInterval {
        waits.sorted().reduce(0, +)
    }

    /// SL = answered within target / answered; nil when nothing was answered.
    public var sl: Double? { Self.ratio(answeredWithinTarget, answered) }

    /// SL2 = (answered within target + abandoned within target) / (answered + abandoned).
    public var sl2: Double? { Self.ratio(answeredWithinTarget + abandonedWithinTarget, answered + abandoned) }

    /// The mean wait of the answered contacts; nil when none was answered.
    public var averageWait: TimeInterval? { answered == 0 ? nil : totalAnsweredWait / Double(answered) }

    /// The target a channel's first response is measured against.
    public static func target(for channel: Channel, policy: SLAPolicy) -> TimeInterval {
        switch channel {
        case .phone: policy.phonePickup
        case .chat: policy.chatReply
        case .email: policy.emailResponse
        case .callback: policy.callback
        }
    }

    /// How a contact's current wait ended, from its stored timestamps: a call is answered
    /// when taken, a chat or email at its first agent reply. Nil while it still waits.
    public static func outcome(of contact: Contact, policy: SLAPolicy = .standard) -> Outcome? {
        outcome(channel: contact.channel, state: contact.state, queuedAt: contact.queuedAt, takenAt: contact.takenAt,
                firstReplyAt: contact.firstReplyAt, endedAt: contact.endedAt, policy: policy)
    }

    /// The same from the bare timestamps, for readers (reports) that carry no whole `Contact`.
    public static func outcome(channel: Channel, state: ContactState, queuedAt: Date, takenAt: Date?, firstReplyAt: Date?,
                               endedAt: Date?, policy: SLAPolicy = .standard) -> Outcome? {
        let answeredAt = channel.isWritten ? firstReplyAt : takenAt
        if let answeredAt { return .answered(wait: countedWait(channel, from: queuedAt, to: answeredAt, policy: policy)) }
        if state == .abandoned, let endedAt {
            return .abandoned(wait: countedWait(channel, from: queuedAt, to: endedAt, policy: policy))
        }
        return nil
    }

    /// Several channels' figures added up (the team, one hour of the day): the counts summed, so
    /// SL and SL2 are over all their contacts; `target` is meaningless there and kept at 0.
    public static func sum(_ levels: [ServiceLevel], channel: Channel) -> ServiceLevel {
        var total = ServiceLevel(channel: channel, target: 0, outcomes: [])
        for level in levels {
            total.answered += level.answered
            total.answeredWithinTarget += level.answeredWithinTarget
            total.abandoned += level.abandoned
            total.abandonedWithinTarget += level.abandonedWithinTarget
            total.shortAbandons += level.shortAbandons
            total.totalAnsweredWait += level.totalAnsweredWait
        }
        return total
    }

    /// A wait as the channel's timer counts it: wall-clock seconds, or working seconds for a
    /// working-time rule (an email that arrives at night waits from the next opening).
    public static func countedWait(_ channel: Channel, from start: Date, to end: Date, policy: SLAPolicy) -> TimeInterval {
        let kind: TimerKind = switch channel {
        case .phone: .pickup
        case .chat: .chatReply
        case .email: .emailResponse
        case .callback: .callback
        }
        let rule = policy.rule(kind)
        return rule.clock == .wall ? end.timeIntervalSince(start) : policy.calendar.workingSeconds(from: start, to: end)
    }

    /// The local calendar day containing `date`, as [start, end): "today" for the figures.
    public static func today(containing date: Date, calendar: Calendar) -> (start: Date, end: Date) {
        let start = calendar.startOfDay(for: date)
        // Not start + 86400: a daylight-saving day is 23 or 25 hours long.
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86400)
        return (start, end)
    }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}
