import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Writes down every open contact whose running timer is past its deadline at `at`.
    /// Safe to call from every console, as often as wanted: a miss is recorded once.
    /// - Returns: how many breaches were new.
    @discardableResult
    public func recordBreaches(policy: SLAPolicy, at: Date) throws -> Int {
        try write { db, changes in
            try Self.recordBreaches(db, changes, of: ContactReader.fetchAll(db, sql: "SELECT * FROM contacts WHERE state IN ('waiting', 'active')"),
                                    policy: policy, at: at)
        }
    }

    /// `recordBreaches(policy:at:)` without waiting for another writer: nil when the lock is held.
    @discardableResult
    public func recordBreachesWithoutWaiting(policy: SLAPolicy, at: Date) throws -> Int? {
        do {
            return try write(waiting: false) { db, changes in
                try Self.recordBreaches(db, changes, of: ContactReader.fetchAll(db, sql: "SELECT * FROM contacts WHERE state IN ('waiting', 'active')"),
                                        policy: policy, at: at)
            }
        } catch StoreError.busy {
            return nil
        }
    }

    /// The same for a few contacts a console has just seen cross their deadline: a console idling
    /// over a thousand timers writes down each crossing without reading the whole queue again.
    @discardableResult
    public func recordBreaches(contactIds: [Int64], policy: SLAPolicy, at: Date) throws -> Int {
        guard !contactIds.isEmpty else { return 0 }
        return try write { db, changes in
            // One statement for any list, so it is compiled once: a list spelled into the SQL was a
            // statement compiled (and kept in the cache) for every crossing, all shift long.
            let open = try contactIds.flatMap { id in
                try ContactReader.fetchAll(db, sql: "SELECT * FROM contacts WHERE id = ? AND state IN ('waiting', 'active')", arguments: [id])
            }
            return try Self.recordBreaches(db, changes, of: open, policy: policy, at: at)
        }
    }

    private static func recordBreaches(_ db: Database, _ changes: ChangeRecorder, of open: [Contact], policy: SLAPolicy, at: Date) throws -> Int {
        var recorded = 0
        for contact in open {
            guard let id = contact.id, let timer = policy.runningTimer(for: contact),
                  timer.status(at: at).state == .breached else { continue }
            if try recordBreach(db, changes, contactId: id, timer: timer, at: at, agent: contact.agent) {
                recorded += 1
            }
        }
        return recorded
    }

    /// Inserts the breach unless it is already there (same contact, kind and start),
    /// and logs a "breached" event only when it is new.
    @discardableResult
    static func recordBreach(_ db: Database, _ changes: ChangeRecorder, contactId: Int64, timer: ResponseTimer, at: Date, agent: String?) throws -> Bool {
        // Cached: every queue listing tries this for each breached contact, and compiling it each time cost more than running it.
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO breaches (contact_id, kind, started_at, deadline, recorded_at, agent)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [contactId, timer.kind.rawValue, timer.startedAt.timeIntervalSince1970,
                                     timer.deadline.timeIntervalSince1970, at.timeIntervalSince1970, agent])
        guard db.changesCount == 1 else { return false }
        // Only the breach records: the contact itself did not change.
        changes.record(.breaches)
        try appendEvent(db, contactId: contactId, kind: .breached, agent: agent, at: at, detail: timer.kind.rawValue)
        return true
    }
}
