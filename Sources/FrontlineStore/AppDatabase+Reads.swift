import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Every waiting contact, plus the active ones (only `agent`'s when given), oldest first.
    /// The console orders them by urgency itself, since urgency moves with the clock.
    public func queue(agent: String?) throws -> [QueueRow] {
        try read { db in
            // Two index lookups on `state` rather than one OR, which could scan the table.
            let active = try agent.map { try Self.queueRows(db, "contacts.state = 'active' AND contacts.agent = ?", [$0]) }
                ?? Self.queueRows(db, "contacts.state = 'active'")
            return try (Self.queueRows(db, "contacts.state = 'waiting'") + active)
            .sorted { ($0.contact.queuedAt, $0.contact.id ?? 0) < ($1.contact.queuedAt, $1.contact.id ?? 0) }
        }
    }

    /// The same rows for the named contacts only, by primary key, oldest first.
    public func queueRows(agent: String?, contactIds: [Int64]) throws -> [QueueRow] {
        guard !contactIds.isEmpty else { return [] }
        return try read { db in
            let ids = contactIds.map(String.init).joined(separator: ",")
            let held = agent == nil ? "contacts.state = 'active'" : "(contacts.state = 'active' AND contacts.agent = ?)"
            return try Self.queueRows(db, "contacts.id IN (\(ids)) AND (contacts.state = 'waiting' OR \(held))",
                                      agent.map { [$0] } ?? [])
            .sorted { ($0.contact.queuedAt, $0.contact.id ?? 0) < ($1.contact.queuedAt, $1.contact.id ?? 0) }
        }
    }

    private static func queueRows(_ db: Database, _ condition: String, _ arguments: StatementArguments = []) throws -> [QueueRow] {
        let select = """
            SELECT contacts.*, customers.name AS customer_name, customers.language AS customer_language,
                customers.assigned_agent AS assigned_agent
            FROM contacts JOIN customers ON customers.id = contacts.customer_id
            """
        return try ContactReader.fetchAll(db, sql: select + " WHERE " + condition, arguments: arguments) { contact, row in
            QueueRow(contact: contact, customerName: row["customer_name"],
                     customerLanguage: Language(rawValue: row["customer_language"]) ?? .en, assignedAgent: row["assigned_agent"])
        }
    }

    public func contact(id: Int64) throws -> Contact? {
        try read { db in try Contact.fetchOne(db, key: id) }
    }

    public func customer(id: Int64) throws -> Customer? {
        try read { db in try Self.fetchCustomer(db, id: id) }
    }

    /// The customer with their newest `limit` orders, contacts and notes as of `now`, every open
    /// complaint, the call-backs still to come, and why each call-back exists.
    public func customerFile(customerId: Int64, limit: Int, at now: Date) throws -> CustomerFile? {
        try read { db in
            guard let customer = try Self.fetchCustomer(db, id: customerId) else { return nil }
            let orders = try Order.fetchAll(db, sql: """
                SELECT * FROM orders WHERE customer_id = ? ORDER BY placed_at DESC, id DESC LIMIT ?
                """, arguments: [customerId, limit])
            // A call-back scheduled for later is stored with its due time as its queue time: it is
            // not a past contact (it showed as one dated in the future), it is one still to come.
            // One closed before it came due happened when it was closed (`Contact.historyDate`).
            let contacts = try Contact.fetchAll(db, sql: """
                SELECT * FROM contacts WHERE customer_id = ? AND NOT (state = 'waiting' AND queued_at > ?)
                ORDER BY MIN(queued_at, COALESCE(ended_at, queued_at)) DESC, id DESC LIMIT ?
                """, arguments: [customerId, now.timeIntervalSince1970, limit])
            let scheduled = try Contact.fetchAll(db, sql: """
                SELECT * FROM contacts WHERE customer_id = ? AND queued_at > ? AND state = 'waiting' ORDER BY queued_at, id
                """, arguments: [customerId, now.timeIntervalSince1970])
            let complaints = try Complaint.fetchAll(db, sql: """
                SELECT * FROM complaints WHERE customer_id = ? AND state NOT IN ('archived', 'rejected')
                ORDER BY received_at DESC, id DESC
                """, arguments: [customerId])
            let notes = try Note.fetchAll(db, sql: """
                SELECT notes.* FROM notes JOIN contacts ON contacts.id = notes.contact_id
                WHERE contacts.customer_id = ? ORDER BY notes.at DESC, notes.id DESC LIMIT ?
                """, arguments: [customerId, limit])
            // The open ones too: the call-back being worked may be older than the newest few contacts.
            let open = try Contact.fetchAll(db, sql: """
                SELECT * FROM contacts WHERE customer_id = ? AND channel = 'callback' AND state IN ('waiting', 'active')
                """, arguments: [customerId])
            let reasons = try Self.callbackReasons(db, for: contacts + scheduled + open, customerId: customerId)
            let history = try Self.fetchCustomerHistory(db, customerId: customerId, limit: limit)
            var named = Set(notes.map(\.agent) + (contacts + scheduled).compactMap(\.agent) + history.compactMap(\.agent)
                            + history.compactMap(\.actor))
            for reason in reasons.values {
                switch reason {
                case .promisedReply(let agent?, _, _), .firstContact(let agent?), .agreedFollowUp(let agent?, _, _): named.insert(agent)
                default: break
                }
            }
            var agentNames: [String: String] = [:]
            for name in named {
                if let agent = try Agent.fetchOne(db, key: name) { agentNames[name] = agent.displayName }
            }
            return CustomerFile(customer: customer, orders: orders, recentContacts: contacts, openComplaints: complaints,
                                scheduledCallbacks: scheduled, notes: notes, callbackReasons: reasons, agentNames: agentNames,
                                history: history, wrapUps: try Self.latestWrapUps(db, contactIds: contacts.compactMap(\.id)))
        }
    }

    /// Why each call-back among `contacts` exists: the promise that created it (from the event log
    /// of the customer's contacts), the complaint it follows up, or the assignment it is the first contact of.
    private static func callbackReasons(_ db: Database, for contacts: [Contact], customerId: Int64) throws -> [Int64: CallbackReason] {
        var reasons: [Int64: CallbackReason] = [:]
        for contact in contacts where contact.channel == .callback {
            guard let id = contact.id, reasons[id] == nil, let purpose = contact.purpose else { continue }
            switch purpose {
            case .promisedReply:
                // The promise is logged on the contact it was made on, with the call-back it created as its detail.
                let row = try Row.fetchOne(db, sql: """
                    SELECT contact_id, agent, at FROM contact_events
                    WHERE contact_id IN (SELECT id FROM contacts WHERE customer_id = ?) AND kind = 'promised' AND detail = ?
                    ORDER BY at DESC LIMIT 1
                    """, arguments: [customerId, "call-back \(id)"])
                reasons[id] = .promisedReply(agent: row?["agent"], contactId: row?["contact_id"],
                                             at: (row?["at"] as Double?).map(Date.init(timeIntervalSince1970:)))
            case .followUp:
                if let complaint = try Int64.fetchOne(db, sql: "SELECT complaint_id FROM followup_contacts WHERE contact_id = ?",
                                                      arguments: [id]) {
                    reasons[id] = .followUp(complaintId: complaint)
                }
            case .handoffAnswer:
                // The answer is logged on the call-back itself when it is queued.
                let detail = try String.fetchOne(db, sql: "SELECT detail FROM contact_events WHERE contact_id = ? AND kind = 'handoff-answered' ORDER BY id DESC LIMIT 1",
                                                 arguments: [id]) ?? ""
                let answer = HandoffAnswerDetail(detail)
                reasons[id] = .handoffAnswer(department: answer.department, answer: answer.text)
            case .firstContact:
                reasons[id] = .firstContact(agent: try String.fetchOne(db, sql: "SELECT assigned_agent FROM customers WHERE id = ?",
                                                                      arguments: [customerId]))
            case .agreedFollowUp:
                // The booking is logged on the contact it was agreed on; what was agreed is the call-back's first note.
                let row = try Row.fetchOne(db, sql: """
                    SELECT contact_id, agent FROM contact_events
                    WHERE contact_id IN (SELECT id FROM contacts WHERE customer_id = ?) AND kind = 'follow-up-booked' AND detail = ?
                    ORDER BY at DESC LIMIT 1
                    """, arguments: [customerId, "call-back \(id)"])
                let note = try String.fetchOne(db, sql: "SELECT text FROM notes WHERE contact_id = ? ORDER BY at, id LIMIT 1",
                                               arguments: [id])
                reasons[id] = .agreedFollowUp(agent: row?["agent"], contactId: row?["contact_id"], note: note ?? "")
            case .memberFollowUp:
                // Logged on the contact it follows up, with the call-back it created as its detail.
                reasons[id] = .memberFollowUp(contactId: try Int64.fetchOne(db, sql: """
                    SELECT contact_id FROM contact_events
                    WHERE contact_id IN (SELECT id FROM contacts WHERE customer_id = ?) AND kind = 'member-follow-up-queued' AND detail = ?
                    ORDER BY at DESC LIMIT 1
                    """, arguments: [customerId, "call-back \(id)"]))
            case .qualityRecall:
                reasons[id] = .qualityRecall(contactId: try Int64.fetchOne(db, sql: "SELECT contact_id FROM quality_reviews WHERE recall_contact_id = ?",
                                                                           arguments: [id]))
            case .satisfactionCall:
                reasons[id] = .satisfactionCall(contactId: try Int64.fetchOne(db, sql: "SELECT contact_id FROM satisfaction_requests WHERE callback_contact_id = ?",
                                                                              arguments: [id]))
            }
        }
        return reasons
    }

    /// The last `limit` messages of a contact, oldest first, as a transcript reads.
    public func transcript(contactId: Int64, limit: Int) throws -> [ChatMessage] {
        try read { db in
            try ChatMessage.fetchAll(db, sql: """
                SELECT * FROM (
                    SELECT * FROM messages WHERE contact_id = ? ORDER BY at DESC, id DESC LIMIT ?
                ) ORDER BY at, id
                """, arguments: [contactId, limit])
        }
    }

    public func complaintDraft(agent: String) throws -> ComplaintDraft? {
        try read { db in try ComplaintDraft.fetchOne(db, key: agent) }
    }

    public func breaches(contactId: Int64) throws -> [Breach] {
        try read { db in
            try Breach.fetchAll(db, sql: "SELECT * FROM breaches WHERE contact_id = ? ORDER BY started_at, id",
                                arguments: [contactId])
        }
    }

    public func events(contactId: Int64) throws -> [ContactEvent] {
        try read { db in
            try ContactEvent.fetchAll(db, sql: "SELECT * FROM contact_events WHERE contact_id = ? ORDER BY at, id",
                                      arguments: [contactId])
        }
    }

    public func counts() throws -> (customers: Int, contacts: Int, orders: Int, complaints: Int) {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM contacts),
                       (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM complaints)
                """)!
            return (row[0], row[1], row[2], row[3])
        }
    }

    /// A customer with their phones, in the order given (`position`, v26-phone-positions).
    static func fetchCustomer(_ db: Database, id: Int64) throws -> Customer? {
        guard var customer = try Customer.fetchOne(db, key: id) else { return nil }
        customer.phones = try String.fetchAll(db, sql: "SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY position",
                                              arguments: [id])
        return customer
    }
}
