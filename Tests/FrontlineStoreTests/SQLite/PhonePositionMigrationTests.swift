import Foundation
import FrontlineCore
@testable import FrontlineStore
import GRDB
import XCTest

/// v26-phone-positions on a file from before it: each customer's phones are numbered in the
/// rowid order they were read in until then, so the order a customer's file showed is kept.
final class PhonePositionMigrationTests: StoreTestCase {
    func testAFileFromBeforeV26KeepsTheOrderItShowed() throws {
        let queue = try DatabaseQueue(path: dbPath)
        try Migrations.migrator.migrate(queue, upTo: "v25-console-leases")
        let given = ["+86 139 0000 0007", "+86 130 0000 0001", "+1 555 0100"]
        try queue.write { db in
            try db.execute(sql: "INSERT INTO customers (id, name, language, created_at) VALUES (1, 'A', 'en', 0), (2, 'B', 'en', 0)")
            // Two customers' phones interleaved, as they were added.
            for (customer, phone) in [(1, given[0]), (2, "+44 20 7946 0000"), (1, given[1]), (2, "+33 1 00 00 00 00"), (1, given[2])] {
                try db.execute(sql: "INSERT INTO customer_phones (customer_id, phone, digits) VALUES (?, ?, ?)",
                               arguments: [customer, phone, PhoneNumber.digits(of: phone)])
            }
        }
        try queue.close()
        let database = try openDatabase()
        XCTAssertEqual(try database.customer(id: 1)?.phones, given)
        XCTAssertEqual(try database.customer(id: 2)?.phones, ["+44 20 7946 0000", "+33 1 00 00 00 00"])
        let positions = try DatabaseQueue(path: dbPath).read {
            try Int.fetchAll($0, sql: "SELECT position FROM customer_phones ORDER BY customer_id, position")
        }
        XCTAssertEqual(positions, [0, 1, 2, 0, 1])
    }
}
