import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

/// A console killed without logging out (SIGKILL) must not leave a ghost that calls ring.
/// The part of ConsoleProcessTests that looks into the SQLite file itself.
final class ConsoleProcessSQLiteTests: StoreTestCase {
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

    func testTheWallboardsSweepLogsOutWithNoNote() throws {
        let database = try openDatabase()
        try database.addAgent(Agent(name: "ana", createdAt: t0))
        try database.logIn("ana", console: killedProcess(), at: at(0))
        XCTAssertEqual(try database.logOutGoneConsoles(at: at(30)), ["ana"])
        let shift = try XCTUnwrap(database.read { try Shift.fetchOne($0, sql: "SELECT * FROM shifts WHERE agent = 'ana'") })
        XCTAssertEqual(shift.endedAt, at(30))
        XCTAssertNil(shift.handoverNote)
    }

    func testAShiftEndedWithoutANoteNeverHidesTheLastNoteWritten() throws {
        let database = try openDatabase()
        for name in ["ana", "wang"] { try database.addAgent(Agent(name: name, createdAt: t0)) }
        try database.logIn("ana", console: .current(), at: at(0))
        try database.changeState(of: "ana", .logOut, handoverNote: "Grace waits for the courier", at: at(50))
        try database.logIn("wang", console: killedProcess(), at: at(60))
        let chat = try XCTUnwrap(database.enqueue(channel: .chat, from: "+86 130 0000 0200", name: "王小明", text: "你好", at: at(70)).id)
        _ = try database.take(contactId: chat, agent: "wang", policy: policy, at: at(80))
        try database.logOutGoneConsoles(at: at(90))
        XCTAssertEqual(try database.read { try Shift.fetchOne($0, sql: "SELECT * FROM shifts WHERE agent = 'wang'") }?.openItems.count, 1)
        XCTAssertEqual(try database.latestHandover()?.handoverNote, "Grace waits for the courier")
    }
}
