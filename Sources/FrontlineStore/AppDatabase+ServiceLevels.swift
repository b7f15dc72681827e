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
        return ServiceLevel.perChannel(contacts: contacts, policy: policy)
    }

    /// The same figures recomputed from `contact_events` alone; they must equal `serviceLevels`
    /// (the replay: `ServiceLevel.replayingWaits`).
    public func serviceLevelsFromEventLog(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        let events = try eventsOfWaits(from: from, to: to, kinds: ServiceLevel.waitEventKinds)
        return ServiceLevel.replayingWaits(events, from: from, to: to, policy: policy)
    }

    public func eventsOfWaits(from: Date, to: Date) throws -> [ContactEvent] {
        try eventsOfWaits(from: from, to: to, kinds: ContactEventKind.allCases)
    }

    private func eventsOfWaits(from: Date, to: Date, kinds: [ContactEventKind]) throws -> [ContactEvent] {
        let listed = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let waitStarts = ServiceLevel.waitStartKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try read { db in
            try ContactEvent.fetchAll(db, sql: """
                SELECT * FROM contact_events
                WHERE kind IN (\(listed))
                  AND contact_id IN (SELECT contact_id FROM contact_events WHERE kind IN (\(waitStarts)) AND at >= ? AND at < ?)
                ORDER BY contact_id, id
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
        }
    }
}
