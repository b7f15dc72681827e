import Foundation
import FrontlineConsole
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Console liveness across hosts: a console on another host holds a lease it renews; one that
/// stops renewing is logged out once lease and grace run out. Renewals are quiet (no topic, no
/// NOTIFY). Times are explicit `at:` instants after the server's start (which counts as a renewal).
final class PostgresConsoleLeaseTests: XCTestCase {
    private var backend: PostgresBackend!
    private let lease = ConsoleLease.standard
    /// A console on another host: a boot id that is not this machine's, so its pid cannot be checked here.
    private let elsewhere = ConsoleProcess(pid: 4242, started: "another-host-boot-id:1234")
    /// Well after the throwaway server started, so its start does not stand in for a renewal.
    private let t0 = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 600).rounded(.down))

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    private func at(_ seconds: TimeInterval) -> Date { t0 + seconds }

    private func storeWithAgent(_ name: String = "ana") throws -> PostgresStore {
        let store = try PostgresStore.open(backend.database)
        try store.addAgent(Agent(name: name, createdAt: at(-60)))
        return store
    }

    func testThePostgreSQLStoreHoldsLeasesAndAConsoleElsewhereIsNotOnThisHost() throws {
        XCTAssertEqual(try PostgresStore.open(backend.database).consoleLease, .standard)
        XCTAssertFalse(elsewhere.isOnThisHost)
        XCTAssertTrue(try XCTUnwrap(ConsoleProcess.current()).isOnThisHost)
    }

    func testAConsoleElsewhereThatRenewsStaysLoggedInPastItsLease() throws {
        let store = try storeWithAgent()
        try store.logIn("ana", console: elsewhere, at: at(0))
        for second in stride(from: lease.renewEvery, through: 30, by: lease.renewEvery) {
            try store.renewConsoleLease("ana", console: elsewhere, at: at(second))
            XCTAssertEqual(try store.logOutGoneConsoles(at: at(second + 1)), [], "renewed at \(second)")
        }
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .available)
        XCTAssertNotNil(try store.currentShift(agent: "ana"))
    }

    func testAConsoleElsewhereThatStopsRenewingIsLoggedOutOnceLeaseAndGraceRunOut() throws {
        let store = try storeWithAgent()
        try store.logIn("ana", console: elsewhere, at: at(0))
        try store.renewConsoleLease("ana", console: elsewhere, at: at(2))
        // Held until 2 + term, then the grace: not before that.
        let lapse = 2 + lease.term + lease.grace
        XCTAssertEqual(try store.logOutGoneConsoles(at: at(lapse)), [])
        XCTAssertEqual(try store.logOutGoneConsoles(at: at(lapse + 0.5)), ["ana"])
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .offline)
        XCTAssertNil(try store.currentShift(agent: "ana"), "the shift is closed")
        XCTAssertEqual(try store.stateLog(agent: "ana", from: at(-1), to: at(60)).last?.byAgent, AgentStateLogEntry.consoleGone)
        XCTAssertEqual(try store.logOutGoneConsoles(at: at(lapse + 1)), [], "nothing twice")
    }

    func testARoutingPassRingsNobodyWhoseConsoleStoppedRenewing() throws {
        let store = try storeWithAgent("ghost")
        try store.addAgent(Agent(name: "bo", createdAt: at(-60)))
        let other = ConsoleProcess(pid: 4343, started: "another-host-boot-id:5678")
        try store.logIn("ghost", console: elsewhere, at: at(0))
        try store.logIn("bo", console: other, at: at(10))
        let id = try XCTUnwrap(store.enqueue(channel: .phone, from: "+86 130 0000 1000", name: nil, text: nil, at: at(12)).id)
        try store.renewConsoleLease("bo", console: other, at: at(12))
        let pass = try store.route(rules: .standard, policy: .standard, at: at(13))
        XCTAssertEqual(pass.decisions, [.offer(contactId: id, agent: "bo")], "ghost was idle longest, but stopped renewing")
        XCTAssertEqual(try store.agent(named: "ghost")?.presence, .offline)
    }

    func testARenewalRecordsNoTopicAndWakesNoOtherConsole() throws {
        let store = try storeWithAgent(), watcher = try PostgresStore.open(backend.database)
        try store.logIn("ana", console: elsewhere, at: at(0))
        let notifier = try XCTUnwrap(watcher.makeChangeNotifier() as? PostgresChangeNotifier)
        notifier.drain()
        let before = try watcher.latestChange()
        try store.renewConsoleLease("ana", console: elsewhere, at: at(2))
        XCTAssertEqual(try watcher.latestChange(), before, "no change-feed entry")
        var descriptor = pollfd(fd: notifier.descriptor, events: Int16(POLLIN), revents: 0)
        XCTAssertEqual(poll(&descriptor, 1, 300), 0, "no NOTIFY")
        let held = try store.session.alone {
            try store.session.query("SELECT console_lease_until FROM shifts WHERE agent = 'ana'").rows[0].date("console_lease_until") as Date?
        }
        XCTAssertEqual(held, lease.heldUntil(renewedAt: at(2)), "the renewal did write")
    }

    func testAConsoleThatLostItsShiftRenewsNothing() throws {
        let store = try storeWithAgent()
        let newer = ConsoleProcess(pid: 4343, started: "another-host-boot-id:5678")
        try store.logIn("ana", console: elsewhere, at: at(0))
        try store.logIn("ana", console: newer, at: at(1))
        try store.renewConsoleLease("ana", console: elsewhere, at: at(20))
        XCTAssertEqual(try store.logOutGoneConsoles(at: at(1 + lease.term + lease.grace + 1)), ["ana"],
                       "the old console's renewals do not keep the new console's shift")
    }

    func testAConsoleOnThisHostIsJudgedByItsProcessNotItsLease() throws {
        let store = try storeWithAgent()
        try store.logIn("ana", console: .current(), at: at(0))
        XCTAssertEqual(try store.logOutGoneConsoles(at: at(600)), [], "this process runs, renewing or not")
    }

    func testAShiftWithoutALeaseKeepsTheProcessRule() throws {
        let store = try storeWithAgent()
        try store.addAgent(Agent(name: "bo", createdAt: at(-60)))
        try store.logIn("ana", console: elsewhere, at: at(0))
        try store.logIn("bo", console: .current(), at: at(0))
        // As a console from before v25-console-leases left it.
        try store.session.alone { try store.session.query("UPDATE shifts SET console_lease_until = NULL") }
        XCTAssertEqual(try store.logOutGoneConsoles(at: at(1)), ["ana"], "its process does not run on this host")
    }

    func testLeasesThatRanOutWhileTheServerWasDownAreNotHeldAgainstConsoles() throws {
        let store = try storeWithAgent()
        let started = try store.session.alone {
            try store.session.query("SELECT extract(epoch FROM pg_postmaster_start_time())::double precision AS s").rows[0].date("s") as Date
        }
        try store.logIn("ana", console: elsewhere, at: started - 100)
        let lapse = lease.term + lease.grace
        XCTAssertEqual(try store.logOutGoneConsoles(at: started + lapse), [], "the server's start counts as a renewal")
        XCTAssertEqual(try store.logOutGoneConsoles(at: started + lapse + 0.5), ["ana"])
    }

    /// The keeper's beat runs by itself (on the session's event loop): it renews this console's lease
    /// and logs out a console elsewhere whose lease lapsed, and stops when told.
    func testTheKeeperBeatsByItselfRenewingAndSweepingUntilStopped() throws {
        let store = try storeWithAgent()
        try store.addAgent(Agent(name: "ghost", createdAt: at(-60)))
        let me = try XCTUnwrap(ConsoleProcess.current())
        let ghost = ConsoleProcess(pid: 4343, started: "another-host-boot-id:5678")
        try store.logIn("ana", console: me, at: Date() - 60)
        try store.logIn("ghost", console: ghost, at: Date() - 60)
        let keeper = try XCTUnwrap(ConsoleLeaseKeeper(database: store, agent: "ana", console: me, rules: .standard, policy: .standard,
                                                      clock: SystemClock()))
        let deadline = Date() + 5
        while try backend.consoleLeaseUntil("ana").map({ $0 < Date() }) ?? true || store.agent(named: "ghost")?.presence != .offline, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        keeper.stop()
        let renewed = try XCTUnwrap(try backend.consoleLeaseUntil("ana"))
        XCTAssertGreaterThan(renewed, Date(), "renewed by the keeper's beat")
        XCTAssertEqual(try store.agent(named: "ghost")?.presence, .offline, "swept by ana's beat")
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .available, "kept")
        Thread.sleep(forTimeInterval: lease.renewEvery + 0.5)
        XCTAssertEqual(try backend.consoleLeaseUntil("ana"), renewed, "no beat once stopped")
    }

    /// A beat that finds a transaction holding the connection waits for it, and never runs inside it.
    func testABeatWhileATransactionHoldsTheConnectionComesAfterIt() throws {
        let store = try storeWithAgent()
        let me = try XCTUnwrap(ConsoleProcess.current())
        try store.logIn("ana", console: me, at: Date() - 60)
        var keeper: ConsoleLeaseKeeper?
        // The beat starts while this transaction holds the session, then rolls it back.
        try? store.session.transaction {
            keeper = ConsoleLeaseKeeper(database: store, agent: "ana", console: me, rules: .standard, policy: .standard, clock: SystemClock())
            Thread.sleep(forTimeInterval: 0.5)
            throw StoreError.busy(path: "rolled back on purpose")
        }
        // Well before the next beat (`renewEvery`): a beat sent inside the transaction would have been rolled back with it.
        let deadline = Date() + 1
        while try backend.consoleLeaseUntil("ana").map({ $0 < Date() }) ?? true, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        keeper?.stop()
        XCTAssertGreaterThan(try XCTUnwrap(try backend.consoleLeaseUntil("ana")), Date(), "renewed just after the transaction, not rolled back with it")
    }
}
