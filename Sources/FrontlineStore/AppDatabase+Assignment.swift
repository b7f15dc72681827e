import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Gives a customer to an agent. The first contact is due within the policy's first-contact
    /// time (a week), so a call-back for it joins the live queue at the first calling time (at once
    /// in working hours, else at the next opening), on that timer, kept for the agent first; the
    /// customer's new contacts are kept for them too (`OwnerHold`).
    public func assignCustomer(_ customerId: Int64, to agent: String, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            guard let customer = try Customer.fetchOne(db, key: customerId) else { throw StoreError.noSuchCustomer(customerId) }
            // A call-back queued for nobody would wait for ever: the agent must be on the roster.
            guard let assignee = try Agent.fetchOne(db, key: agent) else { throw StoreError.noSuchAgent(agent) }
            if assignee.isRemoved { throw StoreError.refused(AuthorityRefusal.removed(agent).description) }
            try db.execute(sql: "UPDATE customers SET assigned_agent = ?, assigned_at = ? WHERE id = ?",
                           arguments: [agent, at.timeIntervalSince1970, customerId])
            let phones = try String.fetchAll(db, sql: "SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY position", arguments: [customerId])
            var callback = Contact(channel: .callback, customerId: customerId, address: phones.first ?? customer.email ?? customer.name,
                                   queuedAt: policy.callingTime(atOrAfter: at) { customer.isResting(at: $0, in: policy.calendar.timeZone) },
                                   purpose: .firstContact, owner: agent)
            try callback.insert(db)
            // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
            try Self.appendEvent(db, contactId: callback.id!, kind: .queued, agent: agent, at: callback.queuedAt, detail: Channel.callback.rawValue)
            changes.record(.queue, .contact(callback.id!), .customer(customerId))
            return callback
        }
    }
}
