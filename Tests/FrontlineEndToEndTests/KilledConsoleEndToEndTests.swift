import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// A console killed outright (SIGKILL: no chance to log out) must not leave a ghost that calls ring.
final class KilledConsoleEndToEndTests: EndToEndCase {
    func testACallSkipsTheAgentWhoseConsoleWasKilled() throws {
        try frontline.run("agents", "add", "ana")
        try frontline.run("agents", "add", "bo")
        // ana logs in first: idle longest, she would be rung first.
        let ana = try TmuxSession(command: frontline.consoleCommand(agent: "ana", routing: true))
        try ana.waitFor("Available")
        Thread.sleep(forTimeInterval: 0.2)
        let bo = try TmuxSession(command: frontline.consoleCommand(agent: "bo", routing: true))
        try bo.waitFor("Available")

        let pid = try XCTUnwrap(pid_t(try TmuxSession.tmux(["display-message", "-p", "-t", ana.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        let gone = Date().addingTimeInterval(5)
        while try !ana.hasExited(), Date() < gone { Thread.sleep(forTimeInterval: 0.1) }
        let database = try AppDatabase.open(path: frontline.databasePath)
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available, "nothing logged her out: the ghost")

        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 2424")
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        try bo.waitFor("Incoming call", timeout: 3)
        XCTAssertEqual(try database.events(contactId: id).map { "\($0.kind.rawValue) \($0.agent ?? "")" }, ["queued ", "offered bo"],
                       "the call never rang the dead console")
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .offline)
        XCTAssertNil(try database.currentShift(agent: "ana"))
        let log = try database.stateLog(agent: "ana", from: Date().addingTimeInterval(-60), to: Date().addingTimeInterval(60))
        XCTAssertEqual(log.last?.byAgent, AgentStateLogEntry.consoleGone)
    }
}
