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
            let select = """
                SELECT contacts.*, customers.name AS customer_name, customers.language AS customer_language
                FROM contacts JOIN customers ON customers.id = contacts.customer_id
                """
            func rows(_ condition: String, _ arguments: StatementArguments = []) throws -> [QueueRow] {
                try ContactReader.fetchAll(db, sql: select + " WHERE " + condition, arguments: arguments) { contact, row in
                    QueueRow(contact: contact, customerName: row["customer_name"],
                             customerLanguage: Language(rawValue: row["customer_language"]) ?? .en)
                }
            }
            let active = try agent.map { try rows("contacts.state = 'active' AND contacts.agent = ?", [$0]) }
                ?? rows("contacts.state = 'active'")
            return try (rows("contacts.state = 'waiting'") + active)
            .sorted { ($0.contact.queuedAt, $0.contact.id ?? 0) < ($1.contact.queuedAt, $1.contact.id ?? 0) }
        }
    }

    public func contact(id: Int64) throws -> Contact? {
        try read { db in try Contact.fetchOne(db, key: id) }
    }

    public func customer(id: Int64) throws -> Customer? {
        try read { db in try Self.fetchCustomer(db, id: id) }
    }

    /// The customer with their newest `limit` orders and contacts and every open complaint.
    public func customerFile(customerId: Int64, limit: Int) throws -> CustomerFile? {
        try read { db in
            guard let customer = try Self.fetchCustomer(db, id: customerId) else { return nil }
            let orders = try Order.fetchAll(db, sql: """
                SELECT * FROM orders WHERE customer_id = ? ORDER BY placed_at DESC, id DESC LIMIT ?
                """, arguments: [customerId, limit])
            let contacts = try Contact.fetchAll(db, sql: """
                SELECT * FROM contacts WHERE customer_id = ? ORDER BY queued_at DESC, id DESC LIMIT ?
                """, arguments: [customerId, limit])
            let complaints = try Complaint.fetchAll(db, sql: """
                SELECT * FROM complaints WHERE customer_id = ? AND state NOT IN ('archived', 'rejected')
                ORDER BY received_at DESC, id DESC
                """, arguments: [customerId])
            return CustomerFile(customer: customer, orders: orders, recentContacts: contacts, openComplaints: complaints)
        }
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

    /// A customer with their phones, in the order they were added.
    static func fetchCustomer(_ db: Database, id: Int64) throws -> Customer? {
        guard var customer = try Customer.fetchOne(db, key: id) else { return nil }
        customer.phones = try String.fetchAll(db, sql: "SELECT phone FROM customer_phones WHERE customer_id = ? ORDER BY rowid",
                                              arguments: [id])
        return customer
    }
}
