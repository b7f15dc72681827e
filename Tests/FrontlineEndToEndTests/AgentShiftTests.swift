import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// Works a short shift with the real binary in tmux while contacts arrive from another "shell".
final class AgentShiftTests: EndToEndCase {
    override class var initArguments: [String]? { ["--demo"] }

    func testTakeAKoreanChatAnswerWithAPhraseAndSeeItStored() throws {
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"))
        try session.waitFor("Queue")
        // A chat arrives from another process while the console is open.
        let id = try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10-0000-9999", "--name", "김서연",
                                   "--text", "주문한 물건이 아직 안 왔어요").trimmingCharacters(in: .whitespacesAndNewlines)
        try session.waitFor("김서연", timeout: 3)
        try session.send("n")
        try session.waitFor("주문한 물건이 아직 안 왔어요")
        // Filter the phrases for the greeting, insert it with the names filled in, and send it.
        try session.send("/")
        try session.type("hello")
        try session.send("Enter")
        try session.waitFor("김서연 ›")
        try session.send("Enter")
        try session.waitFor("Sent.")

        let database = try AppDatabase.open(path: frontline.databasePath)
        let transcript = try database.transcript(contactId: Int64(id)!, limit: 10)
        XCTAssertEqual(transcript.map(\.direction), [.inbound, .outbound])
        let reply = try XCTUnwrap(transcript.last?.text)
        XCTAssertTrue(reply.contains("김서연"), "the phrase was filled with the customer's name: \(reply)")
        XCTAssertTrue(reply.contains("mina"), "and with the agent's name: \(reply)")
        let contact = try XCTUnwrap(database.contact(id: Int64(id)!))
        XCTAssertEqual(contact.state, .active)
        XCTAssertEqual(contact.agent, "mina")
        XCTAssertNil(contact.awaitingReplySince, "the reply stopped the chat timer")

        // Wrap-up asks what the contact was about: two codes by number, the outcome, a summary.
        try session.send("w")
        try session.waitFor("what was it about?")
        try session.send("Enter")
        try session.waitFor("Choose at least one code first")
        try session.send("2")
        try session.send("9")
        try session.send("Tab")
        try session.send("Space")
        try session.send("Tab")
        try session.type("size question")
        try session.send("Enter")
        try session.waitFor("Wrapped up contact \(id): Placing an order, Complaint filed.")
        let wrapUp = try XCTUnwrap(database.latestWrapUps(contactIds: [Int64(id)!])[Int64(id)!])
        XCTAssertEqual(wrapUp.entry, WrapUpEntry(codes: ["placing-an-order", "complaint-filed"], outcome: .resolved, summary: "size question"))
        try session.send("q")
        try session.waitFor("Handover note ›")
        try session.send("Enter")
        try waitUntilExited(session)
        XCTAssertEqual(try database.contact(id: Int64(id)!)?.state, .ended)
    }

    func testALateCallShowsItsOverrunAndTheBreachIsRecorded() throws {
        let queuedAt = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-200))
        let id = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 7777", "--name", "陈晓华",
                                   "--at", queuedAt).trimmingCharacters(in: .whitespacesAndNewlines)
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "jun"))
        let screen = try session.waitFor("陈晓华")
        XCTAssertTrue(screen.contains("-0:2"), "a call 200 s old is about 20 s past its 3-minute target:\n\(screen)")
        try session.send("q")
        try session.waitFor("Handover note ›")
        try session.send("Enter")
        try waitUntilExited(session)
        let breaches = try AppDatabase.open(path: frontline.databasePath).breaches(contactId: Int64(id)!)
        XCTAssertEqual(breaches.map(\.kind), [.pickup])
    }

    func testATooSmallTerminalSaysSoAndRecoversWhenEnlarged() throws {
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"), width: 60, height: 20)
        try session.waitFor("Terminal too small: 60x20")
        try session.resize(width: 100, height: 30)
        try session.waitFor("Queue")
        try session.send("q")
        try session.waitFor("Handover note ›")
        try session.send("Enter")
        try waitUntilExited(session)
    }

    private func waitUntilExited(_ session: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if try session.hasExited() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("the console did not exit:\n\(try session.screen())", file: file, line: line)
    }
}
