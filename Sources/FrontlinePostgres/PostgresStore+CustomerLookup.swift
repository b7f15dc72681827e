import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Finding customers (AppDatabase+CustomerLookup.swift on SQLite).
extension PostgresStore {
    /// By phone number (any punctuation), order number, email address, or the start of their
    /// name (any case). Phone, order and email matches come first, then names in name order;
    /// at most `limit`. Every branch is one index lookup.
    public func findCustomers(matching query: String, limit: Int = 20) throws -> [Customer] {
        let query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty, limit > 0 else { return [] }
        return try read { db in
            var ids: [Int64] = []
            func add(_ sql: String, _ binds: [SQLValue], column: String) throws {
                for row in try db.query(sql, binds).rows {
                    let id = try row.get(column, as: Int64.self)
                    if !ids.contains(id) { ids.append(id) }
                }
            }
            let digits = PhoneNumber.digits(of: query)
            if digits.count >= 5, !query.contains(where: \.isLetter) {
                // As written, and a national number (010-…) in each country that writes a leading 0.
                for candidate in PhoneNumber.lookupDigits(of: query) {
                    try add("SELECT customer_id FROM customer_phones WHERE digits = $1 ORDER BY customer_id LIMIT $2",
                            [candidate, limit], column: "customer_id")
                }
            }
            if !digits.isEmpty, !query.contains(" ") {
                try add("SELECT customer_id FROM orders WHERE number = $1", [query.uppercased()], column: "customer_id")
            }
            if query.contains("@") {
                try add("SELECT COALESCE(merged_into, id) AS id FROM customers WHERE lower(email) = lower($1) ORDER BY id LIMIT $2",
                        [query, limit], column: "id")
            }
            if query.contains(where: \.isLetter) {
                try add(Self.namePrefixLookup, [Self.likePrefix(query), limit], column: "id")
            }
            return try Self.fetchCustomers(db, ids: Array(ids.prefix(limit)))
        }
    }

    /// Customers with their phones, in the order of `ids`: two queries, not two per customer.
    static func fetchCustomers(_ db: PostgresSession, ids: [Int64]) throws -> [Customer] {
        guard !ids.isEmpty else { return [] }
        let list = ids.map(String.init).joined(separator: ",")   // integers: nothing to escape
        var byId: [Int64: Customer] = [:]
        for row in try db.query("SELECT * FROM customers WHERE id IN (\(list))").rows {
            let customer = try Customer(row: row)
            byId[customer.id ?? 0] = customer
        }
        // Each customer's phones in the order given (v26-phone-positions).
        for row in try db.query("SELECT customer_id, phone FROM customer_phones WHERE customer_id IN (\(list)) ORDER BY customer_id, position").rows {
            byId[try row.get("customer_id", as: Int64.self)]?.phones.append(try row.get("phone"))
        }
        return ids.compactMap { byId[$0] }
    }

    /// Ids of customers whose name starts with $1 (a LIKE pattern from `likePrefix`), at most $2.
    /// LIKE on lower(name) runs on the text_pattern_ops index; the order is code point order
    /// (COLLATE "C"), as SQLite's NOCASE compares. lower() folds every script, NOCASE only ASCII.
    static let namePrefixLookup = """
        SELECT id FROM customers
        WHERE lower(name) LIKE lower($1) AND merged_into IS NULL
        ORDER BY lower(name) COLLATE "C", id LIMIT $2
        """

    /// `text` with its LIKE wildcards escaped, followed by `%`: a name starting with "50%_" is
    /// found by exactly that, as SQLite's range lookup finds it. The query lowers it, as it lowers the name.
    static func likePrefix(_ text: String) -> String {
        var pattern = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern + "%"
    }
}
