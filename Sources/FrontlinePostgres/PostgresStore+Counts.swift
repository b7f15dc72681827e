import FrontlineStoreAPI

/// How much the database holds (ReportStore.counts; AppDatabase+Reads.swift on SQLite).
extension PostgresStore {
    public func counts() throws -> (customers: Int, contacts: Int, orders: Int, complaints: Int) {
        try read { db in
            let row = try db.query("""
                SELECT (SELECT COUNT(*) FROM customers) AS customers, (SELECT COUNT(*) FROM contacts) AS contacts,
                       (SELECT COUNT(*) FROM orders) AS orders, (SELECT COUNT(*) FROM complaints) AS complaints
                """).rows[0]
            return (Int(try row.get("customers", as: Int64.self)), Int(try row.get("contacts", as: Int64.self)),
                    Int(try row.get("orders", as: Int64.self)), Int(try row.get("complaints", as: Int64.self)))
        }
    }
}
