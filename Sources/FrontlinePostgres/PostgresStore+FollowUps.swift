import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Follow-up calls: a follow-up call's wrap-up with its answer, members' follow-ups after a
/// service, and the follow-up list (AppDatabase+FollowUps.swift on SQLite).
extension PostgresStore {
    public func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules, entry: WrapUpEntry?, answer: FollowUpAnswer?,
                       policy: SLAPolicy, at: Date) throws -> Contact {
        let kept = try policy.wrapUp.checked(entry)
        return try write(for: agent) { db, changes in
            let held = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            try FollowUpAnswerRule.check(answer, for: held)
            let ended = try Self.endHeldContact(db, changes, contactId: contactId, agent: agent, rules: rules, entry: kept, at: at)
            if let answer {
                let record = FollowUpAnswerRecord(contactId: contactId, answer: answer, note: kept?.summary ?? "", agent: agent, at: at)
                try Self.recordFollowUpAnswer(db, changes, record, on: held, policy: policy)
            }
            try Self.queueMemberFollowUp(db, changes, after: held, entry: kept, by: agent, policy: policy, at: at)
            try Self.queueSatisfactionRequest(db, changes, after: ended, by: agent, policy: policy, at: at)
            return ended
        }
    }

    /// Keeps the answer with the call-back and in its event log; a complaint's follow-up call that
    /// reached the customer records the complaint's follow-up, when the complaint is waiting for one.
    private static func recordFollowUpAnswer(_ db: PostgresSession, _ changes: PostgresChangeRecorder, _ record: FollowUpAnswerRecord,
                                             on call: Contact, policy: SLAPolicy) throws {
        try db.query("""
            INSERT INTO follow_up_answers (contact_id, answer, note, agent, at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (contact_id) DO UPDATE SET answer = excluded.answer, note = excluded.note, agent = excluded.agent, at = excluded.at
            """, [record.contactId, record.answer.rawValue, record.note, record.agent, record.at])
        try appendEvent(db, contactId: record.contactId, kind: .followUpAnswered, agent: record.agent, at: record.at, detail: record.logDetail)
        changes.record(.customer(call.customerId))
        if call.purpose == .memberFollowUp, record.answer == .unreachable {
            // Every member is followed up: nobody answered, so the call is tried again a working day later.
            guard let customer = try fetchCustomer(db, id: call.customerId) else { return }
            let due = policy.memberFollowUpRetryTime(after: record.at) { customer.isResting(at: $0, in: policy.calendar.timeZone) }
            try insertMemberFollowUp(db, changes, following: call, address: call.address, due: due, by: record.agent, at: record.at)
            return
        }
        guard call.purpose == .followUp,
              let complaintId = try db.query("SELECT complaint_id FROM followup_contacts WHERE contact_id = $1", [record.contactId])
                .rows.first?.get("complaint_id", as: Int64.self),
              let complaint = try db.query("SELECT * FROM complaints WHERE id = $1", [complaintId]).rows.first.map(Complaint.init(row:)),
              complaint.state == .implemented || complaint.state == .followedUp else { return }
        guard let satisfaction = record.answer.satisfaction else {
            // Nobody answered: the follow-up is still owed, so the call is tried again the policy's spacing later.
            try queueNextComplaintFollowUp(db, changes, for: try fetchComplaintCase(db, id: complaintId), by: record.agent, policy: policy,
                                           at: record.at)
            return
        }
        // Recorded already during this call (the complaint's `u` script): the answer is not counted twice.
        let since = call.takenAt ?? record.at
        if try fetchFollowUps(db, complaintId: complaintId).contains(where: { $0.at >= since }) { return }
        let role = try fetchAgent(db, named: record.agent)?.role ?? .agent
        _ = try applyStep(db, changes, .followUp(satisfaction: satisfaction, note: record.note.isEmpty ? nil : record.note),
                          to: complaintId, by: record.agent, role: role, policy: policy, at: record.at)
    }

    /// The follow-up every member gets after a service (see `AppDatabase.queueMemberFollowUp`):
    /// none when the rule is off, the customer is no member, a complaint was filed on the contact,
    /// the contact was itself a follow-up, or one already waits.
    static func queueMemberFollowUp(_ db: PostgresSession, _ changes: PostgresChangeRecorder, after contact: Contact, entry: WrapUpEntry?,
                                    by agent: String, policy: SLAPolicy, at: Date) throws {
        guard let contactId = contact.id, let customer = try fetchCustomer(db, id: contact.customerId) else { return }
        let filedCode = entry?.codes.contains(InquiryCategory.complaintFiled.rawValue) ?? false
        let filed = try filedCode || !db.query("SELECT 1 FROM complaints WHERE contact_id = $1 LIMIT 1", [contactId]).rows.isEmpty
        guard let due = policy.memberFollowUpTime(for: contact, customer: customer, complaintFiled: filed, endedAt: at,
                                                  isQuiet: { customer.isResting(at: $0, in: policy.calendar.timeZone) }) else { return }
        // One waiting member follow-up covers every service until it is made.
        let waiting = try !db.query("""
            SELECT 1 FROM contacts WHERE customer_id = $1 AND purpose = 'member-follow-up' AND state = 'waiting' LIMIT 1
            """, [contact.customerId]).rows.isEmpty
        guard !waiting else { return }
        // A call: to the customer's phone when the service came by chat or email.
        let address = contact.channel.isWritten ? customer.phones.first ?? contact.address : contact.address
        try insertMemberFollowUp(db, changes, following: contact, address: address, due: due, by: agent, at: at)
    }

    /// The member's follow-up call-back for `due`, kept for the matter's owner first; logged on
    /// the contact it follows (the service, or the follow-up nobody answered).
    private static func insertMemberFollowUp(_ db: PostgresSession, _ changes: PostgresChangeRecorder, following contact: Contact,
                                             address: String, due: Date, by agent: String, at: Date) throws {
        guard let contactId = contact.id else { return }
        var callback = Contact(channel: .callback, customerId: contact.customerId, address: address, queuedAt: due,
                               priority: contact.priority, purpose: .memberFollowUp, owner: contact.owner ?? agent)
        let id = try insertCallback(db, &callback)
        try appendEvent(db, contactId: contactId, kind: .memberFollowUpQueued, agent: agent, at: at, detail: "call-back \(id)")
        // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
        try appendEvent(db, contactId: id, kind: .queued, agent: agent, at: due, detail: Channel.callback.rawValue)
        changes.record(.queue, .contact(id), .customer(contact.customerId))
    }

    public func followUpAnswers(contactIds: [Int64]) throws -> [Int64: FollowUpAnswerRecord] {
        guard !contactIds.isEmpty else { return [:] }
        return try read { db in
            let ids = String(decoding: try JSONEncoder().encode(contactIds), as: UTF8.self)
            var answers: [Int64: FollowUpAnswerRecord] = [:]
            for row in try db.query("""
                SELECT * FROM follow_up_answers WHERE contact_id IN (SELECT value::bigint FROM json_array_elements_text($1::json))
                """, [ids]).rows {
                if let record = try Self.answerRecord(row, contactId: try row.get("contact_id")) { answers[record.contactId] = record }
            }
            return answers
        }
    }

    public func followUps(_ filter: FollowUpListFilter, at now: Date, limit: Int) throws -> [FollowUpRow] {
        let (condition, binds): (String, [SQLValue]) = switch filter {
        case .all: ("TRUE", [limit])
        case .due: ("c.state IN ('waiting', 'active') AND c.queued_at <= $2", [limit, now])
        case .done: ("c.state = 'ended'", [limit])
        }
        let purposes = ContactPurpose.allCases.filter(\.isFollowUp).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try read { db in
            try db.query("""
                SELECT c.*, cu.name AS customer_name, f.complaint_id, a.contact_id AS answered, a.answer, a.note AS answer_note,
                    a.agent AS answered_by, a.at AS answered_at
                FROM contacts c JOIN customers cu ON cu.id = c.customer_id
                LEFT JOIN followup_contacts f ON f.contact_id = c.id
                LEFT JOIN follow_up_answers a ON a.contact_id = c.id
                WHERE c.channel = 'callback' AND c.purpose IN (\(purposes)) AND \(condition)
                ORDER BY c.queued_at DESC, c.id DESC LIMIT $1
                """, binds).rows.map { row in
                let contact = try Contact(row: row)
                let answer = try row.get("answered", as: Int64?.self) == nil ? nil
                    : try Self.answerRecord(row, contactId: contact.id ?? 0, noteColumn: "answer_note", agentColumn: "answered_by", atColumn: "answered_at")
                return FollowUpRow(contact: contact, customerName: try row.get("customer_name"), complaintId: try row.get("complaint_id"),
                                   answer: answer)
            }
        }
    }

    private static func answerRecord(_ row: PostgresRow, contactId: Int64, noteColumn: String = "note", agentColumn: String = "agent",
                                     atColumn: String = "at") throws -> FollowUpAnswerRecord? {
        guard let answer = FollowUpAnswer(rawValue: try row.get("answer", as: String?.self) ?? "") else { return nil }
        return FollowUpAnswerRecord(contactId: contactId, answer: answer, note: try row.get(noteColumn, as: String?.self) ?? "",
                                    agent: try row.get(agentColumn, as: String?.self) ?? "",
                                    at: Date(timeIntervalSince1970: try row.get(atColumn, as: Double?.self) ?? 0))
    }
}
