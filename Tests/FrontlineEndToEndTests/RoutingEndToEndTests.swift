import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// Two agent consoles routing in tmux: a call rings one, is missed, rings the other who accepts;
/// chats come to the agent who speaks the customer's language; shifts end with a handover note.
final class RoutingEndToEndTests: EndToEndCase {
    /// Short offer and wrap-up times, so that a missed call takes seconds, not a quarter minute.
    private func quickConfig() throws -> String {
        let path = folder.appendingPathComponent("config.toml").path
        try "[agents]\noffer = \"4s\"\nwrap_up = \"3s\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func console(_ agent: String, config: String) throws -> TmuxSession {
        try TmuxSession(command: frontline.consoleCommand(agent: agent, extra: ["--config", config], routing: true))
    }

    func testAMissedCallRingsTheNextAgentWhoAcceptsIt() throws {
        let config = try quickConfig()
        try frontline.run("agents", "add", "ana")
        try frontline.run("agents", "add", "bo")
        // ana logs in first, so she has been idle longest.
        let ana = try console("ana", config: config)
        try ana.waitFor("Available")
        Thread.sleep(forTimeInterval: 0.2)
        let bo = try console("bo", config: config)
        try bo.waitFor("Available")

        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 2323", "--name", "陈晓华")
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        try ana.waitFor("Incoming call", timeout: 3)
        XCTAssertFalse(try bo.screen().contains("Incoming call"), "one agent at a time")

        // ana lets it ring out: she is set away, and it rings bo, who accepts.
        try ana.waitFor("Away: missed call", timeout: 8)
        try ana.waitFor("You missed a call")
        try bo.waitFor("Incoming call", timeout: 3)
        try bo.send("a")
        try bo.waitFor("Took call \(id)")
        try bo.waitFor("Busy 1/3")

        let database = try AppDatabase.open(path: frontline.databasePath)
        XCTAssertEqual(try database.contact(id: id)?.agent, "bo")
        XCTAssertEqual(try database.events(contactId: id).map { "\($0.kind.rawValue) \($0.agent ?? "")" },
                       ["queued ", "offered ana", "missed ana", "offered bo", "taken bo", "accepted bo"])
        let anaLog = try database.stateLog(agent: "ana", from: Date().addingTimeInterval(-60), to: Date().addingTimeInterval(60))
        XCTAssertEqual(anaLog.last?.reason, .missedOffer)
        XCTAssertEqual(anaLog.last?.byAgent, "routing")

        // bo ends the call: wrap-up counts down; e ends it early. ana comes back with the picker.
        try bo.send("w")
        try bo.waitFor("what was it about?")
        try bo.send("8")
        try bo.send("Enter")
        try bo.waitFor("Wrap-up 0:0")
        try bo.send("e")
        try bo.waitFor("Available")
        try ana.send("s")
        try ana.waitFor("Your state")
        try ana.send("a")
        try ana.waitFor("You are now: Available")
    }

    func testAChatGoesToTheAgentWhoSpeaksTheCustomersLanguage() throws {
        let config = try quickConfig()
        try frontline.run("agents", "add", "ana")
        try frontline.run("agents", "add", "min", "--languages", "ko")
        let ana = try console("ana", config: config)
        try ana.waitFor("Available")
        let min = try console("min", config: config)
        try min.waitFor("Available")
        try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10-0000-7777", "--name", "김서연", "--text", "배송이 늦어요")
        try min.waitFor("배송이 늦어요", timeout: 3)
        try min.waitFor("Busy 1/3")
        XCTAssertTrue(try ana.screen().contains("Available"))
    }

    func testLoggingOutLeavesAHandoverNoteTheNextLoginShows() throws {
        let config = try quickConfig()
        let ana = try console("ana", config: config)
        try ana.waitFor("Available")
        try ana.send("q")
        try ana.waitFor("Handover note ›")
        try ana.type("陈晓华 expects a call about her refund")
        try ana.send("Enter")
        let deadline = Date().addingTimeInterval(5)
        while try !ana.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertTrue(try ana.hasExited())

        let bo = try console("bo", config: config)
        try bo.waitFor("Handover from ana")
        try bo.waitFor("陈晓华 expects a call about her refund")
        try bo.send("Enter")
        let closed = Date().addingTimeInterval(3)
        while try bo.screen().contains("Handover from ana"), Date() < closed { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertFalse(try bo.screen().contains("Handover from ana"), "Enter closes the note")

        // A closed terminal (SIGHUP) logs out without a note, and loses nothing.
        let pid = try XCTUnwrap(pid_t(try TmuxSession.tmux(["display-message", "-p", "-t", bo.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        let database = try AppDatabase.open(path: frontline.databasePath)
        let stop = Date().addingTimeInterval(5)
        while try database.agent(named: "bo")?.presence != .offline, Date() < stop { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertEqual(try database.agent(named: "bo")?.presence, .offline)
        XCTAssertNil(try database.currentShift(agent: "bo"))
        XCTAssertEqual(try database.latestHandover()?.handoverNote, "陈晓华 expects a call about her refund",
                       "a shift ended with nothing to hand over does not hide the last note")
    }
}
