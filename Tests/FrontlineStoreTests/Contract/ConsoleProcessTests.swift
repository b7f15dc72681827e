import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A console killed without logging out (SIGKILL) must not leave a ghost that calls ring.
final class ConsoleProcessTests: StoreContractCase {
    let rules = AgentStateRules.standard

    /// A real process of its own (sleep), killed with SIGKILL and reaped: gone for good.
    func killedProcess() throws -> ConsoleProcess {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["60"]
        try child.run()
        let process = try XCTUnwrap(ConsoleProcess.running(pid: child.processIdentifier))
        XCTAssertTrue(process.isRunning)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        return process
    }

    func testThisProcessRunsAndAReusedPidIsNotTakenForTheOldProcess() throws {
        let me = try XCTUnwrap(ConsoleProcess.current())
        XCTAssertTrue(me.isRunning)
        XCTAssertFalse(ConsoleProcess(pid: me.pid, started: me.started + "0").isRunning, "same pid, another start: another process")
        XCTAssertFalse(try killedProcess().isRunning)
    }

    func testACallNeverRingsAnAgentWhoseConsoleWasKilled() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "ghost", createdAt: t0))
        try database.addAgent(Agent(name: "bo", createdAt: t0))
        try database.logIn("ghost", console: killedProcess(), at: at(0))
        try database.logIn("bo", console: .current(), at: at(10))
        let id = try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 1000", name: nil, text: nil, at: at(100)).id)

        let pass = try database.route(rules: rules, policy: policy, at: at(101))
        XCTAssertEqual(pass.decisions, [.offer(contactId: id, agent: "bo")], "ghost was idle longest, but their console is gone")
        let ghost = try XCTUnwrap(database.agent(named: "ghost"))
        XCTAssertEqual(ghost.presence, .offline)
        XCTAssertEqual(try database.stateLog(agent: "ghost", from: at(0), to: at(200)).map { "\($0.presence.rawValue) \($0.byAgent)" },
                       ["available ghost", "offline console-gone"])
        XCTAssertNil(try database.currentShift(agent: "ghost"), "the shift is closed")
        XCTAssertEqual(try database.agent(named: "bo")?.presence, .available, "a live console stays logged in")
        XCTAssertEqual(try database.logOutGoneConsoles(at: at(102)), [], "nothing twice")
    }

    func testAConsoleOpenedAgainTakesTheShiftOver() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "ana", createdAt: t0))
        try database.logIn("ana", console: killedProcess(), at: at(0))
        try database.logIn("ana", console: .current(), at: at(5))
        XCTAssertEqual(try database.logOutGoneConsoles(at: at(6)), [])
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)
        XCTAssertNotNil(try database.currentShift(agent: "ana"))
    }

    /// A terminal closed and a console opened again within a second: the old process's hang-up
    /// log-out lands after the new log-in, and must not end the new console's shift.
    func testALogOutEndsOnlyTheShiftOfItsOwnConsole() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "ana", createdAt: t0))
        let old = ConsoleProcess(pid: 4242, started: "boot:1")
        try database.logIn("ana", console: old, at: at(0))
        try database.logIn("ana", console: .current(), at: at(5))
        XCTAssertNil(try database.logOut("ana", console: old, at: at(6)), "the old console's log-out does nothing")
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)
        XCTAssertNotNil(try database.currentShift(agent: "ana"))
        XCTAssertEqual(try database.logOut("ana", console: .current(), handoverNote: "bye", at: at(9))?.presence, .offline)
        XCTAssertNil(try database.currentShift(agent: "ana"))
        XCTAssertEqual(try database.latestHandover()?.handoverNote, "bye")
    }

    func testAShiftWithNoConsoleRecordedIsNeverJudgedGone() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "ana", createdAt: t0))
        try database.changeState(of: "ana", .logIn, at: at(0))
        XCTAssertEqual(try database.logOutGoneConsoles(at: at(30)), [])
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)
    }
}
