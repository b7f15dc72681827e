import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Hand-offs to other departments (AppDatabase+Handoff.swift on SQLite). A hand-off is a
/// `handed-off` event on the contact (its id is the hand-off's id); its answer a `handoff-answered`
/// event on the call-back it queues, naming the hand-off. The log is the record.
extension PostgresStore {
    public func handOff(contactId: Int64, agent: String, department: String, question: String, policy: SLAPolicy, at now: Date) throws -> Handoff {
        let question = try Handoff.checkedQuestion(question, department: department, policy: policy)
        return try write(for: agent) { db, changes in
            let contact = try Self.existingContact(db, id: contactId)
            // The agent holding it asks, or its owner after it ended: the first responder follows the matter up.
            guard contact.agent == agent || contact.owner == agent else { throw StoreError.notYours(contactId: contactId, holder: contact.agent ?? contact.owner) }
            let id = try Self.appendEvent(db, contactId: contactId, kind: .handedOff, agent: agent, at: now,
                                          detail: Handoff.askedDetail(department: department, question: question))
            changes.record(.contact(contactId), .customer(contact.customerId))
            let customer = try db.query("SELECT name FROM customers WHERE id = $1", [contact.customerId]).rows.first?.get("name", as: String.self) ?? ""
            return Handoff(id: id, contactId: contactId, customerName: customer, department: department, question: question,
                           agent: agent, askedAt: now, due: now + policy.handoffAnswerWithin)
        }
    }

    public func openHandoffs(policy: SLAPolicy) throws -> [Handoff] {
        try read { db in
            try db.query("""
                SELECT contact_events.*, customers.name AS customer_name FROM contact_events
                JOIN contacts ON contacts.id = contact_events.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE contact_events.kind = 'handed-off' AND NOT EXISTS (
                    SELECT 1 FROM contact_events AS answers WHERE answers.kind = 'handoff-answered'
                    AND answers.detail LIKE CAST(contact_events.id AS TEXT) || ' %')
                ORDER BY contact_events.at, contact_events.id
                """).rows.map { try Self.handoff($0, policy: policy) }
        }
    }

    /// The answer goes on record on the contact and comes back to its owner as a call-back, due now.
    public func answerHandoff(id: Int64, answer: String, policy: SLAPolicy, at now: Date) throws -> Contact {
        let answer = try Handoff.checkedAnswer(answer)
        return try write { db, changes in
            guard let row = try db.query("""
                SELECT contact_events.*, customers.name AS customer_name FROM contact_events
                JOIN contacts ON contacts.id = contact_events.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE contact_events.id = $1 AND contact_events.kind = 'handed-off'
                """, [id]).rows.first else {
                throw StoreError.refused("no hand-off \(id); 'frontline handoff list' shows the open ones")
            }
            let handoff = try Self.handoff(row, policy: policy)
            let answered = try !db.query("SELECT 1 FROM contact_events WHERE kind = 'handoff-answered' AND detail LIKE $1 LIMIT 1",
                                         [HandoffAnswerDetail.prefix(of: id) + "%"]).rows.isEmpty
            if answered { throw StoreError.refused("hand-off \(id) is already answered; the call-back is in the queue") }
            let contact = try Self.existingContact(db, id: handoff.contactId)
            let detail = HandoffAnswerDetail(handoffId: id, department: handoff.department, text: answer).detail
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: now,
                                   priority: contact.priority, purpose: .handoffAnswer, owner: contact.owner ?? handoff.agent)
            let callbackId = try Self.insertCallback(db, &callback)
            try Self.appendEvent(db, contactId: handoff.contactId, kind: .handoffAnswered, at: now, detail: detail)
            try Self.appendEvent(db, contactId: callbackId, kind: .queued, agent: callback.owner, at: now, detail: Channel.callback.rawValue)
            try Self.appendEvent(db, contactId: callbackId, kind: .handoffAnswered, at: now, detail: detail)
            changes.record(.queue, .contact(handoff.contactId), .contact(callbackId), .customer(contact.customerId))
            return callback
        }
    }

    private static func handoff(_ row: PostgresRow, policy: SLAPolicy) throws -> Handoff {
        Handoff(eventId: try row.get("id"), contactId: try row.get("contact_id"), customerName: try row.get("customer_name"),
                agent: try row.get("agent"), askedAt: try row.date("at"), detail: try row.get("detail", as: String?.self) ?? "", policy: policy)
    }
}
