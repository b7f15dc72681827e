import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Satisfaction surveys (AppDatabase+Satisfaction.swift on SQLite).
extension PostgresStore {
    /// The survey due after `contact` ended at `at`, by the policy's `[satisfaction]` rules: a request
    /// for a connector to send, logged as `satisfaction-requested`, and a call-back for a phone
    /// customer. One survey per contact: a reopened contact ended again is not asked twice.
    static func queueSatisfactionRequest(_ db: PostgresSession, _ changes: PostgresChangeRecorder, after contact: Contact, by agent: String,
                                         policy: SLAPolicy, at: Date) throws {
        guard policy.satisfaction.enabled, let contactId = contact.id else { return }
        let optedOut = try !db.query("SELECT 1 FROM satisfaction_opt_outs WHERE customer_id = $1", [contact.customerId]).rows.isEmpty
        guard let due = policy.satisfaction.requestTime(for: contact, endedAt: at, optedOut: optedOut) else { return }
        let asked = try !db.query("SELECT 1 FROM satisfaction_requests WHERE contact_id = $1", [contactId]).rows.isEmpty
        guard !asked else { return }
        var callbackId: Int64?
        if SatisfactionRules.isCall(contact.channel) {
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: due,
                                   priority: contact.priority, purpose: .satisfactionCall)
            let id = try insertCallback(db, &callback)
            callbackId = id
            try appendEvent(db, contactId: id, kind: .queued, agent: agent, at: due, detail: Channel.callback.rawValue)
            changes.record(.queue, .contact(id))
        }
        try db.query("""
            INSERT INTO satisfaction_requests (contact_id, customer_id, agent, channel, due_at, callback_contact_id) VALUES ($1, $2, $3, $4, $5, $6)
            """, [contactId, contact.customerId, contact.agent ?? agent, contact.channel.rawValue, due, callbackId])
        let detail = "due=\(Int(due.timeIntervalSince1970))" + (callbackId.map { " call-back \($0)" } ?? "")
        try appendEvent(db, contactId: contactId, kind: .satisfactionRequested, agent: agent, at: at, detail: detail)
        changes.record(.contact(contactId), .customer(contact.customerId))
    }

    public func recordSatisfaction(contactId: Int64, score: Int, comment: String, by person: String?, at: Date) throws {
        guard SatisfactionAnswer.scale.contains(score) else { throw StoreError.refused("a satisfaction score is 1 to 5, not \(score)") }
        try write(for: person) { db, changes in
            let contact = try Self.existingContact(db, id: contactId)
            guard contact.state == .ended else {
                throw StoreError.refused("contact \(contactId) has not ended yet; the customer rates a contact once it has ended")
            }
            try db.query("""
                INSERT INTO satisfaction_answers (contact_id, score, comment, agent, channel, at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (contact_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, at = excluded.at,
                    recorded_by = excluded.recorded_by
                """, [contactId, score, comment, contact.agent, contact.channel.rawValue, at, person])
            // An answer means the survey reached the customer, however it went out.
            try db.query("UPDATE satisfaction_requests SET sent_at = $1 WHERE contact_id = $2 AND sent_at IS NULL", [at, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: .satisfactionAnswered, agent: person, at: at, detail: "score=\(score)")
            changes.record(.contact(contactId), .customer(contact.customerId))
        }
    }

    public func satisfactionRequests(dueBy: Date, includeSent: Bool, limit: Int) throws -> [SatisfactionRequestRow] {
        try read { db in
            try db.query("""
                SELECT r.*, c.address, cu.name AS customer_name FROM satisfaction_requests r
                JOIN contacts c ON c.id = r.contact_id JOIN customers cu ON cu.id = r.customer_id
                WHERE \(includeSent ? "TRUE" : "r.sent_at IS NULL AND r.due_at <= $2")
                ORDER BY r.due_at, r.contact_id LIMIT $1
                """, includeSent ? [limit] : [limit, dueBy]).rows.map { row in
                SatisfactionRequestRow(contactId: try row.get("contact_id"), customerId: try row.get("customer_id"),
                                       customerName: try row.get("customer_name"), address: try row.get("address"), agent: try row.get("agent"),
                                       channel: Channel(rawValue: try row.get("channel")) ?? .phone, dueAt: try row.date("due_at"),
                                       sentAt: try row.date("sent_at"), callbackContactId: try row.get("callback_contact_id"))
            }
        }
    }

    public func markSatisfactionSent(contactId: Int64, at: Date) throws {
        try write { db, changes in
            let sent = try db.query("UPDATE satisfaction_requests SET sent_at = $1 WHERE contact_id = $2 AND sent_at IS NULL", [at, contactId]).changed
            guard sent == 1 else {
                let exists = try !db.query("SELECT 1 FROM satisfaction_requests WHERE contact_id = $1", [contactId]).rows.isEmpty
                throw StoreError.refused(exists ? "the survey of contact \(contactId) was sent already"
                                                : "no satisfaction survey is due for contact \(contactId); see 'frontline csat request'")
            }
            changes.record(.contact(contactId))
        }
    }

    public func optOutOfSatisfaction(customerId: Int64, by person: String?, at: Date) throws {
        try write(for: person) { db, changes in
            guard try Self.fetchCustomer(db, id: customerId) != nil else { throw StoreError.noSuchCustomer(customerId) }
            try db.query("INSERT INTO satisfaction_opt_outs (customer_id, at, recorded_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                         [customerId, at, person])
            // Surveys not sent yet are withdrawn: their call-backs end unmade.
            let callbacks = try db.query("""
                SELECT r.callback_contact_id FROM satisfaction_requests r JOIN contacts c ON c.id = r.callback_contact_id
                WHERE r.customer_id = $1 AND r.sent_at IS NULL AND c.state = 'waiting'
                """, [customerId]).rows.map { try $0.get("callback_contact_id", as: Int64.self) }
            for id in callbacks {
                try db.query("UPDATE contacts SET state = 'ended', ended_at = $1 WHERE id = $2 AND state = 'waiting'", [at, id])
                try Self.appendEvent(db, contactId: id, kind: .completed, agent: person, at: at, detail: "the customer opted out of surveys")
                changes.record(.contact(id))
            }
            try db.query("DELETE FROM satisfaction_requests WHERE customer_id = $1 AND sent_at IS NULL", [customerId])
            changes.record(.queue, .customer(customerId))
        }
    }

    public func satisfactionFigures(from: Date, to: Date) throws -> SatisfactionFigures {
        try read { db in
            // Each answer with its contact's latest wrap-up codes, in the order chosen.
            let answers = try db.query("""
                SELECT a.contact_id, a.score, a.comment, a.agent, a.channel, a.at,
                    (SELECT json_agg(k.code ORDER BY k.position)::text FROM contact_wrap_up_codes k
                     WHERE k.wrap_up_id = (SELECT w.id FROM contact_wrap_ups w WHERE w.contact_id = a.contact_id ORDER BY w.at DESC, w.id DESC LIMIT 1)
                    ) AS codes
                FROM satisfaction_answers a
                WHERE a.at >= $1 AND a.at < $2
                """, [from, to]).rows.map { row in
                SatisfactionAnswer(contactId: try row.get("contact_id"), score: Int(try row.get("score", as: Int64.self)),
                                   comment: try row.get("comment"), agent: try row.get("agent"),
                                   channel: Channel(rawValue: try row.get("channel")) ?? .phone,
                                   codes: try row.get("codes", as: String?.self).map { try JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? [],
                                   at: try row.date("at"))
            }
            return SatisfactionFigures(answers)
        }
    }
}
