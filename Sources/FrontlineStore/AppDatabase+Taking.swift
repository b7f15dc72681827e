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
    public func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules = .standard, at: Date) throws -> Contact {
        try write { db in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            try db.execute(sql: "UPDATE contacts SET state = 'ended', ended_at = ? WHERE id = ?",
                           arguments: [at.timeIntervalSince1970, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: "completed", agent: agent, at: at)
            // The agent's wrap-up time for notes starts now; no contact is offered to them until it ends.
            if try Agent.exists(db, key: agent) {
                try Self.changeState(db, of: agent, .beginWrapUp, by: agent, rules: rules, at: at)
                // Without a wrap-up (or while holding more), the agent is idle from the end of their last contact.
                try db.execute(sql: "UPDATE agents SET idle_since = ? WHERE name = ? AND presence = 'available'", arguments: [at.timeIntervalSince1970, agent])
            }
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
        try settleOffers(db, contactId: id, takenBy: agent, at: at)
        contact.state = .active
        contact.agent = agent
        contact.takenAt = at
        return contact
    }

    /// Waiting contact ids, most urgent first: `QueueEntry.byUrgency` under the policy at `now`.
    /// Ordered in Swift, not SQL, because working-time and priority rules have no SQL form.
    static func waitingByUrgency(_ db: Database, policy: SLAPolicy, at now: Date, limit: Int) throws -> [Int64] {
        let waiting = try Contact.filter(sql: "state = 'waiting'").fetchAll(db)
        return waiting.filter { $0.isDue(at: now) }
            .map { QueueEntry(contact: $0, customerName: "", customerLanguage: .en, status: policy.status(of: $0, at: now)) }
            .sorted(by: QueueEntry.byUrgency)
            .prefix(limit)
            .compactMap(\.contact.id)
    }
}
