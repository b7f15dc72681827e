import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Fills an empty database with the demo dataset (`DemoDataset`) in one transaction.
    /// Refuses (`StoreError.alreadySeeded`) when any customer exists: demo people must never
    /// mix with real ones.
    public func seedDemo(now: Date, seed: UInt64 = 42) throws {
        let dataset = DemoDataset(now: now, seed: seed)
        try write { db, changes in
            // A bulk load: one topic for the lot, not one per row.
            changes.record(.everything)
            let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customers") ?? 0
            guard existing == 0 else { throw StoreError.alreadySeeded(customers: existing) }
            for var agent in dataset.agents where try !Agent.exists(db, key: agent.name) {
                try agent.insert(db)
            }
            for entry in dataset.entries {
                try Self.insert(db, entry)
            }
        }
    }

    private static func insert(_ db: Database, _ entry: DemoDataset.Entry) throws {
        var customer = entry.customer
        try insertCustomer(db, &customer)
        let customerId = customer.id!
        for var order in entry.orders {
            order.customerId = customerId
            try order.insert(db)
        }
        var newestContactId: Int64?
        for past in entry.contacts {
            var contact = past.contact
            contact.customerId = customerId
            try contact.insert(db)
            let id = contact.id!
            newestContactId = id
            for var message in past.messages {
                message.contactId = id
                try message.insert(db)
            }
            for event in contact.loadedHistory {
                try appendEvent(db, contactId: id, kind: event.kind, agent: event.agent, at: event.at, detail: event.detail)
            }
        }
        if var complaint = entry.complaint {
            complaint.customerId = customerId
            complaint.contactId = newestContactId
            try complaint.insert(db)
        }
    }
}
