import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The demo dataset (AppDatabase+Demo.swift on SQLite; the data is `DemoDataset`, shared).
extension PostgresStore {
    /// Fills an empty database with the demo dataset in one transaction. Refuses
    /// (`StoreError.alreadySeeded`) when any customer exists: demo people must never mix with real ones.
    /// Rows go in as multi-row INSERTs with the ids SQLite would give them, in the same order;
    /// the outbox entries one by one, as `appendEvent` writes them, so connectors hear of the history as on SQLite.
    public func seedDemo(now: Date, seed: UInt64) throws {
        let dataset = DemoDataset(now: now, seed: seed)
        try write { db, changes in
            // A bulk load: one topic for the lot, not one per row.
            changes.record(.everything)
            let existing = try db.query("SELECT COUNT(*) AS n FROM customers").rows[0].get("n", as: Int64.self)
            guard existing == 0 else { throw StoreError.alreadySeeded(customers: Int(existing)) }
            for agent in dataset.agents where try Self.fetchAgent(db, named: agent.name) == nil {
                try Self.insertAgent(db, agent)
                // Their login roles too, as `agents add` gives them, so the demo's consoles can
                // connect as emma, lin and park; an owner who may not manage roles loads the demo
                // without them (the refusal comes before any statement, so the write goes on).
                do { try PostgresAgentRole.keepInStep(db, agent) } catch StoreError.refused {}
            }
            try Self.insertDemo(db, dataset.entries)
        }
    }

    private static func insertDemo(_ db: PostgresSession, _ entries: [DemoDataset.Entry]) throws {
        let customers = PostgresBulkInsert(db, into: "customers", columns: bulkCustomerColumns)
        let phones = PostgresBulkInsert(db, into: "customer_phones", columns: bulkPhoneColumns, after: [customers])
        let orders = PostgresBulkInsert(db, into: "orders", columns: bulkOrderColumns, after: [customers])
        let contacts = PostgresBulkInsert(db, into: "contacts", columns: bulkContactColumns, after: [customers])
        let messages = PostgresBulkInsert(db, into: "messages", columns: bulkMessageColumns, after: [contacts])
        var nextCustomer = try nextFreeId(db, in: "customers"), nextContact = try nextFreeId(db, in: "contacts")
        // Filed, and the contacts' events logged, once every row they refer to is in.
        var complaints: [Complaint] = []
        var loaded: [Contact] = []
        for entry in entries {
            var customer = entry.customer
            customer.id = nextCustomer
            nextCustomer += 1
            try customers.add(bulkCustomerRow(customer))
            for row in bulkPhoneRows(customer) { try phones.add(row) }
            for var order in entry.orders {
                order.customerId = customer.id!
                try orders.add(bulkOrderRow(order))
            }
            var newestContactId: Int64?
            for past in entry.contacts {
                var contact = past.contact
                contact.id = nextContact
                contact.customerId = customer.id!
                nextContact += 1
                newestContactId = contact.id
                try contacts.add(bulkContactRow(contact))
                for var message in past.messages {
                    message.contactId = contact.id!
                    try messages.add(bulkMessageRow(message))
                }
                loaded.append(contact)
            }
            if var complaint = entry.complaint {
                complaint.customerId = customer.id!
                complaint.contactId = newestContactId
                complaints.append(complaint)
            }
        }
        for table in [phones, orders, messages] { try table.flush() }
        try advanceIdentity(db, of: "customers")
        try advanceIdentity(db, of: "contacts")
        // The events in bulk, then their outbox entries one by one in the same order (as `appendEvent` would).
        let events = PostgresBulkInsert(db, into: "contact_events", columns: ["contact_id", "kind", "agent", "at", "detail"])
        for contact in loaded {
            for event in contact.loadedHistory { try events.add([contact.id, event.kind.rawValue, event.agent, event.at, event.detail]) }
        }
        try events.flush()
        for contact in loaded {
            for event in contact.loadedHistory {
                try appendOutbound(db, forEvent: event.kind, contactId: contact.id!, agent: event.agent, at: event.at, detail: event.detail)
            }
        }
        for var complaint in complaints { try insertComplaint(db, &complaint) }
    }
}
