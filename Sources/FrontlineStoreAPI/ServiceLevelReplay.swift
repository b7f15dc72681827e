import Foundation
import FrontlineCore

/// How both stores turn what they read into service levels: the contacts of a period from the
/// current-state tables, or their waits replayed from the event log (ServiceLevelReads).
extension ServiceLevel {
    /// The event kinds a wait is replayed from.
    public static let waitEventKinds: [ContactEventKind] = [.queued, .reopened, .taken, .replied, .abandoned]
    /// The kinds that start a wait: a contact is in a period when one of these falls in it.
    public static let waitStartKinds: [ContactEventKind] = [.queued, .reopened]

    /// Every channel's level for `contacts` (those queued in the period), each counted by its latest wait.
    public static func perChannel(contacts: [Contact], policy: SLAPolicy) -> [Channel: ServiceLevel] {
        perChannel(contacts.compactMap { contact in outcome(of: contact, policy: policy).map { (contact.channel, $0) } }, policy: policy)
    }

    /// Every channel's level replayed from `events` (by contact, then as recorded).
    ///
    /// Per contact, in append order: a "queued" event (its detail is the channel) or a
    /// "reopened" one starts a wait; the first "taken" (calls) or "replied" (chat, email)
    /// after it answers that wait; an "abandoned" ends it unanswered. The latest wait counts
    /// when it started in [from, to).
    public static func replayingWaits(_ events: [ContactEvent], from: Date, to: Date, policy: SLAPolicy) -> [Channel: ServiceLevel] {
        var outcomes: [(Channel, ServiceLevel.Outcome)] = []
        var wait = LoggedWait()
        for event in events {
            if event.contactId != wait.contactId {
                if let outcome = wait.outcome(from: from, to: to, policy: policy) { outcomes.append(outcome) }
                wait = LoggedWait(contactId: event.contactId)
            }
            wait.apply(event)
        }
        if let outcome = wait.outcome(from: from, to: to, policy: policy) { outcomes.append(outcome) }
        return perChannel(outcomes, policy: policy)
    }

    /// One entry per channel, even an empty one, so every report lists the same rows.
    static func perChannel(_ outcomes: [(Channel, ServiceLevel.Outcome)], policy: SLAPolicy) -> [Channel: ServiceLevel] {
        let byChannel = Dictionary(grouping: outcomes, by: \.0)
        var levels: [Channel: ServiceLevel] = [:]
        for channel in Channel.allCases {
            levels[channel] = ServiceLevel(channel: channel, target: ServiceLevel.target(for: channel, policy: policy),
                                           outcomes: byChannel[channel, default: []].map(\.1),
                                           shortAbandonThreshold: policy.shortAbandon)
        }
        return levels
    }
}

/// One contact's latest wait, replayed from its events.
private struct LoggedWait {
    var contactId: Int64?
    var channel: Channel?
    var startedAt: Date?
    var answeredAt: Date?
    var abandonedAt: Date?

    mutating func apply(_ event: ContactEvent) {
        switch event.kind {
        case .queued:
            channel = event.detail.flatMap(Channel.init(rawValue:))
            startNewWait(at: event.at)
        case .reopened:
            startNewWait(at: event.at)
        case .taken where channel.map { !$0.isWritten } == true,
             .replied where channel?.isWritten == true:
            if answeredAt == nil { answeredAt = event.at }
        case .abandoned:
            if abandonedAt == nil { abandonedAt = event.at }
        default:
            break
        }
    }

    private mutating func startNewWait(at: Date) {
        startedAt = at
        answeredAt = nil
        abandonedAt = nil
    }

    func outcome(from: Date, to: Date, policy: SLAPolicy) -> (Channel, ServiceLevel.Outcome)? {
        guard let channel, let startedAt, startedAt >= from, startedAt < to else { return nil }
        if let answeredAt { return (channel, .answered(wait: ServiceLevel.countedWait(channel, from: startedAt, to: answeredAt, policy: policy))) }
        if let abandonedAt { return (channel, .abandoned(wait: ServiceLevel.countedWait(channel, from: startedAt, to: abandonedAt, policy: policy))) }
        return nil
    }
}
