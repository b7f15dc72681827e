import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Giving a customer to an agent (AppDatabase+Assignment.swift on SQLite).
extension PostgresStore {
    /// The first contact is due within the policy's first-contact time, so a call-back for it joins
    /// the live queue at the first calling time, on that timer, kept for the agent first; the
    /// customer's new contacts are kept for them too (`OwnerHold`).
    public func assignCustomer(_ customerId: Int64, to agent: String, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            guard let customer = try Self.fetchCustomer(db, id: customerId) else { throw StoreError.noSuchCustomer(customerId) }
            // A call-back queued for nobody would wait for ever: the agent must be on the roster.
            try Self.requireOnRoster(db, agent)
            try db.query("UPDATE customers SET assigned_agent = $1, assigned_at = $2 WHERE id = $3", [agent, at, customerId])
            // customer.phones is in insertion order, as SQLite's unordered read of its rowid table gives it.
            var callback = Contact(channel: .callback, customerId: customerId,
                                   address: customer.phones.first ?? customer.email ?? customer.name,
                                   queuedAt: policy.callingTime(atOrAfter: at) { customer.isResting(at: $0, in: policy.calendar.timeZone) },
                                   purpose: .firstContact, owner: agent)
            try Self.insertCallback(db, &callback)
            // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
            try Self.appendEvent(db, contactId: callback.id!, kind: .queued, agent: agent, at: callback.queuedAt, detail: Channel.callback.rawValue)
            changes.record(.queue, .contact(callback.id!), .customer(customerId))
            return callback
        }
    }

    /// `noSuchAgent` unless `name` is on the roster, `refused` when they were removed from it.
    static func requireOnRoster(_ db: PostgresSession, _ name: String) throws {
        guard let row = try db.query("SELECT removed_at FROM agents WHERE name = $1", [name]).rows.first else {
            throw StoreError.noSuchAgent(name)
        }
        if try row.get("removed_at", as: Double?.self) != nil { throw StoreError.refused(AuthorityRefusal.removed(name).description) }
    }
}
