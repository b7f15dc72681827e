import Foundation
import FrontlineCore
import GRDB

extension AppDatabase {
    /// Takes a waiting contact for `agent`. Returns nil when it is no longer waiting
    /// (another console took it first).
    public func take(contactId: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact? {
        try write { db in try Self.takeWaiting(db, id: contactId, agent: agent, policy: policy, at: at) }
    }

    /// Takes the most urgent waiting contact, in `QueueEntry.byUrgency` order; nil when none waits.
    public func takeNext(agent: String, policy: SLAPolicy, at: Date) throws -> Contact? {
        try write { db in
            // The IMMEDIATE transaction holds the write lock from the SELECT on, so no other
            // process can take these first; the conditional UPDATE in takeWaiting still checks.
            for id in try Self.waitingByUrgency(db, policy: policy, at: at, limit: 8) {
                if let contact = try Self.takeWaiting(db, id: id, agent: agent, policy: policy, at: at) {
                    return contact
                }
            }
            return nil
        }
    }

    /// The agent finishes the contact they hold.
    public func wrapUp(contactId: Int64, agent: String, at: Date) throws -> Contact {
        try write { db in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            try db.execute(sql: "UPDATE contacts SET state = 'ended', ended_at = ? WHERE id = ?",
                           arguments: [at.timeIntervalSince1970, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: "completed", agent: agent, at: at)
            contact.state = .ended
            contact.endedAt = at
            return contact
        }
    }

    /// The conditional take: only a row still `waiting` changes, and only then is it ours.
    /// A call or call-back picked up after its deadline records the miss in the same transaction.
    static func takeWaiting(_ db: Database, id: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact? {
        var contact = try fetchContact(db, id: id)
        try db.execute(sql: "UPDATE contacts SET state = 'active', agent = ?, taken_at = ? WHERE id = ? AND state = 'waiting'",
                       arguments: [agent, at.timeIntervalSince1970, id])
        guard db.changesCount == 1 else { return nil }
        if let timer = policy.runningTimer(for: contact), timer.kind == .pickup || timer.kind == .callback,
           timer.status(at: at).state == .breached {
            try recordBreach(db, contactId: id, timer: timer, at: at, agent: agent)
        }
        try appendEvent(db, contactId: id, kind: "taken", agent: agent, at: at)
        contact.state = .active
        contact.agent = agent
        contact.takenAt = at
        return contact
    }

    /// Waiting contact ids, most urgent first: `QueueEntry.byUrgency` under the policy at `now`.
    /// Ordered in Swift, not SQL, because working-time and priority rules have no SQL form.
    ///
    /// Only a few candidates are read, not the whole queue (10,000 rows per take was 40 takes/s):
    /// contacts of one channel, priority and purpose run the same timer rule, so the one whose
    /// timer started first has the earliest deadline. The `limit` earliest of each such group
    /// (untimed ones last, oldest first, as `byUrgency` puts them), plus every contact with time
    /// paused, whose deadline moved, hold the `limit` most urgent of all.
    static func waitingByUrgency(_ db: Database, policy: SLAPolicy, at now: Date, limit: Int) throws -> [Int64] {
        let waiting = try Contact.fetchAll(db, sql: """
            SELECT * FROM (
                SELECT *, ROW_NUMBER() OVER (
                    PARTITION BY channel, priority, purpose
                    ORDER BY timer_start IS NULL, timer_start, queued_at, id) AS place
                FROM (SELECT *, CASE channel WHEN 'chat' THEN awaiting_reply_since
                                             WHEN 'email' THEN iif(first_reply_at IS NULL, queued_at, NULL)
                                             ELSE queued_at END AS timer_start
                      FROM contacts WHERE state = 'waiting' AND (channel != 'callback' OR queued_at <= ?1)))
            WHERE place <= ?2 OR paused_seconds > 0 OR paused_since IS NOT NULL
            """, arguments: [now.timeIntervalSince1970, limit])
        return waiting.filter { $0.isDue(at: now) }
            .map { QueueEntry(contact: $0, customerName: "", customerLanguage: .en, status: policy.status(of: $0, at: now)) }
            .sorted(by: QueueEntry.byUrgency)
            .prefix(limit)
            .compactMap(\.contact.id)
    }
}
