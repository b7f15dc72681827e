import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Keeping customer files right: edits, their history, merging two files (AppDatabase+CustomerUpkeep.swift on SQLite).
extension PostgresStore {
    @discardableResult
    public func editCustomer(_ customerId: Int64, edits: [CustomerEdit], agent: String, at: Date) throws -> [CustomerChange] {
        try write(for: agent) { db, changes in
            let customer = try Self.liveCustomer(db, id: customerId)
            let edited: Customer, changed: [CustomerChange]
            // SQLite's error mapping turns Core's refusal into this case; here it is said where it happens.
            do { (edited, changed) = try customer.applying(edits) } catch let problem as CustomerValueProblem {
                throw StoreError.badCustomerValue(problem)
            }
            guard !changed.isEmpty else { return [] }
            try Self.updateCustomer(db, edited)
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
            let contactIds = try db.query("SELECT id FROM contacts WHERE customer_id = $1", [other]).rows.map { try $0.get("id", as: Int64.self) }
            let complaintIds = try db.query("SELECT id FROM complaints WHERE customer_id = $1", [other]).rows.map { try $0.get("id", as: Int64.self) }
            let orders = try db.query("SELECT COUNT(*) AS n FROM orders WHERE customer_id = $1", [other]).rows[0].get("n", as: Int64.self)
            for table in ["contacts", "orders", "complaints", "complaint_drafts"] {
                try db.query("UPDATE \(table) SET customer_id = $1 WHERE customer_id = $2", [keep, other])
            }
            var combined = kept.merging(merged)
            combined.id = keep
            try Self.updateCustomer(db, combined)
            try Self.replacePhones(db, of: keep, with: combined.phones)
            try db.query("DELETE FROM customer_phones WHERE customer_id = $1", [other])
            // The other file stays, empty of phones, saying where it went: its history stays readable, and
            // an e-mail still arriving for its address is matched to the file kept (`matchCustomer`).
            try db.query("UPDATE customers SET merged_into = $1 WHERE id = $2", [keep, other])
            try db.query("UPDATE customers SET merged_into = $1 WHERE merged_into = $2", [keep, other])
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
            return CustomerMerge(kept: keep, merged: other, contacts: contactIds.count, orders: Int(orders), complaints: complaintIds.count,
                                 phones: combined.phones.count - kept.phones.count)
        }
    }

    /// The customer with phones, refusing one that does not exist or was merged into another file.
    private static func liveCustomer(_ db: PostgresSession, id: Int64) throws -> Customer {
        guard let customer = try fetchCustomer(db, id: id) else { throw StoreError.noSuchCustomer(id) }
        if let into = customer.mergedInto {
            throw StoreError.refused("customer \(id) was merged into customer \(into); work on customer \(into)")
        }
        return customer
    }

    /// Writes the `customers` columns SQLite's record writes (not the assignment, not the phones).
    private static func updateCustomer(_ db: PostgresSession, _ customer: Customer) throws {
        try db.query("""
            UPDATE customers SET name = $2, form_of_address = $3, email = $4, postal_address = $5, language = $6, is_member = $7,
                member_card = $8, customer_type = $9, do_not_disturb = $10, notes = $11, created_at = $12, merged_into = $13
            WHERE id = $1
            """, [customer.id, customer.name, customer.formOfAddress, customer.email, customer.postalAddress, customer.language.rawValue,
                  customer.isMember, customer.memberCard, customer.type.rawValue, QuietHours.list(customer.doNotDisturb), customer.notes,
                  customer.createdAt, customer.mergedInto])
    }

    /// In the order given: each phone's place in the list is its `position` (see fetchCustomer).
    private static func replacePhones(_ db: PostgresSession, of customerId: Int64, with phones: [String]) throws {
        try db.query("DELETE FROM customer_phones WHERE customer_id = $1", [customerId])
        for (position, phone) in phones.enumerated() {
            try db.query("INSERT INTO customer_phones (customer_id, phone, digits, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                         [customerId, phone, PhoneNumber.digits(of: phone), position])
        }
    }

    /// One history line. `actor` is the store's person; named only when it is not the agent.
    private static func appendHistory(_ db: PostgresSession, customerId: Int64, field: CustomerField, before: String, after: String,
                                      agent: String, actor: String?, at: Date) throws {
        try db.query("""
            INSERT INTO customer_history (customer_id, field, before, after, agent, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, [customerId, field.rawValue, before, after, agent, actor == agent ? nil : actor, at])
    }

    static func fetchCustomerHistory(_ db: PostgresSession, customerId: Int64, limit: Int) throws -> [CustomerHistoryEntry] {
        try db.query("SELECT * FROM customer_history WHERE customer_id = $1 ORDER BY at DESC, id DESC LIMIT $2", [customerId, limit]).rows
            .map { row in
                CustomerHistoryEntry(id: try row.get("id", as: Int64.self), customerId: try row.get("customer_id"),
                                     field: CustomerField(rawValue: try row.get("field")) ?? .notes, before: try row.get("before"),
                                     after: try row.get("after"), agent: try row.get("agent"), actor: try row.get("actor"), at: try row.date("at"))
            }
    }
}
