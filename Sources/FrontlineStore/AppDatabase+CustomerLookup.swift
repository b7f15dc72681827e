import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Customers an agent is looking for: by phone number (any punctuation), order number,
    /// email address, or the start of their name (Chinese, Korean or Latin; Latin in any case).
    /// Phone, order and email matches come first, then names in name order; at most `limit`.
    /// Every branch is one index lookup, so this stays instant at a million customers.
    public func findCustomers(matching query: String, limit: Int = 20) throws -> [Customer] {
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty, limit > 0 else { return [] }
        return try read { db in
            var ids: [Int64] = []
            func add(_ found: [Int64]) {
                for id in found where !ids.contains(id) { ids.append(id) }
            }
            let digits = PhoneNumber.digits(of: query)
            if digits.count >= 5, !query.contains(where: \.isLetter) {
                // As written, and a national number (010-…) in each country that writes a leading 0.
                for candidate in PhoneNumber.lookupDigits(of: query) {
                    add(try Int64.fetchAll(db, sql: """
                        SELECT customer_id FROM customer_phones WHERE digits = ? ORDER BY customer_id LIMIT ?
                        """, arguments: [candidate, limit]))
                }
            }
            if !digits.isEmpty, !query.contains(" ") {
                add(try Int64.fetchAll(db, sql: "SELECT customer_id FROM orders WHERE number = ?",
                                       arguments: [query.uppercased()]))
            }
            if query.contains("@") {
                add(try Int64.fetchAll(db, sql: "SELECT COALESCE(merged_into, id) FROM customers WHERE email = ? ORDER BY id LIMIT ?",
                                       arguments: [query, limit]))
            }
            if query.contains(where: \.isLetter) {
                add(try Int64.fetchAll(db.cachedStatement(sql: Self.namePrefixLookup), arguments: [query, limit]))
            }
            return try Self.fetchCustomers(db, ids: Array(ids.prefix(limit)))
        }
    }

    /// Customers with their phones, in the order of `ids`: two queries, not two per customer.
    static func fetchCustomers(_ db: Database, ids: [Int64]) throws -> [Customer] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")   // integers: nothing to escape
        var byId = Dictionary(uniqueKeysWithValues: try Customer.fetchAll(db, sql: "SELECT * FROM customers WHERE id IN (\(list))")
            .map { ($0.id ?? 0, $0) })
        for row in try Row.fetchAll(db, sql: "SELECT customer_id, phone FROM customer_phones WHERE customer_id IN (\(list)) ORDER BY customer_id, position") {
            byId[row["customer_id"]]?.phones.append(row["phone"])
        }
        return ids.compactMap { byId[$0] }
    }

    /// Ids of customers whose name starts with ?1, at most ?2. A range on the name index
    /// (everything from the prefix up to the prefix followed by the last code point) rather than
    /// LIKE, which SQLite cannot run on an index of a column that is not itself NOCASE.
    static let namePrefixLookup = """
        SELECT id FROM customers
        WHERE name COLLATE NOCASE >= ?1 AND name COLLATE NOCASE < (?1 || char(1114111)) AND merged_into IS NULL
        ORDER BY name COLLATE NOCASE, id LIMIT ?2
        """
}
