import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// A hand-off is a `handed-off` event on the contact (its id is the hand-off's id); its answer a
    /// `handoff-answered` event on the call-back it queues, naming the hand-off. The log is the record.
    public func handOff(contactId: Int64, agent: String, department: String, question: String, policy: SLAPolicy, at now: Date) throws -> Handoff {
        let question = try Handoff.checkedQuestion(question, department: department, policy: policy)
        return try write(for: agent) { db, changes in
            let contact = try Self.fetchContact(db, id: contactId)
            // The agent holding it asks, or its owner after it ended: the first responder follows the matter up.
            guard contact.agent == agent || contact.owner == agent else { throw StoreError.notYours(contactId: contactId, holder: contact.agent ?? contact.owner) }
            // The hand-off's id is its event's (not lastInsertedRowID: the event's outbox entry is written after it).
            let id = try Self.appendEvent(db, contactId: contactId, kind: .handedOff, agent: agent, at: now,
                                          detail: Handoff.askedDetail(department: department, question: question))
            changes.record(.contact(contactId), .customer(contact.customerId))
            let customer = try String.fetchOne(db, sql: "SELECT name FROM customers WHERE id = ?", arguments: [contact.customerId]) ?? ""
            return Handoff(id: id, contactId: contactId, customerName: customer, department: department, question: question,
                           agent: agent, askedAt: now, due: now + policy.handoffAnswerWithin)
        }
    }

    public func openHandoffs(policy: SLAPolicy) throws -> [Handoff] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT contact_events.*, customers.name AS customer_name FROM contact_events
                JOIN contacts ON contacts.id = contact_events.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE contact_events.kind = 'handed-off' AND NOT EXISTS (
                    SELECT 1 FROM contact_events AS answers WHERE answers.kind = 'handoff-answered'
                    AND answers.detail LIKE CAST(contact_events.id AS TEXT) || ' %')
                ORDER BY contact_events.at, contact_events.id
                """).map { try Self.handoff($0, policy: policy) }
        }
    }

    /// The answer goes on record on the contact and comes back to its owner as a call-back, due now.
    public func answerHandoff(id: Int64, answer: String, policy: SLAPolicy, at now: Date) throws -> Contact {
        let answer = try Handoff.checkedAnswer(answer)
        return try write { db, changes in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT contact_events.*, customers.name AS customer_name FROM contact_events
                JOIN contacts ON contacts.id = contact_events.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE contact_events.id = ? AND contact_events.kind = 'handed-off'
                """, arguments: [id]) else {
                throw StoreError.refused("no hand-off \(id); 'frontline handoff list' shows the open ones")
            }
            let handoff = try Self.handoff(row, policy: policy)
            let answered = try Bool.fetchOne(db, sql: "SELECT 1 FROM contact_events WHERE kind = 'handoff-answered' AND detail LIKE ?",
                                             arguments: [HandoffAnswerDetail.prefix(of: id) + "%"]) ?? false
            if answered { throw StoreError.refused("hand-off \(id) is already answered; the call-back is in the queue") }
            let contact = try Self.fetchContact(db, id: handoff.contactId)
            let detail = HandoffAnswerDetail(handoffId: id, department: handoff.department, text: answer).detail
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: now,
                                   priority: contact.priority, purpose: .handoffAnswer, owner: contact.owner ?? handoff.agent)
            try callback.insert(db)
            guard let callbackId = callback.id else { throw StoreError.refused("the call-back could not be saved") }
            try Self.appendEvent(db, contactId: handoff.contactId, kind: .handoffAnswered, at: now, detail: detail)
            try Self.appendEvent(db, contactId: callbackId, kind: .queued, agent: callback.owner, at: now, detail: Channel.callback.rawValue)
            try Self.appendEvent(db, contactId: callbackId, kind: .handoffAnswered, at: now, detail: detail)
            changes.record(.queue, .contact(handoff.contactId), .contact(callbackId), .customer(contact.customerId))
            return callback
        }
    }

    private static func handoff(_ row: Row, policy: SLAPolicy) throws -> Handoff {
        Handoff(eventId: row["id"], contactId: row["contact_id"], customerName: row["customer_name"], agent: row["agent"],
                askedAt: Date(timeIntervalSince1970: row["at"]), detail: row["detail"] ?? "", policy: policy)
    }
}
