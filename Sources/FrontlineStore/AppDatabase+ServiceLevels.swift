import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Every channel's service level for the contacts that entered the queue in [from, to),
    /// read from the current-state tables.
    ///
    /// A contact counts once, by its latest wait: a reopened contact has re-entered the queue
    /// (its `queued_at` moved), so it counts on the day it was reopened, by how that wait ended.
    public func serviceLevels(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        let contacts = try read { db in
            try ContactReader.fetchAll(db, sql: "SELECT * FROM contacts WHERE queued_at >= ? AND queued_at < ?",
                                       arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
        }
        let outcomes = contacts.compactMap { contact in
            ServiceLevel.outcome(of: contact, policy: policy).map { (contact.channel, $0) }
        }
        return Self.serviceLevels(outcomes, policy: policy)
    }

    /// The same figures recomputed from `contact_events` alone; they must equal `serviceLevels`.
    ///
    /// Per contact, in append order: a "queued" event (its detail is the channel) or a
    /// "reopened" one starts a wait; the first "taken" (calls) or "replied" (chat, email)
    /// after it answers that wait; an "abandoned" ends it unanswered. The latest wait counts
    /// when it started in [from, to).
    public func serviceLevelsFromEventLog(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        let events = try eventsOfWaits(from: from, to: to, kinds: [.queued, .reopened, .taken, .replied, .abandoned])
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
        return Self.serviceLevels(outcomes, policy: policy)
    }

    public func eventsOfWaits(from: Date, to: Date) throws -> [ContactEvent] {
        try eventsOfWaits(from: from, to: to, kinds: ContactEventKind.allCases)
    }

    private func eventsOfWaits(from: Date, to: Date, kinds: [ContactEventKind]) throws -> [ContactEvent] {
        let listed = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let waitStarts = [ContactEventKind.queued, .reopened].map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try read { db in
            try ContactEvent.fetchAll(db, sql: """
                SELECT * FROM contact_events
                WHERE kind IN (\(listed))
                  AND contact_id IN (SELECT contact_id FROM contact_events WHERE kind IN (\(waitStarts)) AND at >= ? AND at < ?)
                ORDER BY contact_id, id
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
        }
    }

    /// One entry per channel, even an empty one, so every report lists the same rows.
    private static func serviceLevels(_ outcomes: [(Channel, ServiceLevel.Outcome)], policy: SLAPolicy) -> [Channel: ServiceLevel] {
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
