import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Everything the console's customer file shows, on one snapshot (AppDatabase+Reads.swift, `customerFile`, on SQLite).
extension PostgresStore {
    public func customerFile(customerId: Int64, limit: Int, at now: Date) throws -> CustomerFile? {
        try read { db in
            guard let customer = try Self.fetchCustomer(db, id: customerId) else { return nil }
            let orders = try db.query("SELECT * FROM orders WHERE customer_id = $1 ORDER BY placed_at DESC, id DESC LIMIT $2",
                                      [customerId, limit]).rows.map(Order.init(row:))
            // A call-back scheduled for later is stored with its due time as its queue time: it is
            // not a past contact, it is one still to come. One closed before it came due happened
            // when it was closed (`Contact.historyDate`). SQLite's scalar MIN is LEAST here.
            let contacts = try db.query("""
                SELECT * FROM contacts WHERE customer_id = $1 AND NOT (state = 'waiting' AND queued_at > $2)
                ORDER BY LEAST(queued_at, COALESCE(ended_at, queued_at)) DESC, id DESC LIMIT $3
                """, [customerId, now, limit]).rows.map(Contact.init(row:))
            let scheduled = try db.query("""
                SELECT * FROM contacts WHERE customer_id = $1 AND queued_at > $2 AND state = 'waiting' ORDER BY queued_at, id
                """, [customerId, now]).rows.map(Contact.init(row:))
            let complaints = try db.query("""
                SELECT * FROM complaints WHERE customer_id = $1 AND state NOT IN ('archived', 'rejected') ORDER BY received_at DESC, id DESC
                """, [customerId]).rows.map(Complaint.init(row:))
            let notes = try db.query("""
                SELECT notes.* FROM notes JOIN contacts ON contacts.id = notes.contact_id
                WHERE contacts.customer_id = $1 ORDER BY notes.at DESC, notes.id DESC LIMIT $2
                """, [customerId, limit]).rows.map(Note.init(row:))
            // The open ones too: the call-back being worked may be older than the newest few contacts.
            let open = try db.query("""
                SELECT * FROM contacts WHERE customer_id = $1 AND channel = 'callback' AND state IN ('waiting', 'active')
                """, [customerId]).rows.map(Contact.init(row:))
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
                if let row = try db.query("SELECT display_name FROM agents WHERE name = $1", [name]).rows.first {
                    agentNames[name] = try row.get("display_name", as: String.self)
                }
            }
            return CustomerFile(customer: customer, orders: orders, recentContacts: contacts, openComplaints: complaints,
                                scheduledCallbacks: scheduled, notes: notes, callbackReasons: reasons, agentNames: agentNames,
                                history: history, wrapUps: try Self.latestWrapUps(db, contactIds: contacts.compactMap(\.id)))
        }
    }

    /// Why each call-back among `contacts` exists: the promise that created it (from the event log
    /// of the customer's contacts), the complaint it follows up, or the assignment it is the first contact of.
    private static func callbackReasons(_ db: PostgresSession, for contacts: [Contact], customerId: Int64) throws -> [Int64: CallbackReason] {
        var reasons: [Int64: CallbackReason] = [:]
        func first(_ sql: String, _ binds: [SQLValue]) throws -> PostgresRow? { try db.query(sql, binds).rows.first }
        for contact in contacts where contact.channel == .callback {
            guard let id = contact.id, reasons[id] == nil, let purpose = contact.purpose else { continue }
            switch purpose {
            case .promisedReply:
                // The promise is logged on the contact it was made on, with the call-back it created as its detail.
                let row = try first("""
                    SELECT contact_id, agent, at FROM contact_events
                    WHERE contact_id IN (SELECT id FROM contacts WHERE customer_id = $1) AND kind = 'promised' AND detail = $2
                    ORDER BY at DESC LIMIT 1
                    """, [customerId, "call-back \(id)"])
                reasons[id] = .promisedReply(agent: try row?.get("agent", as: String?.self), contactId: try row?.get("contact_id", as: Int64.self),
                                             at: try row.map { try $0.date("at") })
            case .followUp:
                if let row = try first("SELECT complaint_id FROM followup_contacts WHERE contact_id = $1", [id]) {
                    reasons[id] = .followUp(complaintId: try row.get("complaint_id", as: Int64.self))
                }
            case .handoffAnswer:
                // The answer is logged on the call-back itself when it is queued.
                let detail = try first("""
                    SELECT detail FROM contact_events WHERE contact_id = $1 AND kind = 'handoff-answered' ORDER BY id DESC LIMIT 1
                    """, [id])?.get("detail", as: String?.self) ?? ""
                let answer = HandoffAnswerDetail(detail)
                reasons[id] = .handoffAnswer(department: answer.department, answer: answer.text)
            case .firstContact:
                reasons[id] = .firstContact(agent: try first("SELECT assigned_agent FROM customers WHERE id = $1", [customerId])?
                    .get("assigned_agent", as: String?.self))
            case .agreedFollowUp:
                // The booking is logged on the contact it was agreed on; what was agreed is the call-back's first note.
                let row = try first("""
                    SELECT contact_id, agent FROM contact_events
                    WHERE contact_id IN (SELECT id FROM contacts WHERE customer_id = $1) AND kind = 'follow-up-booked' AND detail = $2
                    ORDER BY at DESC LIMIT 1
                    """, [customerId, "call-back \(id)"])
                let note = try first("SELECT text FROM notes WHERE contact_id = $1 ORDER BY at, id LIMIT 1", [id])?.get("text", as: String.self)
                reasons[id] = .agreedFollowUp(agent: try row?.get("agent", as: String?.self), contactId: try row?.get("contact_id", as: Int64.self),
                                              note: note ?? "")
            case .memberFollowUp:
                // Logged on the contact it follows up, with the call-back it created as its detail.
                reasons[id] = .memberFollowUp(contactId: try first("""
                    SELECT contact_id FROM contact_events
                    WHERE contact_id IN (SELECT id FROM contacts WHERE customer_id = $1) AND kind = 'member-follow-up-queued' AND detail = $2
                    ORDER BY at DESC LIMIT 1
                    """, [customerId, "call-back \(id)"])?.get("contact_id", as: Int64.self))
            case .qualityRecall:
                reasons[id] = .qualityRecall(contactId: try first("SELECT contact_id FROM quality_reviews WHERE recall_contact_id = $1", [id])?
                    .get("contact_id", as: Int64.self))
            case .satisfactionCall:
                reasons[id] = .satisfactionCall(contactId: try first("SELECT contact_id FROM satisfaction_requests WHERE callback_contact_id = $1",
                                                                     [id])?.get("contact_id", as: Int64.self))
            }
        }
        return reasons
    }
}

extension Order {
    /// From a row that selects every column of `orders`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), customerId: try row.get("customer_id"), number: try row.get("number"),
                  items: try row.get("items"), totalMinor: Int(try row.get("total_minor", as: Int64.self)), currency: try row.get("currency"),
                  paymentStatus: try row.get("payment_status"), shippingStatus: try row.get("shipping_status"),
                  trackingNumber: try row.get("tracking_number"), placedAt: try row.date("placed_at"))
    }
}
