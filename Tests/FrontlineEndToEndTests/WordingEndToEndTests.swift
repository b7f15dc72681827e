import Foundation
import FrontlineStore
import XCTest

/// Issue 5 as a new user tries it: a Korean chat answered with a picked phrase, and a forbidden word stopped.
final class WordingEndToEndTests: EndToEndCase {
    func testAKoreanChatIsAnsweredWithAPhraseAndAForbiddenWordIsStopped() throws {
        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10-0000-3131", "--name", "박지민",
                                                     "--text", "배송이 아직 안 왔어요").trimmingCharacters(in: .whitespacesAndNewlines)))
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"))
        try session.waitFor("박지민")
        try session.send("n")
        try session.waitFor("배송이 아직 안 왔어요")
        try session.send("/")
        try session.type("sorry-wait")
        try session.send("Enter")
        try session.waitFor("박지민 ›")
        try session.send("Enter")
        try session.waitFor("Sent.")

        // Now a reply the manuals forbid: stopped, shown, and sent only when the agent insists.
        try session.send("r")
        try session.type("나도 몰라요")
        try session.send("Enter")
        try session.waitFor("Wording the manuals forbid")
        try session.send("Escape")
        try session.waitFor("Esc cancel")      // back in the reply line (a key sent with the Esc would read as Alt)
        try session.send("C-u")
        try session.type("확인 후 바로 알려 드리겠습니다")
        try session.send("Enter")
        try session.waitFor("Sent.")

        let database = try AppDatabase.open(path: frontline.databasePath)
        let replies = try database.transcript(contactId: id, limit: 10).filter { $0.direction == .outbound }.map(\.text)
        guard replies.count == 2 else { return XCTFail("expected the phrase and the corrected reply, got \(replies)") }
        XCTAssertTrue(replies[0].contains("죄송"), "the picked phrase, in Korean: \(replies[0])")
        XCTAssertEqual(replies[1], "확인 후 바로 알려 드리겠습니다", "the forbidden reply was never sent")
        XCTAssertFalse(try database.events(contactId: id).contains { $0.kind == .forbiddenWordingSent })
        try session.send("q")
        try session.send("y")
    }
}
