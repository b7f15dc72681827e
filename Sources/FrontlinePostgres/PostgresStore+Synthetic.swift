import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Synthetic data for benchmarks (AppDatabase+Synthetic.swift on SQLite; the data is `SyntheticDataset`, shared).
extension PostgresStore {
    /// Fills an empty database with `SyntheticDataset` rows, all in one transaction, so a failure
    /// leaves the database empty. Refuses (`StoreError.alreadySeeded`) when any customer or
    /// contact exists: generated people must never mix with real ones.
    ///
    /// Multi-row INSERTs with the dataset's own ids (customers 1...N, contacts 1...M), the
    /// identities moved past them at the end. As on SQLite, the events are written plainly
    /// (no outbox entries: a benchmark's history is not news to connectors). SQLite's other
    /// tricks (dropping and rebuilding indexes, `bulk:` pragmas) are not ported.
    public func fillSynthetic(_ size: SyntheticSize, now: Date) throws -> SyntheticCounts {
        try write { db, changes in
            // A bulk load: one topic for the lot, not one per row.
            changes.record(.everything)
            let row = try db.query("SELECT (SELECT COUNT(*) FROM customers) AS customers, (SELECT COUNT(*) FROM contacts) AS contacts").rows[0]
            let customerCount = try row.get("customers", as: Int64.self)
            guard customerCount + (try row.get("contacts", as: Int64.self)) == 0 else {
                throw StoreError.alreadySeeded(customers: Int(customerCount))
            }
            var dataset = SyntheticDataset(size: size, now: now)
            for agent in dataset.agents where try Self.fetchAgent(db, named: agent.name) == nil {
                try Self.insertAgent(db, agent)
            }
            let customers = PostgresBulkInsert(db, into: "customers", columns: Self.bulkCustomerColumns)
            let phones = PostgresBulkInsert(db, into: "customer_phones", columns: Self.bulkPhoneColumns, after: [customers])
            let orders = PostgresBulkInsert(db, into: "orders", columns: Self.bulkOrderColumns, after: [customers])
            let contacts = PostgresBulkInsert(db, into: "contacts", columns: Self.bulkContactColumns, after: [customers])
            let messages = PostgresBulkInsert(db, into: "messages", columns: Self.bulkMessageColumns, after: [contacts])
            let events = PostgresBulkInsert(db, into: "contact_events", columns: ["contact_id", "kind", "agent", "at", "detail"],
                                            after: [contacts])
            var counts = SyntheticCounts()
            for number in 0..<size.customers {
                let rows = dataset.customer(number)
                try customers.add(Self.bulkCustomerRow(rows.customer))
                for row in Self.bulkPhoneRows(rows.customer) { try phones.add(row) }
                for order in rows.orders { try orders.add(Self.bulkOrderRow(order)) }
                counts.orders += rows.orders.count
            }
            counts.customers = size.customers
            var complaints: [Complaint] = []
            for index in 0..<size.contacts {
                let rows = dataset.contact(index)
                try contacts.add(Self.bulkContactRow(rows.contact))
                for event in rows.contact.loadedHistory {
                    try events.add([rows.contact.id, event.kind.rawValue, event.agent, event.at, event.detail])
                }
                counts.events += rows.contact.loadedHistory.count
                for message in rows.messages { try messages.add(Self.bulkMessageRow(message)) }
                counts.messages += rows.messages.count
                if let complaint = rows.complaint { complaints.append(complaint) }
            }
            counts.contacts = size.contacts
            for table in [phones, orders, events, messages] { try table.flush() }
            try Self.advanceIdentity(db, of: "customers")
            try Self.advanceIdentity(db, of: "contacts")
            for var complaint in complaints { try Self.insertComplaint(db, &complaint) }
            counts.complaints = complaints.count
            return counts
        }
    }
}
