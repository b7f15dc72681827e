import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// Issue 4 in the console: file a major complaint, have it approved, resolve it, follow it up and archive it.
final class ComplaintLoopEndToEndTests: EndToEndCase {
    func testAMajorComplaintGoesRoundTheWholeLoopInTheConsole() throws {
        _ = try ProcessResult.frontline(["agents", "set", "mina", "--role", "supervisor", "--db", frontline.databasePath])
        try frontline.run("enqueue", "--channel", "chat", "--from", "+86 131 0000 4242", "--name", "周杰", "--text", "包裹三天没到，盒子还破了")
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"), width: 100, height: 30)
        try session.waitFor("周杰")
        try session.send("n")
        try session.waitFor("包裹三天没到")
        // The form, prefilled with the customer: delivery, major, the account, the paraphrase confirmed, what they want, a reply time.
        try session.send("c", "5", "Tab", "Space", "Tab")
        try session.type("包裹晚到三天，外包装破损")
        try session.send("Tab")
        try session.waitFor("Still needed: Paraphrase, Wants, Reply by")
        try session.type("包裹晚到三天、外包装破损，是吗")
        try session.send("Tab")
        try session.type("退运费并补发")
        try session.send("Tab")
        try session.type("+2h")
        try session.send("Enter")
        try session.waitFor("Complaint 1 filed.")

        // The complaints view: judge, assign, two solutions, the first refused, the second accepted, approve, resolve.
        try session.send("v")
        try session.waitFor("My open complaints")
        try session.send("Enter")
        try session.waitFor("Complaint 1 · 周杰")
        for (keys, text, shows) in [("v", nil, "judged"), ("a", "物流部", "assigned"), ("s", "退运费 10 元", "solution proposed"),
                                    ("s", "退运费并补发新品", "补发新品"), ("o", nil, "offered"), ("f", nil, "refused"),
                                    ("o", nil, "退运费并补发新品"), ("y", nil, "accepted"), ("p", nil, "approved"), ("i", nil, "implemented")] {
            try session.send(keys)
            if let text {
                try session.type(text)
                try session.send("Enter")
            }
            try session.waitFor(shows)
        }
        // The follow-up call: the script in Chinese, the customer satisfied, a note; then archive.
        try session.send("u")
        try session.waitFor("Follow-up call")
        try session.send("1")
        try session.type("很满意")
        try session.send("Enter")
        try session.waitFor("followed up")
        try session.send("z")
        try session.waitFor("Complaint 1: archived.")

        let database = try AppDatabase.open(path: frontline.databasePath)
        let complaint = try XCTUnwrap(try database.complaint(id: 1))
        XCTAssertEqual(complaint.state, .archived)
        XCTAssertEqual(complaint.severity, .major)
        XCTAssertEqual(complaint.category, .delivery)
        XCTAssertEqual(complaint.owner, "mina")
        XCTAssertEqual(try database.solutions(complaintId: 1).map(\.status), [.refused, .accepted])
        XCTAssertEqual(try database.followUps(complaintId: 1).map(\.satisfaction), [.satisfied])
        XCTAssertEqual(try database.followUps(complaintId: 1).first?.note, "很满意")
        let states = try database.complaintHistory(id: 1).filter { $0.kind == .state }.compactMap(\.newValue)
        XCTAssertEqual(states, ["received", "judged", "assigned", "solution-proposed", "approved", "implemented", "followed-up", "archived"])
        try session.send("Escape")
        try session.send("q")
        try session.send("y")
    }
}
