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

    // MARK: The WAL index gate in front of latestChange

    func testTheWALIndexStampMovesWithEveryCommitAndOnlyThen() throws {
        let reader = try openDatabase(), writer = try openDatabase()
        let stamp = try XCTUnwrap(WALCommitStamp(databasePath: dbPath))
        var last = try XCTUnwrap(stamp.read())
        XCTAssertEqual(stamp.read(), last, "nothing committed, nothing moved")
        _ = try reader.latestChange()
        XCTAssertEqual(stamp.read(), last, "a read is no commit")
        for n in 0..<20 {
            _ = try writer.ensureAgent(name: "agent\(n)", at: t0)
            let now = try XCTUnwrap(stamp.read())
            XCTAssertNotEqual(now, last, "commit \(n) moved the stamp")
            last = now
        }
    }

    func testLatestChangeAsksTheDatabaseOnlyAfterSomethingCommitted() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        let first = try watcher.latestChange()
        let asked = watcher.latestChangeGate.queries
        for _ in 0..<10 { XCTAssertEqual(try watcher.latestChange(), first) }
        XCTAssertEqual(watcher.latestChangeGate.queries, asked, "no commit: answered from memory")
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertEqual(try watcher.latestChange(), try writer.latestChange())
        XCTAssertGreaterThan(try watcher.latestChange(), first)
        XCTAssertEqual(watcher.latestChangeGate.queries, asked + 1, "one commit: asked once")
    }

    /// A watcher asks `changes(after:)` after every write to the file: answered from memory while
    /// nothing has committed since an answer said its cursor was the latest, from the file after a
    /// commit, with every topic of every commit since.
    func testChangesAfterTheLatestAskTheDatabaseOnlyAfterSomethingCommitted() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        _ = try writer.ensureAgent(name: "ana", at: t0)
        var seen = try watcher.changes(after: 0).latest
        let asked = watcher.latestChangeGate.queries
        for _ in 0..<10 { XCTAssertEqual(try watcher.changes(after: seen), ChangeBatch(topics: [], latest: seen)) }
        XCTAssertEqual(watcher.latestChangeGate.queries, asked, "no commit: answered from memory")
        _ = try writer.ensureAgent(name: "bo", at: t0)
        _ = try writer.ensureAgent(name: "cy", at: t0)
        let batch = try watcher.changes(after: seen)
        XCTAssertEqual(batch.latest, try writer.latestChange())
        XCTAssertEqual(batch.topics, try writer.changes(after: seen).topics)
        XCTAssertTrue(batch.topics.contains(.agent("bo")) && batch.topics.contains(.agent("cy")), "\(batch.topics)")
        XCTAssertEqual(watcher.latestChangeGate.queries, asked + 1, "two commits: asked once")
        seen = batch.latest
        XCTAssertEqual(try watcher.changes(after: seen).topics, [])
        XCTAssertEqual(try watcher.latestChange(), seen, "the latest is known from that answer too")
        XCTAssertEqual(watcher.latestChangeGate.queries, asked + 1)
    }

    func testLatestChangeSeesEveryCommitOfAnotherConnectionAtOnce() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        for n in 0..<30 {
            XCTAssertEqual(try watcher.latestChange(), try writer.latestChange())
            _ = try writer.ensureAgent(name: "agent\(n)", at: t0)
            XCTAssertEqual(try watcher.latestChange(), try writer.latestChange(), "after commit \(n)")
        }
    }

    func testTheGateReadsTheWALIndexOfTheFileALinkPointsTo() throws {
        let real = folder.appendingPathComponent("real.db").path, link = folder.appendingPathComponent("link.db").path
        _ = try AppDatabase.open(path: real)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let watcher = try AppDatabase.open(path: link), writer = try AppDatabase.open(path: real)
        _ = try watcher.latestChange()
        let asked = watcher.latestChangeGate.queries
        _ = try watcher.latestChange()
        XCTAssertEqual(watcher.latestChangeGate.queries, asked, "SQLite keeps its WAL index beside the real file, and the gate reads that one")
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertEqual(try watcher.latestChange(), try writer.latestChange())
    }

    // MARK: The notifier (the commit bell, see CommitBellTests)

    #if os(Linux)
    func testTheNotifierIsReadableAfterAnotherConnectionCommitsAndNotAfterAReadOnly() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier())
        notifier.drain()
        _ = try watcher.latestChange()
        _ = try writer.agents()
        XCTAssertEqual(readable(notifier, waiting: 0), 0, "reads write nothing")
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "a commit rings the bell")
        XCTAssertTrue(notifier.drain())
        XCTAssertEqual(readable(notifier, waiting: 0), 0, "drained")
        XCTAssertFalse(notifier.drain())
    }

    private func readable(_ notifier: any ChangeNotifier, waiting milliseconds: Int32) -> Int32 {
        var descriptor = pollfd(fd: notifier.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds)
    }
    #endif
}
