import Foundation
import FrontlineCore
import FrontlineStoreAPI
@testable import FrontlineStore
import GRDB
import XCTest

final class CustomerLookupTests: StoreTestCase {
    private func database() throws -> AppDatabase {
        let database = try openDatabase()
        for (name, phone) in [("王小明", "+86 139 0000 0001"), ("王小红", "+86 139 0000 0002"), ("王芳", "+86 139 0000 0003"),
                              ("김민준", "+82 10-0000-0004"), ("김서연", "+82 10-0000-0005"),
                              ("Emma Walker", "+1 202-555-0106"), ("emmanuel Li", "+1 202-555-0107"), ("Liam Smith", "+1 202-555-0108")] {
            _ = try database.enqueue(channel: .phone, from: phone, name: name, text: nil, at: t0)
        }
        try database.write { db, changes in
            changes.record(.everything)
            try db.execute(sql: """
                INSERT INTO orders (customer_id, number, items, total_minor, currency, payment_status, shipping_status, placed_at)
                VALUES (4, 'KR0000000042', '무선 이어폰', 39000, 'KRW', 'paid', 'delivered', 0)
                """)
        }
        return database
    }

    func testNamePrefixesInEveryScript() throws {
        let database = try database()
        XCTAssertEqual(try database.findCustomers(matching: "王小").map(\.name), ["王小明", "王小红"])
        XCTAssertEqual(try database.findCustomers(matching: "王").count, 3)
        XCTAssertEqual(try database.findCustomers(matching: "김").map(\.name), ["김민준", "김서연"])
        XCTAssertEqual(try database.findCustomers(matching: "김서").map(\.name), ["김서연"])
        XCTAssertEqual(try database.findCustomers(matching: "emma").map(\.name), ["Emma Walker", "emmanuel Li"], "Latin in any case")
        XCTAssertEqual(try database.findCustomers(matching: "EMMA W").map(\.name), ["Emma Walker"])
        XCTAssertEqual(try database.findCustomers(matching: "小明"), [], "a prefix, not a substring")
    }

    func testPhoneInAnyPunctuationAndOrderNumberInAnyCase() throws {
        let database = try database()
        XCTAssertEqual(try database.findCustomers(matching: "+8613900000002").map(\.name), ["王小红"])
        XCTAssertEqual(try database.findCustomers(matching: "82 10 0000 0005").map(\.name), ["김서연"])
        let byOrder = try database.findCustomers(matching: "kr0000000042")
        XCTAssertEqual(byOrder.map(\.name), ["김민준"])
        XCTAssertEqual(byOrder.first?.phones, ["+82 10-0000-0004"], "comes back with its phones")
        XCTAssertEqual(try database.findCustomers(matching: "  "), [])
        XCTAssertEqual(try database.findCustomers(matching: "王", limit: 2).count, 2)
    }

    func testNamePrefixSearchUsesTheIndex() throws {
        let database = try database()
        let plan = try database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.namePrefixLookup, arguments: ["王小", 20]).map { $0["detail"] as String }
        }
        XCTAssertTrue(plan.contains { $0.contains("customers_on_name") }, "\(plan)")
        XCTAssertFalse(plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }
}
