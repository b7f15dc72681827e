import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// A console's beat on PostgreSQL (`beatConsoleLease`): its lease renewed and the look for gone
/// consoles in one statement; a lapsed console elsewhere is logged out by it.
final class PostgresConsoleBeatTests: XCTestCase {
    private var backend: PostgresBackend!
    private let t0 = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 600).rounded(.down))
    private let elsewhere = ConsoleProcess(pid: 4242, started: "another-host-boot-id:1234")

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testABeatRenewsItsOwnLeaseAndLogsOutAConsoleElsewhereOnceItsLeaseLapsed() throws {
        let store = try PostgresStore.open(backend.database)
        for name in ["ana", "bo"] { try store.addAgent(Agent(name: name, createdAt: t0 - 60)) }
        let me = try XCTUnwrap(ConsoleProcess.current())
        try store.logIn("ana", console: elsewhere, at: t0)
        try store.logIn("bo", console: me, at: t0)
        let lease = ConsoleLease.standard
        XCTAssertEqual(try store.beatConsoleLease("bo", console: me, at: t0 + lease.renewEvery), [])
        XCTAssertEqual(try backend.consoleLeaseUntil("bo"), t0 + lease.renewEvery + lease.term, "renewed by the beat")
        XCTAssertEqual(try backend.consoleLeaseUntil("ana"), t0 + lease.term, "another console's lease is left alone")
        // ana's lease (held until t0 + term) and its grace run out after t0 + term + grace.
        let lapse = lease.term + lease.grace
        XCTAssertEqual(try store.beatConsoleLease("bo", console: me, at: t0 + lapse), [])
        XCTAssertEqual(try store.beatConsoleLease("bo", console: me, at: t0 + lapse + 0.5), ["ana"])
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .offline)
        XCTAssertEqual(try store.agent(named: "bo")?.presence, .available)
        XCTAssertEqual(try backend.consoleLeaseUntil("bo"), t0 + lapse + 0.5 + lease.term)
    }

    func testAStoppedConsoleOnThisHostIsLoggedOutOnceItIsLateRenewingAndNotBefore() throws {
        let store = try PostgresStore.open(backend.database)
        for name in ["ana", "bo"] { try store.addAgent(Agent(name: name, createdAt: t0 - 60)) }
        let me = try XCTUnwrap(ConsoleProcess.current())
        // This host, another start: a console process that no longer runs.
        let stopped = ConsoleProcess(pid: me.pid, started: me.started + "0")
        XCTAssertTrue(stopped.isOnThisHost)
        XCTAssertTrue(stopped.hasSurelyStopped)
        try store.logIn("ana", console: stopped, at: t0)
        try store.logIn("bo", console: me, at: t0)
        let late = ConsoleLease.standard.lateAfter
        XCTAssertEqual(try store.beatConsoleLease("bo", console: me, at: t0 + late - 0.1), [], "not yet late: not looked at")
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .available)
        XCTAssertEqual(try store.beatConsoleLease("bo", console: me, at: t0 + late), ["ana"], "late, and its process is gone")
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .offline)
    }
}
