import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// A COMMIT whose answer is lost with the connection: the store asks the server, by the
/// transaction's number (`txid_status`), what became of it, instead of leaving it unknown. Each
/// test makes the commit wait inside the server, then ends the store's backend from another
/// session while it waits, on a cluster of its own (one test changes a server-wide setting).
final class PostgresCommitOutcomeTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    func testTheServerSaysWhetherATransactionWasKeptByItsNumber() throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        let raw = try PostgresSession.connect(cluster.location, password: nil)
        func transaction(ending end: String) throws -> Int64 {
            try raw.alone {
                try raw.query("BEGIN")
                let number = try raw.query("SELECT txid_current() AS id").rows[0].get("id", as: Int64.self)
                try raw.query(end)
                return number
            }
        }
        XCTAssertEqual(try store.outcome(ofTransaction: transaction(ending: "COMMIT")), .kept)
        XCTAssertEqual(try store.outcome(ofTransaction: transaction(ending: "ROLLBACK")), .notKept)
    }

    /// The commit was kept but never answered (it waits for a standby that does not exist, and its
    /// backend is ended): the write is done, and the store says so rather than "outcome unknown".
    func testACommitKeptWhoseAnswerWasLostCountsAsDone() throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        let admin = try PostgresSession.connect(cluster.location, password: nil)
        try admin.alone {
            try admin.query("ALTER SYSTEM SET synchronous_standby_names = 'nobody'")
            try admin.query("SELECT pg_reload_conf()")
        }
        let ended = endBackends(waitingOn: "SyncRep", from: admin)
        XCTAssertNoThrow(try store.saveComplaintDraft(ComplaintDraft(agent: "ana", account: "A-9")))
        XCTAssertTrue(ended(), "the store's commit waited in the server and its backend was ended")
        XCTAssertEqual(try store.complaintDraft(agent: "ana")?.account, "A-9")
    }

    /// The commit was rolled back as its backend was ended (a deferred trigger was still running):
    /// the store says the server could not be reached, a failure safe to try again, and nothing was kept.
    func testACommitRolledBackWhoseAnswerWasLostIsSafeToTryAgain() throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        let admin = try PostgresSession.connect(cluster.location, password: nil)
        try admin.alone {
            try admin.query("CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); RETURN NULL; END $$")
            try admin.query("""
                CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT OR UPDATE ON complaint_drafts
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()
                """)
        }
        let ended = endBackends(waitingOn: "PgSleep", from: admin)
        XCTAssertThrowsError(try store.saveComplaintDraft(ComplaintDraft(agent: "ana", account: "A-9"))) { error in
            guard case .unreachable? = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertTrue(ended())
        XCTAssertNil(try store.complaintDraft(agent: "ana"), "rolled back")
    }

    /// Ends, from `admin`'s session on another thread, the first backend seen waiting on
    /// `event` within 10 s. The returned closure waits for that thread and says whether it did.
    private func endBackends(waitingOn event: String, from admin: PostgresSession) -> () -> Bool {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var ended = false
        Thread.detachNewThread {
            let deadline = Date().addingTimeInterval(10)
            while !ended, Date() < deadline {
                let count = try? admin.alone {
                    try admin.query("SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE wait_event = $1", [event])
                        .rows[0].get("n", as: Int64.self)
                }
                ended = (count ?? 0) > 0
                if !ended { Thread.sleep(forTimeInterval: 0.02) }
            }
            done.signal()
        }
        return {
            done.wait()
            return ended
        }
    }
}
