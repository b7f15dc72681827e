import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Missed deadlines, written down once each (AppDatabase+Breaches.swift on SQLite).
extension PostgresStore {
    /// Writes down every open contact whose running timer is past its deadline at `at`.
    /// Safe to call from every console, as often as wanted: a miss is recorded once.
    @discardableResult
    public func recordBreaches(policy: SLAPolicy, at: Date) throws -> Int {
        try write { db, changes in try Self.recordBreaches(db, changes, of: Self.openContacts(db), policy: policy, at: at) }
    }

    /// `recordBreaches(policy:at:)` without waiting for another writer: nil when the lock is held.
    @discardableResult
    public func recordBreachesWithoutWaiting(policy: SLAPolicy, at: Date) throws -> Int? {
        do {
            return try write(waiting: false) { db, changes in
                try Self.recordBreaches(db, changes, of: Self.openContacts(db), policy: policy, at: at)
            }
        } catch StoreError.busy {
            return nil
        }
    }

    /// The same for a few contacts a console has just seen cross their deadline.
    @discardableResult
    public func recordBreaches(contactIds: [Int64], policy: SLAPolicy, at: Date) throws -> Int {
        guard !contactIds.isEmpty else { return 0 }
        return try write { db, changes in
            let open = try contactIds.flatMap { id in
                try db.query("SELECT * FROM contacts WHERE id = $1 AND state IN ('waiting', 'active')", [id]).rows.map(Contact.init(row:))
            }
            return try Self.recordBreaches(db, changes, of: open, policy: policy, at: at)
        }
    }

    public func breaches(contactId: Int64) throws -> [Breach] {
        try read { db in
            try db.query("SELECT * FROM breaches WHERE contact_id = $1 ORDER BY started_at, id", [contactId]).rows.map { row in
                Breach(id: try row.get("id", as: Int64.self), contactId: try row.get("contact_id"), kind: try row.value("kind"),
                       startedAt: try row.date("started_at"), deadline: try row.date("deadline"), recordedAt: try row.date("recorded_at"),
                       agent: try row.get("agent"))
            }
        }
    }

    private static func openContacts(_ db: PostgresSession) throws -> [Contact] {
        try db.query("SELECT * FROM contacts WHERE state IN ('waiting', 'active') ORDER BY id").rows.map(Contact.init(row:))
    }

    private static func recordBreaches(_ db: PostgresSession, _ changes: PostgresChangeRecorder, of open: [Contact], policy: SLAPolicy,
                                       at: Date) throws -> Int {
        var recorded = 0
        for contact in open {
            guard let id = contact.id, let timer = policy.runningTimer(for: contact), timer.status(at: at).state == .breached else { continue }
            if try recordBreach(db, changes, contactId: id, timer: timer, at: at, agent: contact.agent) { recorded += 1 }
        }
        return recorded
    }

    /// Inserts the breach unless it is already there (same contact, kind and start),
    /// and logs a "breached" event only when it is new.
    @discardableResult
    static func recordBreach(_ db: PostgresSession, _ changes: PostgresChangeRecorder, contactId: Int64, timer: ResponseTimer, at: Date,
                             agent: String?) throws -> Bool {
        let inserted = try db.query("""
            INSERT INTO breaches (contact_id, kind, started_at, deadline, recorded_at, agent) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT DO NOTHING
            """, [contactId, timer.kind.rawValue, timer.startedAt, timer.deadline, at, agent]).changed
        guard inserted == 1 else { return false }
        // Only the breach records: the contact itself did not change.
        changes.record(.breaches)
        try appendEvent(db, contactId: contactId, kind: .breached, agent: agent, at: at, detail: timer.kind.rawValue)
        return true
    }
}
