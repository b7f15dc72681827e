import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// A complaint half typed when the terminal closes is there again, where it was left, in the next console.
final class DraftSurvivalTests: EndToEndCase {

    func testAHalfTypedComplaintSurvivesAClosedTerminalAndCanBeFiled() throws {
        let account = "包裹三天没到，盒子破了"
        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "chat", "--from", "+86 131 0000 4242",
                                                       "--name", "周杰", "--text", "我的快递在哪里")
                .trimmingCharacters(in: .whitespacesAndNewlines)))
        let database = try AppDatabase.open(path: frontline.databasePath)
        let customerId = try XCTUnwrap(try database.contact(id: id)?.customerId)

        // First console: take the chat, open the form, fill category, severity and part of the account.
        var first: TmuxSession? = try TmuxSession(command: frontline.consoleCommand(agent: "lin"))
        try first!.waitFor("周杰")
        try first!.send("n")
        try first!.waitFor("我的快递在哪里")
        try first!.send("c")
        try first!.send("5")
        try first!.waitFor("Delivery / receipt")
        try first!.send("Tab")
        try first!.send("Space")
        try first!.waitFor("major")
        try first!.send("Tab")
        try first!.type(account)
        try first!.waitFor(account)
        // Every keystroke is saved; wait for the last one to reach the file before closing the terminal.
        let saved = try waitForDraft(database, agent: "lin") { $0.account == account }
        XCTAssertEqual(saved?.focusedField, .account)
        XCTAssertEqual(saved?.category, .delivery)
        XCTAssertEqual(saved?.severity, .major)
        XCTAssertEqual(saved?.customerId, customerId)
        XCTAssertEqual(saved?.contactId, id)

        // The terminal closes abruptly: the console gets no chance to save anything more
        // (SIGKILL, not the SIGHUP it handles), then the tmux session goes away.
        let pid = try XCTUnwrap(pid_t(try TmuxSession.tmux(["display-message", "-p", "-t", first!.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        try TmuxSession.tmux(["kill-session", "-t", first!.name])
        first = nil

        // Second console for the same agent: the form is as it was left.
        let second = try TmuxSession(command: frontline.consoleCommand(agent: "lin"))
        let screen = try second.waitFor(account)
        XCTAssertTrue(screen.contains("Delivery / receipt"), screen)
        XCTAssertTrue(screen.contains("major"), screen)
        let restored = try XCTUnwrap(try database.complaintDraft(agent: "lin"))
        XCTAssertEqual(restored.account, account)
        XCTAssertEqual(restored.focusedField, .account)

        // Reopening the form puts the cursor back at the end of the account: typing goes on from there.
        try second.send("c")
        try second.type("！")
        try second.waitFor(account + "！")
        let continued = try waitForDraft(database, agent: "lin") { $0.account == account + "！" }
        XCTAssertEqual(continued?.account, account + "！", "typing continued in the account field")
        XCTAssertEqual(continued?.wants, "")

        // Finish the form and submit it with Enter on the last field.
        try second.send("Tab")
        try second.type("包裹晚到，盒子破损，对吗")
        try second.send("Tab")
        try second.type("退款")
        try second.send("Tab")
        try second.type("+2h")
        _ = try waitForDraft(database, agent: "lin") { $0.promisedReply == "+2h" }
        let submitted = Date()
        try second.send("Enter")
        try second.waitFor("filed")

        let file = try XCTUnwrap(try database.customerFile(customerId: customerId, limit: 5, at: Date()))
        XCTAssertEqual(file.openComplaints.count, 1)
        let complaint = try XCTUnwrap(file.openComplaints.first)
        XCTAssertEqual(complaint.contactId, id)
        XCTAssertEqual(complaint.customerId, customerId)
        XCTAssertEqual(complaint.category, .delivery)
        XCTAssertEqual(complaint.severity, .major)
        XCTAssertEqual(complaint.account, account + "！")
        XCTAssertEqual(complaint.wants, "退款")
        XCTAssertEqual(complaint.paraphrase, "包裹晚到，盒子破损，对吗")
        XCTAssertEqual(complaint.missingRequirements, [], "the form files only complete complaints")
        XCTAssertEqual(complaint.agent, "lin")
        XCTAssertEqual(complaint.state, .received)
        let promised = try XCTUnwrap(complaint.promisedReplyAt)
        XCTAssertEqual(promised.timeIntervalSince(submitted), 7200, accuracy: 120, "+2h is two hours from filing")
        XCTAssertNil(try database.complaintDraft(agent: "lin"), "the draft is gone once filed")
        XCTAssertEqual(try database.events(contactId: id).filter { $0.kind == .complaintFiled }.count, 1)
    }

    /// Polls the stored draft until `done` holds; returns the last one read.
    private func waitForDraft(_ database: AppDatabase, agent: String, timeout: TimeInterval = 5,
                              file: StaticString = #filePath, line: UInt = #line,
                              _ done: (ComplaintDraft) -> Bool) throws -> ComplaintDraft? {
        let deadline = Date().addingTimeInterval(timeout)
        var last: ComplaintDraft?
        while Date() < deadline {
            last = try database.complaintDraft(agent: agent)
            if let last, done(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("the stored draft never got there: \(String(describing: last))", file: file, line: line)
        return last
    }
}
