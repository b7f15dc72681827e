import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Service levels from the tables and from the event log (ServiceLevelReads; AppDatabase+ServiceLevels.swift
/// on SQLite). Counting and the log's replay are FrontlineStoreAPI's (`ServiceLevel.perChannel`,
/// `ServiceLevel.replayingWaits`), shared with SQLite.
extension PostgresStore {
    /// Every channel's service level for the contacts that entered the queue in [from, to),
    /// read from the current-state tables; a contact counts once, by its latest wait.
    public func serviceLevels(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        let contacts = try read { db in
            try db.query("SELECT * FROM contacts WHERE queued_at >= $1 AND queued_at < $2", [from, to]).rows.map(Contact.init(row:))
        }
        return ServiceLevel.perChannel(contacts: contacts, policy: policy)
    }

    /// The same figures recomputed from `contact_events` alone; they must equal `serviceLevels`.
    public func serviceLevelsFromEventLog(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        let events = try read { db in try Self.eventsOfWaits(db, from: from, to: to, kinds: ServiceLevel.waitEventKinds) }
        return ServiceLevel.replayingWaits(events, from: from, to: to, policy: policy)
    }

    public func eventsOfWaits(from: Date, to: Date) throws -> [ContactEvent] {
        try read { db in try Self.eventsOfWaits(db, from: from, to: to, kinds: ContactEventKind.allCases) }
    }

    /// The events of `kinds` of every contact whose wait began in [from, to), by contact and then as recorded.
    static func eventsOfWaits(_ db: PostgresSession, from: Date, to: Date, kinds: [ContactEventKind]) throws -> [ContactEvent] {
        let listed = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let waitStarts = ServiceLevel.waitStartKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try db.query("""
            SELECT * FROM contact_events
            WHERE kind IN (\(listed))
              AND contact_id IN (SELECT contact_id FROM contact_events WHERE kind IN (\(waitStarts)) AND at >= $1 AND at < $2)
            ORDER BY contact_id, id
            """, [from, to]).rows.map { row in
            ContactEvent(id: try row.get("id", as: Int64.self), contactId: try row.get("contact_id"), kind: try row.value("kind"),
                         agent: try row.get("agent"), at: try row.date("at"), detail: try row.get("detail"), actor: try row.get("actor"))
        }
    }
}
