import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Kept under its old name for code that spelled it `AppDatabase.SyntheticCounts`.
    public typealias SyntheticCounts = FrontlineStoreAPI.SyntheticCounts

    /// Fills an empty database with `SyntheticDataset` rows, for benchmarks: all in one
    /// transaction, so a failure leaves the database empty. Refuses (`StoreError.alreadySeeded`)
    /// when any customer or contact exists: generated people must never mix with real ones.
    ///
    /// Bulk-load tricks, for this transaction only: prepared statements, `write(bulk:)`, and the big tables' secondary indexes dropped first and rebuilt once at the end
    /// from their own stored SQL (building an index from sorted data beats updating it a
    /// million times).
    public func fillSynthetic(_ size: SyntheticSize, now: Date) throws -> SyntheticCounts {
        try write(bulk: true) { db, changes in
            // A bulk load: one topic for the lot, not one per row.
            changes.record(.everything)
            let existing = try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM contacts)") ?? 0
            guard existing == 0 else {
                throw StoreError.alreadySeeded(customers: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customers") ?? 0)
            }
            let indexes = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                AND tbl_name IN ('customers', 'customer_phones', 'orders', 'contacts', 'messages', 'contact_events')
                """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
            for index in indexes { try db.execute(sql: "DROP INDEX \(index.name)") }
            var dataset = SyntheticDataset(size: size, now: now)
            for var agent in dataset.agents where try !Agent.exists(db, key: agent.name) {
                try agent.insert(db)
            }
            var counts = SyntheticCounts()
            let inserter = try SyntheticInserter(db)
            for number in 0..<size.customers {
                let rows = dataset.customer(number)
                try inserter.insert(rows.customer)
                for order in rows.orders { try inserter.insert(order) }
                counts.orders += rows.orders.count
            }
            counts.customers = size.customers
            for index in 0..<size.contacts {
                let rows = dataset.contact(index)
                counts.events += try inserter.insert(rows.contact)
                for message in rows.messages { try inserter.insert(message) }
                counts.messages += rows.messages.count
                if var complaint = rows.complaint {
                    try complaint.insert(db)
                    counts.complaints += 1
                }
            }
            counts.contacts = size.contacts
            // No ANALYZE: with three states among a million rows its averages make SQLite scan
            // the table for the few waiting contacts (3.4 s instead of 20 ms). Live databases have none either.
            for index in indexes { try db.execute(sql: index.sql) }
            return counts
        }
    }
}

/// One prepared INSERT per table, bound row after row.
private struct SyntheticInserter {
    let customer, phone, order, contact, message, event: Statement

    init(_ db: Database) throws {
        customer = try db.makeStatement(sql: """
            INSERT INTO customers (id, name, email, language, is_member, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        phone = try db.makeStatement(sql: "INSERT INTO customer_phones (customer_id, phone, digits, position) VALUES (?, ?, ?, ?)")
        order = try db.makeStatement(sql: """
            INSERT INTO orders (customer_id, number, items, total_minor, currency, payment_status, shipping_status,
                                tracking_number, placed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        contact = try db.makeStatement(sql: """
            INSERT INTO contacts (id, channel, state, customer_id, address, queued_at, taken_at, first_reply_at, ended_at,
                                  agent, awaiting_reply_since, priority)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        message = try db.makeStatement(sql: "INSERT INTO messages (contact_id, direction, text, at, agent) VALUES (?, ?, ?, ?, ?)")
        event = try db.makeStatement(sql: "INSERT INTO contact_events (contact_id, kind, agent, at, detail) VALUES (?, ?, ?, ?, ?)")
    }

    func insert(_ c: Customer) throws {
        try customer.execute(arguments: [c.id, c.name, c.email, c.language.rawValue, c.isMember, c.notes,
                                         c.createdAt.timeIntervalSince1970])
        for (position, number) in c.phones.enumerated() {
            try phone.execute(arguments: [c.id, number, PhoneNumber.digits(of: number), position])
        }
    }

    func insert(_ o: Order) throws {
        try order.execute(arguments: [o.customerId, o.number, o.items, o.totalMinor, o.currency, o.paymentStatus,
                                      o.shippingStatus, o.trackingNumber, o.placedAt.timeIntervalSince1970])
    }

    /// The contact and its event log, as the live commands would have written it; returns the events written.
    func insert(_ c: Contact) throws -> Int {
        try contact.execute(arguments: [c.id, c.channel.rawValue, c.state.rawValue, c.customerId, c.address,
                                        c.queuedAt.timeIntervalSince1970, c.takenAt?.timeIntervalSince1970,
                                        c.firstReplyAt?.timeIntervalSince1970, c.endedAt?.timeIntervalSince1970, c.agent,
                                        c.awaitingReplySince?.timeIntervalSince1970, c.priority.rawValue])
        let events = c.loadedHistory
        for e in events {
            try event.execute(arguments: [c.id, e.kind.rawValue, e.agent, e.at.timeIntervalSince1970, e.detail])
        }
        return events.count
    }

    func insert(_ m: ChatMessage) throws {
        try message.execute(arguments: [m.contactId, m.direction.rawValue, m.text, m.at.timeIntervalSince1970, m.agent])
    }
}
