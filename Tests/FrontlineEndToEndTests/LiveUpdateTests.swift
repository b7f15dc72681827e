import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import XCTest

/// What other processes write shows in an open console without a key press.
final class LiveUpdateTests: EndToEndCase {
    /// The queue pane's width on a 120-column screen (`ConsoleLayout`: 9/20 of the width).
    private let queueWidth = 54

    func testAContactQueuedByAnotherProcessAppearsWithoutAKeyPress() throws {
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"))
        try session.waitFor("0 waiting")
        // The console polls the store four times a second; 1.5 s is the promise, 3 s is room for a busy machine.
        try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 5151", "--name", "黄伟")
        let screen = try session.waitFor("黄伟", timeout: 3)
        XCTAssertTrue(screen.contains("1 waiting"), screen)
        let row = try XCTUnwrap(queueRow(containing: "黄伟", in: screen), screen)
        XCTAssertTrue(row.contains("call"), row)
        XCTAssertNotNil(row.range(of: #"(?<![\d:])(2:5\d|3:00)(?![\d:])"#, options: .regularExpression),
                        "a fresh call shows its 3-minute countdown: \(row)")

        // A second one, this time while the first is on screen.
        try frontline.run("enqueue", "--channel", "email", "--from", "oh@example.com", "--name", "오하늘", "--text", "문의")
        try session.waitFor("오하늘", timeout: 3)
        try session.waitFor("2 waiting", timeout: 3)
    }

    func testANewCustomerMessageAfterTheReplyRestartsTheCountdown() throws {
        let id = try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10-0000-3131", "--name", "박지훈",
                                   "--text", "환불 가능한가요?").trimmingCharacters(in: .whitespacesAndNewlines)
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"))
        try session.waitFor("박지훈")
        try session.send("n")
        try session.waitFor("환불 가능한가요?")
        try session.send("r")
        try session.type("Yes, I can help.")
        try session.send("Enter")
        var screen = try session.waitFor("Sent.")
        // Answered: no timer runs, so the row says so instead of counting down.
        screen = try waitForQueueRow(of: "박지훈", in: session) { $0.contains("active") }
        XCTAssertNil(try AppDatabase.open(path: frontline.databasePath).contact(id: Int64(id)!)?.awaitingReplySince)

        // The customer writes again, through the chat connector.
        try frontline.run("say", "--contact", id, "주문번호는 KR-1234 입니다")
        screen = try session.waitFor("주문번호는 KR-1234 입니다", timeout: 3)
        screen = try waitForQueueRow(of: "박지훈", in: session) {
            $0.range(of: #"(?<![\d:])(4:5\d|5:00)(?![\d:])"#, options: .regularExpression) != nil
        }
        let row = try XCTUnwrap(queueRow(containing: "박지훈", in: screen))
        XCTAssertFalse(row.contains("active"), "the reply timer runs again: \(row)")
        XCTAssertTrue(screen.contains("Yes, I can help."), "the transcript keeps the reply above the new message:\n\(screen)")
        let transcript = try AppDatabase.open(path: frontline.databasePath).transcript(contactId: Int64(id)!, limit: 10)
        XCTAssertEqual(transcript.map(\.direction), [.inbound, .outbound, .inbound])
    }

    // MARK: Helpers

    /// The part of the first screen line holding `name` that lies in the queue pane (the left columns).
    private func queueRow(containing name: String, in screen: String) -> String? {
        for line in screen.split(separator: "\n").map(String.init) {
            var width = 0
            var left = ""
            for character in line {
                width += DisplayWidth.of(character)
                if width > queueWidth { break }
                left.append(character)
            }
            if left.contains(name) { return left }
        }
        return nil
    }

    /// Waits until the queue row of `name` satisfies `done`; fails with the screen if it never does.
    @discardableResult
    private func waitForQueueRow(of name: String, in session: TmuxSession, timeout: TimeInterval = 5,
                                 file: StaticString = #filePath, line: UInt = #line,
                                 _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try session.screen()
            if let row = queueRow(containing: name, in: screen), done(row) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("the queue row of \(name) never got there:\n\(screen)", file: file, line: line)
        return screen
    }
}
