import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    @discardableResult
    public func editCustomer(_ customerId: Int64, edits: [CustomerEdit], agent: String, at: Date) throws -> [CustomerChange] {
        try write(for: agent) { db, changes in
            let customer = try Self.liveCustomer(db, id: customerId)
            let (edited, changed) = try customer.applying(edits)
            guard !changed.isEmpty else { return [] }
            try edited.update(db)
            if changed.contains(where: { $0.field == .phones }) { try Self.replacePhones(db, of: customerId, with: edited.phones) }
            for change in changed {
                try Self.appendHistory(db, customerId: customerId, field: change.field, before: change.before, after: change.after,
                                       agent: agent, actor: actor, at: at)
            }
            // The queue shows the customer's name; the console's file shows the rest.
            changes.record(.customer(customerId))
            if changed.contains(where: { $0.field == .name || $0.field == .language }) { changes.record(.queue) }
            return changed
        }
    }

    public func customerHistory(customerId: Int64, limit: Int) throws -> [CustomerHistoryEntry] {
        try read { db in try Self.fetchCustomerHistory(db, customerId: customerId, limit: limit) }
    }

    public func mergeCustomers(keep: Int64, other: Int64, agent: String, at: Date) throws -> CustomerMerge {
        guard keep != other else { throw StoreError.refused("a file cannot be merged into itself; give two different customer ids") }
        return try write(for: agent) { db, changes in
            let kept = try Self.liveCustomer(db, id: keep)
            let merged = try Self.liveCustomer(db, id: other)
            let contactIds = try Int64.fetchAll(db, sql: "SELECT id FROM contacts WHERE customer_id = ?", arguments: [other])
            let complaintIds = try Int64.fetchAll(db, sql: "SELECT id FROM complaints WHERE customer_id = ?", arguments: [other])
            let orders = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE customer_id = ?", arguments: [other]) ?? 0
            for table in ["contacts", "orders", "complaints", "complaint_drafts"] {
                try db.execute(sql: "UPDATE \(table) SET customer_id = ? WHERE customer_id = ?", arguments: [keep, other])
            }
            var combined = kept.merging(merged)
            combined.id = keep
            try combined.update(db)
            try Self.replacePhones(db, of: keep, with: combined.phones)
            try db.execute(sql: "DELETE FROM customer_phones WHERE customer_id = ?", arguments: [other])
            // The other file stays, empty of phones, saying where it went: its history stays readable, and
            // an e-mail still arriving for its address is matched to the file kept (`matchCustomer`).
            try db.execute(sql: "UPDATE customers SET merged_into = ? WHERE id = ?", arguments: [keep, other])
            try db.execute(sql: "UPDATE customers SET merged_into = ? WHERE merged_into = ?", arguments: [keep, other])
            for field in CustomerField.editable where kept.text(of: field) != combined.text(of: field) {
                try Self.appendHistory(db, customerId: keep, field: field, before: kept.text(of: field), after: combined.text(of: field),
                                       agent: agent, actor: actor, at: at)
            }
            for id in [keep, other] {
                try Self.appendHistory(db, customerId: id, field: .merged, before: String(other), after: String(keep),
                                       agent: agent, actor: actor, at: at)
            }
            changes.record(.customer(keep), .customer(other), .queue)
            changes.record(contentsOf: contactIds.map(ChangeTopic.contact) + complaintIds.map(ChangeTopic.complaint))
            return CustomerMerge(kept: keep, merged: other, contacts: contactIds.count, orders: orders, complaints: complaintIds.count,
                                 phones: combined.phones.count - kept.phones.count)
        }
    }

    /// The customer with phones, refusing one that does not exist or was merged into another file.
    private static func liveCustomer(_ db: Database, id: Int64) throws -> Customer {
        guard let customer = try fetchCustomer(db, id: id) else { throw StoreError.noSuchCustomer(id) }
        if let into = customer.mergedInto {
            throw StoreError.refused("customer \(id) was merged into customer \(into); work on customer \(into)")
        }
        return customer
    }

    private static func replacePhones(_ db: Database, of customerId: Int64, with phones: [String]) throws {
        try db.execute(sql: "DELETE FROM customer_phones WHERE customer_id = ?", arguments: [customerId])
        for (position, phone) in phones.enumerated() {
            try db.execute(sql: "INSERT OR IGNORE INTO customer_phones (customer_id, phone, digits, position) VALUES (?, ?, ?, ?)",
                           arguments: [customerId, phone, PhoneNumber.digits(of: phone), position])
        }
    }

    /// One history line. `actor` is the store's person; named only when it is not the agent.
    private static func appendHistory(_ db: Database, customerId: Int64, field: CustomerField, before: String, after: String,
                                      agent: String, actor: String?, at: Date) throws {
        try db.execute(sql: """
            INSERT INTO customer_history (customer_id, field, before, after, agent, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [customerId, field.rawValue, before, after, agent, actor == agent ? nil : actor, at.timeIntervalSince1970])
    }

    static func fetchCustomerHistory(_ db: Database, customerId: Int64, limit: Int) throws -> [CustomerHistoryEntry] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM customer_history WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?
            """, arguments: [customerId, limit]).map { row in
            CustomerHistoryEntry(id: row["id"], customerId: row["customer_id"],
                                 field: CustomerField(rawValue: row["field"]) ?? .notes, before: row["before"], after: row["after"],
                                 agent: row["agent"], actor: row["actor"], at: Date(timeIntervalSince1970: row["at"]))
        }
    }
}
