import Foundation
import FrontlineCore
import GRDB
@testable import FrontlineStore
import XCTest

/// The wallboard's reads, as SQLite plans them.
final class WallboardSQLiteTests: StoreTestCase {
    /// Each read of the wallboard goes through an index: no full scan of contacts, events or breaches.
    func testTheWallboardsReadsUseIndexes() throws {
        let database = try openDatabase()
        let plans = try database.read { db in
            try [
                "SELECT * FROM contacts WHERE ended_at >= 0 AND ended_at < 1",
                "SELECT * FROM contacts WHERE queued_at >= 0 AND queued_at < 1",
                "SELECT * FROM contact_events WHERE kind IN ('queued', 'taken') AND at >= 0 AND at < 1",
                "SELECT agent FROM breaches WHERE recorded_at >= 0 AND recorded_at < 1",
                "SELECT * FROM complaints WHERE state IN ('received', 'judged')",
            ].map { sql in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "; ") }
        }
        for plan in plans { XCTAssertTrue(plan.contains("USING INDEX"), plan) }
    }
}
