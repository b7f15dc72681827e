import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Promising the customer an answer by a time (AppDatabase+Promises.swift on SQLite).
extension PostgresStore {
    /// The agent promises the customer an answer by `due` (default: the policy's promised-reply
    /// time). A call-back for the same customer joins the queue at that time; a promise beyond
    /// one working day is refused. The call-back goes back to the matter's owner first.
    public func promise(contactId: Int64, agent: String, due: Date?, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            let contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            let dueAt = due ?? policy.calendar.adding(workingSeconds: policy.defaultPromise, to: at)
            switch policy.promiseProblem(due: dueAt, at: at) {
            case .passed?:
                throw StoreError.refused("the promised time has already passed; give a time in the future")
            case .beyondLimit(let latest)?:
                throw StoreError.refused("a promise may reach at most one working day (\(DurationFormat.minutes(Int(policy.promiseLimit))) of working time) ahead, until \(Self.localTime(latest, policy)); promise an earlier time and call back with an update")
            case nil:
                break
            }
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: dueAt,
                                   priority: contact.priority, purpose: .promisedReply, owner: contact.owner ?? agent)
            let id = try Self.insertCallback(db, &callback)
            try Self.appendEvent(db, contactId: contactId, kind: .promised, agent: agent, at: at, detail: "call-back \(id)")
            // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
            try Self.appendEvent(db, contactId: id, kind: .queued, agent: agent, at: dueAt, detail: Channel.callback.rawValue)
            changes.record(.queue, .contact(contactId), .contact(id), .customer(contact.customerId))
            return callback
        }
    }

    /// Inserts a call-back (promise, booked follow-up, first contact, hand-off answer, follow-ups,
    /// surveys) and returns its id, which it also sets on `callback`.
    @discardableResult
    static func insertCallback(_ db: PostgresSession, _ callback: inout Contact) throws -> Int64 {
        let id: Int64 = try db.query("""
            INSERT INTO contacts (channel, state, customer_id, address, queued_at, awaiting_reply_since, priority, paused_seconds, purpose, owner)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
            """, [callback.channel.rawValue, callback.state.rawValue, callback.customerId, callback.address, callback.queuedAt,
                  callback.awaitingReplySince, callback.priority.rawValue, callback.pausedSeconds, callback.purpose?.rawValue,
                  callback.owner]).rows[0].get("id")
        callback.id = id
        return id
    }

    private static func localTime(_ date: Date, _ policy: SLAPolicy) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = policy.calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
