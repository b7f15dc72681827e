import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Losing the database (issue 18, item 5): the server stopped and started again under a store
/// that stays open. Calls while it is away throw `unreachable` (nothing hangs, nothing is done
/// twice), the store reconnects by itself, the first call after the server is back succeeds, and
/// what the server acknowledged before it went is all there. A cluster of the test's own, so the
/// shared test server never stops under other tests.
final class PostgresOutageTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private let policy = SLAPolicy.standard

    func testCallsFailWhileTheServerIsAwayAndTheStoreWorksAgainWithNothingAcknowledgedLost() throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        _ = try store.ensureAgent(name: "ana", at: t0)
        let contact = try store.enqueue(channel: .chat, from: "emma@example.com", name: "Emma", text: "my order", at: t0)
        let id = try XCTUnwrap(contact.id)
        XCTAssertNotNil(try store.take(contactId: id, agent: "ana", policy: policy, at: t0))
        let acknowledged = try store.reply(contactId: id, agent: "ana", text: "Looking into it", policy: policy, at: t0.addingTimeInterval(5))

        try cluster.stop()
        for _ in 0..<3 {
            XCTAssertThrowsError(try store.agents()) { XCTAssertEqual(Self.lostConnection($0), true, "\($0)") }
            XCTAssertThrowsError(try store.saveComplaintDraft(ComplaintDraft(agent: "ana", account: "A-1"))) {
                XCTAssertEqual(Self.lostConnection($0), true, "\($0)")
            }
        }
        XCTAssertFalse(store.session.isConnected)

        try cluster.start()
        // The first call after the server is back: no reopening, no waiting for a timer.
        let transcript = try store.transcript(contactId: id, limit: 10)
        XCTAssertEqual(transcript.map(\.text), ["my order", "Looking into it"], "the acknowledged reply is there, once")
        XCTAssertEqual(transcript.last?.id, acknowledged.id)
        XCTAssertEqual(try store.agents().map(\.name), ["ana"])
        XCTAssertNil(try store.complaintDraft(agent: "ana"), "the draft refused while the server was away was never saved")
        try store.saveComplaintDraft(ComplaintDraft(agent: "ana", account: "A-1"))
        XCTAssertEqual(try store.complaintDraft(agent: "ana")?.account, "A-1", "writes work again")
    }

    /// Stopped as in a crash (no checkpoint): what was committed comes back from the log, and the
    /// store finds the server again by itself, before any call asks.
    func testAnAbruptStopLosesNoAcknowledgedWriteAndTheStoreReconnectsByItself() throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        for name in ["ana", "bo", "cy"] { _ = try store.ensureAgent(name: name, at: t0) }
        try store.saveComplaintDraft(ComplaintDraft(agent: "ana", account: "A-7"))
        try cluster.stop("immediate")
        XCTAssertThrowsError(try store.latestChange()) { XCTAssertEqual(Self.lostConnection($0), true, "\($0)") }
        try cluster.start()
        // Nobody calls: the link's own thread connects again (its waits are at most 2 s).
        let deadline = Date().addingTimeInterval(10)
        while !store.session.isConnected, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(store.session.isConnected, "reconnected without a call")
        XCTAssertEqual(try store.agents().map(\.name).sorted(), ["ana", "bo", "cy"])
        XCTAssertEqual(try store.complaintDraft(agent: "ana")?.account, "A-7")
    }

    /// A session that is not the store's (an admin's, the notifier's) does not reconnect: its owner does.
    func testOnlyTheStoresSessionReconnects() throws {
        let cluster = try ThrowawayCluster()
        let plain = try PostgresSession.connect(cluster.location, password: nil)
        try cluster.stop()
        try cluster.start()
        XCTAssertThrowsError(try plain.alone { try plain.query("SELECT 1") }) { XCTAssertEqual(Self.lostConnection($0), true, "\($0)") }
        XCTAssertThrowsError(try plain.alone { try plain.query("SELECT 1") }, "still gone: nobody reconnects it")
    }

    /// A statement sent on a connection that closed under it (another thread's statement found the
    /// network dead) fails as a lost connection; PostgresNIO alone never answers it, and a
    /// console's change watcher waited for it for ever.
    func testAStatementOnAConnectionThatClosedUnderItFailsInsteadOfWaitingForEver() throws {
        let cluster = try ThrowawayCluster()
        let session = try PostgresSession.connect(cluster.location, password: nil)
        let returned = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var failure: (any Error)?
        Thread.detachNewThread {
            do {
                try session.alone {
                    try session.closeConnectionForTesting()
                    try session.query("SELECT 1")
                }
            } catch {
                failure = error
            }
            returned.signal()
        }
        XCTAssertEqual(returned.wait(timeout: .now() + 10), .success, "the statement returned")
        XCTAssertEqual(failure.flatMap(Self.lostConnection), true, "\(String(describing: failure))")
    }

    private static func lostConnection(_ error: any Error) -> Bool? {
        (error as? StoreError)?.isLostConnection
    }
}
