import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase: SatisfactionStore {
    /// The survey due after `contact` ended at `at`, by the policy's `[satisfaction]` rules: a request
    /// for a connector to send, logged as `satisfaction-requested`, and a call-back for a phone
    /// customer. One survey per contact: a reopened contact ended again is not asked twice.
    static func queueSatisfactionRequest(_ db: Database, _ changes: ChangeRecorder, after contact: Contact, by agent: String,
                                         policy: SLAPolicy, at: Date) throws {
        guard policy.satisfaction.enabled, let contactId = contact.id else { return }
        let optedOut = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM satisfaction_opt_outs WHERE customer_id = ?)",
                                         arguments: [contact.customerId]) ?? false
        guard let due = policy.satisfaction.requestTime(for: contact, endedAt: at, optedOut: optedOut) else { return }
        let asked = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM satisfaction_requests WHERE contact_id = ?)",
                                      arguments: [contactId]) ?? false
        guard !asked else { return }
        var callbackId: Int64?
        if SatisfactionRules.isCall(contact.channel) {
            var callback = Contact(channel: .callback, customerId: contact.customerId, address: contact.address, queuedAt: due,
                                   priority: contact.priority, purpose: .satisfactionCall)
            try callback.insert(db)
            callbackId = callback.id
            if let id = callback.id {
                try appendEvent(db, contactId: id, kind: .queued, agent: agent, at: due, detail: Channel.callback.rawValue)
                changes.record(.queue, .contact(id))
            }
        }
        try db.execute(sql: """
            INSERT INTO satisfaction_requests (contact_id, customer_id, agent, channel, due_at, callback_contact_id) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [contactId, contact.customerId, contact.agent ?? agent, contact.channel.rawValue, due.timeIntervalSince1970, callbackId])
        let detail = "due=\(Int(due.timeIntervalSince1970))" + (callbackId.map { " call-back \($0)" } ?? "")
        try appendEvent(db, contactId: contactId, kind: .satisfactionRequested, agent: agent, at: at, detail: detail)
        changes.record(.contact(contactId), .customer(contact.customerId))
    }

    public func recordSatisfaction(contactId: Int64, score: Int, comment: String, by person: String?, at: Date) throws {
        guard SatisfactionAnswer.scale.contains(score) else { throw StoreError.refused("a satisfaction score is 1 to 5, not \(score)") }
        try write(for: person) { db, changes in
            let contact = try Self.fetchContact(db, id: contactId)
            guard contact.state == .ended else {
                throw StoreError.refused("contact \(contactId) has not ended yet; the customer rates a contact once it has ended")
            }
            try db.execute(sql: """
                INSERT INTO satisfaction_answers (contact_id, score, comment, agent, channel, at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(contact_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, at = excluded.at,
                    recorded_by = excluded.recorded_by
                """, arguments: [contactId, score, comment, contact.agent, contact.channel.rawValue, at.timeIntervalSince1970, person])
            // An answer means the survey reached the customer, however it went out.
            try db.execute(sql: "UPDATE satisfaction_requests SET sent_at = ? WHERE contact_id = ? AND sent_at IS NULL",
                           arguments: [at.timeIntervalSince1970, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: .satisfactionAnswered, agent: person, at: at, detail: "score=\(score)")
            changes.record(.contact(contactId), .customer(contact.customerId))
        }
    }

    public func satisfactionRequests(dueBy: Date, includeSent: Bool, limit: Int) throws -> [SatisfactionRequestRow] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT r.*, c.address, cu.name AS customer_name FROM satisfaction_requests r
                JOIN contacts c ON c.id = r.contact_id JOIN customers cu ON cu.id = r.customer_id
                WHERE \(includeSent ? "1" : "r.sent_at IS NULL AND r.due_at <= ?")
                ORDER BY r.due_at, r.contact_id LIMIT ?
                """, arguments: includeSent ? [limit] : [dueBy.timeIntervalSince1970, limit])
            return rows.map { row in
                SatisfactionRequestRow(contactId: row["contact_id"], customerId: row["customer_id"], customerName: row["customer_name"],
                                       address: row["address"], agent: row["agent"], channel: Channel(rawValue: row["channel"]) ?? .phone,
                                       dueAt: Date(timeIntervalSince1970: row["due_at"]),
                                       sentAt: (row["sent_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                                       callbackContactId: row["callback_contact_id"])
            }
        }
    }

    public func markSatisfactionSent(contactId: Int64, at: Date) throws {
        try write { db, changes in
            try db.execute(sql: "UPDATE satisfaction_requests SET sent_at = ? WHERE contact_id = ? AND sent_at IS NULL",
                           arguments: [at.timeIntervalSince1970, contactId])
            guard db.changesCount == 1 else {
                let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM satisfaction_requests WHERE contact_id = ?)",
                                               arguments: [contactId]) ?? false
                throw StoreError.refused(exists ? "the survey of contact \(contactId) was sent already"
                                                : "no satisfaction survey is due for contact \(contactId); see 'frontline csat request'")
            }
            changes.record(.contact(contactId))
        }
    }

    public func optOutOfSatisfaction(customerId: Int64, by person: String?, at: Date) throws {
        try write(for: person) { db, changes in
            guard try Self.fetchCustomer(db, id: customerId) != nil else { throw StoreError.noSuchCustomer(customerId) }
            try db.execute(sql: "INSERT OR IGNORE INTO satisfaction_opt_outs (customer_id, at, recorded_by) VALUES (?, ?, ?)",
                           arguments: [customerId, at.timeIntervalSince1970, person])
            // Surveys not sent yet are withdrawn: their call-backs end unmade.
            let callbacks = try Int64.fetchAll(db, sql: """
                SELECT r.callback_contact_id FROM satisfaction_requests r JOIN contacts c ON c.id = r.callback_contact_id
                WHERE r.customer_id = ? AND r.sent_at IS NULL AND c.state = 'waiting'
                """, arguments: [customerId])
            for id in callbacks {
                try db.execute(sql: "UPDATE contacts SET state = 'ended', ended_at = ? WHERE id = ? AND state = 'waiting'",
                               arguments: [at.timeIntervalSince1970, id])
                try Self.appendEvent(db, contactId: id, kind: .completed, agent: person, at: at, detail: "the customer opted out of surveys")
                changes.record(.contact(id))
            }
            try db.execute(sql: "DELETE FROM satisfaction_requests WHERE customer_id = ? AND sent_at IS NULL", arguments: [customerId])
            changes.record(.queue, .customer(customerId))
        }
    }

    public func satisfactionFigures(from: Date, to: Date) throws -> SatisfactionFigures {
        try read { db in
            // Each answer with its contact's latest wrap-up codes, in the order chosen.
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.contact_id, a.score, a.comment, a.agent, a.channel, a.at,
                    (SELECT group_concat(code, char(31)) FROM (
                        SELECT k.code FROM contact_wrap_up_codes k
                        WHERE k.wrap_up_id = (SELECT w.id FROM contact_wrap_ups w WHERE w.contact_id = a.contact_id ORDER BY w.at DESC, w.id DESC LIMIT 1)
                        ORDER BY k.position)) AS codes
                FROM satisfaction_answers a INDEXED BY satisfaction_answers_by_time
                WHERE a.at >= ? AND a.at < ?
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            let answers = rows.map { row in
                SatisfactionAnswer(contactId: row["contact_id"], score: row["score"], comment: row["comment"], agent: row["agent"],
                                   channel: Channel(rawValue: row["channel"]) ?? .phone,
                                   codes: (row["codes"] as String?).map { $0.split(separator: "\u{1F}").map(String.init) } ?? [],
                                   at: Date(timeIntervalSince1970: row["at"]))
            }
            return SatisfactionFigures(answers)
        }
    }
}
