import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The change notifier on PostgreSQL (LISTEN/NOTIFY on a connection of its own), in the shape of
/// the SQLite notifier's tests (ChangeFeedSQLiteTests, CommitBellTests): another store's commit
/// wakes it, reads and draft-only commits do not, and a lost connection turns it to timed
/// wake-ups until it listens again.
final class PostgresChangeNotifierTests: XCTestCase {
    private var backend: PostgresBackend!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    private func openStore() throws -> PostgresStore { try PostgresStore.open(backend.database) }

    func testTheNotifierIsReadableAfterAnotherStoreCommitsAndNotAfterAReadOrNothing() throws {
        let watcher = try openStore(), writer = try openStore()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? PostgresChangeNotifier)
        XCTAssertTrue(notifier.isListening)
        notifier.drain()
        _ = try watcher.latestChange()
        _ = try writer.agents()
        XCTAssertEqual(readable(notifier, waiting: 300), 0, "reads write nothing, and a wait with nothing written times out")
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "a commit notifies")
        // Delivered at commit: what woke the waiter can be read at once.
        XCTAssertEqual(try watcher.latestChange(), try writer.latestChange())
        XCTAssertTrue(try watcher.changes(after: 0).topics.contains(.roster))
        XCTAssertTrue(notifier.drain())
        XCTAssertEqual(readable(notifier, waiting: 0), 0, "drained")
        XCTAssertFalse(notifier.drain())
    }

    func testADraftOnlyCommitOfAnotherStoreWakesNobodyAndAQueueCommitDoes() throws {
        let watcher = try openStore(), writer = try openStore()
        _ = try writer.ensureAgent(name: "mei", at: t0)
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier())
        notifier.drain()
        let contact = try writer.enqueue(channel: .chat, from: "emma@example.com", name: "Emma", text: "hi", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "an arrival notifies")
        XCTAssertTrue(notifier.drain())
        let before = try watcher.latestChange()
        for account in ["A", "A-", "A-1"] {
            try writer.saveComplaintDraft(ComplaintDraft(agent: "mei", customerId: contact.customerId, contactId: contact.id, account: account))
        }
        try writer.deleteComplaintDraft(agent: "mei")
        XCTAssertEqual(readable(notifier, waiting: 300), 0, "drafts show on no other screen")
        XCTAssertFalse(notifier.drain())
        XCTAssertEqual(try watcher.changes(after: before).topics, [.draft("mei")], "the drafts are in the feed all the same")
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "a roster change notifies")
    }

    func testARolledBackWriteNotifiesNobody() throws {
        let watcher = try openStore(), writer = try openStore()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier())
        notifier.drain()
        struct Refused: Error {}
        XCTAssertThrowsError(try writer.write { db, changes in
            try db.query("INSERT INTO agents (name, display_name, role, created_at) VALUES ('zed', 'zed', 'agent', $1)", [t0])
            changes.record(.roster)
            throw Refused()
        })
        XCTAssertEqual(readable(notifier, waiting: 300), 0, "NOTIFY is sent at commit only")
    }

    func testWithoutItsConnectionTheNotifierWakesWaitersAFewTimesASecond() throws {
        let nowhere = PostgresLocation(user: "lin", host: "127.0.0.1", port: 1, database: "frontline", requiresTLS: false)
        let notifier = try XCTUnwrap(PostgresChangeNotifier(connecting: { try PostgresSession.connect(nowhere, password: nil) }))
        XCTAssertFalse(notifier.isListening)
        for round in 1...3 {
            XCTAssertEqual(readable(notifier, waiting: 2000), 1, "waiters are woken to look at the feed (round \(round))")
            XCTAssertTrue(notifier.drain())
        }
        XCTAssertFalse(notifier.isListening)
    }

    func testALostListeningConnectionWakesWaitersAndTheNotifierListensAgain() throws {
        let watcher = try openStore(), writer = try openStore()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? PostgresChangeNotifier)
        let first = try XCTUnwrap(notifier.listenerProcessID)
        notifier.drain()
        let terminated = try writer.session.alone {
            try writer.session.query("SELECT pg_terminate_backend($1::integer) AS done", [Int64(first)]).rows[0].get("done", as: Bool.self)
        }
        XCTAssertTrue(terminated)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "the loss wakes waiters, to look at the feed")
        XCTAssertTrue(waitUntil { notifier.listenerProcessID.map { $0 != first } ?? false }, "it connects again by itself")
        XCTAssertEqual(readable(notifier, waiting: 2000), 1)
        notifier.drain()
        XCTAssertEqual(readable(notifier, waiting: 300), 0, "listening again, it is quiet while nothing is written")
        _ = try writer.ensureAgent(name: "bo", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "and a commit notifies again")
    }

    func testANotifierLetGoStopsListening() throws {
        let watcher = try openStore(), writer = try openStore()
        var notifier = watcher.makeChangeNotifier() as? PostgresChangeNotifier
        let pid = try XCTUnwrap(notifier?.listenerProcessID)
        notifier = nil
        XCTAssertNil(notifier)
        XCTAssertTrue(waitUntil {
            (try? writer.session.alone {
                try writer.session.query("SELECT count(*) AS n FROM pg_stat_activity WHERE pid = $1", [Int64(pid)]).rows[0].get("n", as: Int64.self)
            }) == 0
        }, "its connection is closed")
    }

    private func readable(_ notifier: any ChangeNotifier, waiting milliseconds: Int32) -> Int32 {
        var descriptor = pollfd(fd: notifier.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds)
    }

    /// Asks `condition` every 50 ms for up to 10 s.
    private func waitUntil(_ condition: () -> Bool) -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }
}
