import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// The cursor the report's rows are streamed through (`PostgresSession.forEachRow`), at batch
/// boundaries the contract classes' small periods never reach.
final class PostgresReportRowsTests: XCTestCase {
    private var backend: PostgresBackend!
    private var store: PostgresStore!

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        store = try PostgresStore.open(backend.database)
    }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testEveryRowComesOnceInOrderAcrossBatchesAndCursorsFollowOneAnother() throws {
        for (count, batch) in [(0, 3), (5, 5), (7, 3), (1, 1)] {
            let seen = try store.read { db -> [[Int64]] in
                var first: [Int64] = [], second: [Int64] = []
                try db.forEachRow("SELECT g::bigint AS n FROM generate_series(1, $1) AS g ORDER BY g", [Int64(count)], batch: batch) {
                    first.append(try $0.get("n", as: Int64.self))
                }
                try db.forEachRow("SELECT g::bigint AS n FROM generate_series($1, 2) AS g ORDER BY g DESC", [Int64(1)], batch: batch) {
                    second.append(try $0.get("n", as: Int64.self))
                }
                return [first, second]
            }
            XCTAssertEqual(seen[0], count == 0 ? [] : Array(1...Int64(count)), "\(count) rows in batches of \(batch)")
            XCTAssertEqual(seen[1], [2, 1], "a second cursor after the first one closed")
        }
    }

    func testAThrowingBodyLeavesTheSessionUsable() throws {
        struct Stop: Error {}
        XCTAssertThrowsError(try store.read { db in
            try db.forEachRow("SELECT g FROM generate_series(1, 10) AS g", batch: 4) { _ in throw Stop() }
        }) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(try store.reportRows(from: Date(timeIntervalSince1970: 0), to: Date()).count, 0, "the next read declares the cursor afresh")
    }
}
