import Foundation
import FrontlineCore
import FrontlineStoreAPI
@testable import FrontlineStore
import XCTest

/// The SQLite side of the change feed: its table stays small, and the write helper guards it.
final class ChangeFeedSQLiteTests: StoreTestCase {
    func testTheFeedStaysBounded() throws {
        let retention = ChangeFeedRetention(kept: 16, trimEvery: 8)
        let store = try AppDatabase.open(path: dbPath, retention: retention)
        for n in 0..<200 {
            _ = try store.ensureAgent(name: "agent\(n)", at: t0)
        }
        let rows = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_feed") ?? 0 }
        XCTAssertLessThanOrEqual(rows, Int(retention.kept + retention.trimEvery + 1))
        XCTAssertEqual(try store.latestChange(), 400, "trimming never reuses a number")
    }

    func testAWriteThatRollsBackAfterRecordingLeavesNoFeedRow() throws {
        struct Interrupted: Error {}
        let store = try openDatabase()
        XCTAssertThrowsError(try store.write { db, changes in
            changes.record(.roster)
            try db.execute(sql: "INSERT INTO agents (name, display_name, role, created_at) VALUES ('ghost', 'Ghost', 'agent', 0)")
            throw Interrupted()
        })
        XCTAssertEqual(try store.latestChange(), 0)
        XCTAssertEqual(try store.changes(after: 0).topics, [])
    }

    func testAWriteThatChangesRowsWithoutATopicIsRefused() throws {
        let store = try openDatabase()
        XCTAssertThrowsError(try store.write { db, _ in
            try db.execute(sql: "INSERT INTO agents (name, display_name, role, created_at) VALUES ('ghost', 'Ghost', 'agent', 0)")
        })
        XCTAssertNil(try store.agent(named: "ghost"), "the unrecorded write rolled back")
    }
}
