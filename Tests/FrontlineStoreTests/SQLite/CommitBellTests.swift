import Foundation
import FrontlineCore
import FrontlineStoreAPI
@testable import FrontlineStore
import XCTest

/// The bell beside the database: rung by commits another screen may show, not by draft saves;
/// consoles wait on it, and on the WAL when it is missing or cannot be rung.
final class CommitBellTests: StoreTestCase {
    #if os(Linux)
    private var bellPath: String { dbPath + "-bell" }

    func testTheBellIsMadeBesideTheDatabaseWithItsMode() throws {
        _ = try openDatabase()
        XCTAssertTrue(FileManager.default.fileExists(atPath: bellPath))
        XCTAssertEqual(try permissions(bellPath), try permissions(dbPath))
    }

    func testADraftOnlyCommitOfAnotherConnectionWakesNobodyAndAQueueCommitDoes() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? CommitNotifier)
        XCTAssertTrue(notifier.waitsOnBell)
        notifier.drain()
        let contact = try writer.enqueue(channel: .chat, from: "emma@example.com", name: "Emma", text: "hi", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "an arrival rings the bell")
        XCTAssertTrue(notifier.drain())
        for account in ["A", "A-", "A-1"] {
            try writer.saveComplaintDraft(ComplaintDraft(agent: "mei", customerId: contact.customerId, contactId: contact.id, account: account))
        }
        try writer.deleteComplaintDraft(agent: "mei")
        XCTAssertEqual(readable(notifier, waiting: 300), 0, "drafts show on no other screen")
        XCTAssertFalse(notifier.drain())
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "a roster change rings it")
    }

    func testWithoutABellTheNotifierWaitsOnTheWAL() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        XCTAssertEqual(unlink(bellPath), 0)
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? CommitNotifier)
        XCTAssertFalse(notifier.waitsOnBell)
        notifier.drain()
        try writer.saveComplaintDraft(ComplaintDraft(agent: "mei"))
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "every commit writes the WAL")
    }

    func testABellTakenAwayWhileWatchedTurnsTheNotifierToTheWAL() throws {
        let watcher = try openDatabase(), writer = try openDatabase()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? CommitNotifier)
        notifier.drain()
        XCTAssertEqual(unlink(bellPath), 0)
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "the removal itself wakes it, to look")
        XCTAssertTrue(notifier.drain())
        XCTAssertFalse(notifier.waitsOnBell)
        try writer.saveComplaintDraft(ComplaintDraft(agent: "mei"))
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "now every commit wakes it")
    }

    func testAWriterThatCannotRingTheBellTakesItAwaySoWatchersFallBackToTheWAL() throws {
        let writer = try openDatabase()
        // A FIFO without a reader cannot be opened for writing (as root, where modes do not stop it).
        XCTAssertEqual(unlink(bellPath), 0)
        XCTAssertEqual(mkfifo(bellPath, 0o600), 0)
        let watcher = try openDatabase()
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? CommitNotifier)
        XCTAssertTrue(notifier.waitsOnBell)
        notifier.drain()
        _ = try writer.ensureAgent(name: "ana", at: t0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: bellPath))
        XCTAssertEqual(readable(notifier, waiting: 2000), 1, "the removal wakes the watcher")
        XCTAssertTrue(notifier.drain())
        XCTAssertFalse(notifier.waitsOnBell)
    }

    private func readable(_ notifier: any ChangeNotifier, waiting milliseconds: Int32) -> Int32 {
        var descriptor = pollfd(fd: notifier.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds)
    }
    #endif
}
