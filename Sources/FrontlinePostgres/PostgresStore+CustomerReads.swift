import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// A customer's row with their phones (AppDatabase+Reads.swift on SQLite).
extension PostgresStore {
    public func customer(id: Int64) throws -> Customer? {
        try read { db in try Self.fetchCustomer(db, id: id) }
    }

    /// A customer with their phones, in the order given (`position`, v26-phone-positions: not the
    /// physical order, which an UPDATE or VACUUM FULL changes).
    static func fetchCustomer(_ db: PostgresSession, id: Int64) throws -> Customer? {
        guard let row = try db.query("SELECT * FROM customers WHERE id = $1", [id]).rows.first else { return nil }
        var customer = try Customer(row: row)
        customer.phones = try db.query("SELECT phone FROM customer_phones WHERE customer_id = $1 ORDER BY position", [id]).rows
            .map { try $0.get("phone", as: String.self) }
        return customer
    }
}

extension Customer {
    /// From a row that selects every column of `customers`; `phones` comes back empty.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), name: try row.get("name"), formOfAddress: try row.get("form_of_address"), phones: [],
                  email: try row.get("email"), postalAddress: try row.get("postal_address"),
                  language: Language(rawValue: try row.get("language")) ?? .en, isMember: try row.get("is_member", as: Int64.self) != 0,
                  memberCard: try row.get("member_card"),
                  type: CustomerType(rawValue: try row.get("customer_type")) ?? .existing,
                  doNotDisturb: QuietHours.parseList(try row.get("do_not_disturb")) ?? [],
                  notes: try row.get("notes"), createdAt: try row.date("created_at"), mergedInto: try row.get("merged_into"))
    }
}
