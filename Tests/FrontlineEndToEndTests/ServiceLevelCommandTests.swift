import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `abandon`, `note` and `stats` as a phone system, an agent's script and a supervisor run them.
final class ServiceLevelCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    func testAbandonEndsAWaitingCallOnceThenIsBadData() throws {
        let id = try enqueue("--channel", "phone", "--from", "+86 130 0000 0301", "--at", FrontlineBinary.ago(200))
        let first = try frontline.result("abandon", "--contact", String(id))
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, "")
        let database = try AppDatabase.open(path: frontline.databasePath)
        XCTAssertEqual(try database.contact(id: id)?.state, .abandoned)
        XCTAssertEqual(try database.breaches(contactId: id).map(\.kind), [.pickup], "it had waited past 180 s")

        let again = try frontline.result("abandon", "--contact", String(id))
        XCTAssertEqual(again.status, 65, again.stderr)
        XCTAssertTrue(again.stderr.contains("'abandoned'"), "the error names its state: \(again.stderr)")
        XCTAssertEqual(again.stderr.split(separator: "\n").count, 1, again.stderr)
        XCTAssertEqual(try database.events(contactId: id).filter { $0.kind == .abandoned }.count, 1)

        let unknown = try frontline.result("abandon", "--contact", "999999")
        XCTAssertEqual(unknown.status, 65, unknown.stderr)
        let badTime = try frontline.result("abandon", "--contact", String(id), "--at", "soon")
        XCTAssertEqual(badTime.status, 65, badTime.stderr)
    }

    func testANoteIsStoredAndLeavesTheReplyTimerRunning() throws {
        let id = try enqueue("--channel", "chat", "--from", "note@example.com", "--text", "hello?")
        let database = try AppDatabase.open(path: frontline.databasePath)
        try database.addAgent(Agent(name: "ana", createdAt: Date()))
        _ = try database.take(contactId: id, agent: "ana", policy: .standard, at: Date())
        let before = try XCTUnwrap(try database.contact(id: id))

        let result = try frontline.result("note", "--contact", String(id), "--agent", "ana", "called the courier")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try database.notes(contactId: id).map(\.text), ["called the courier"])
        XCTAssertEqual(try database.notes(contactId: id).map(\.agent), ["ana"])
        XCTAssertEqual(try database.contact(id: id), before, "the note touched nothing on the contact")
        XCTAssertNotNil(SLAPolicy.standard.runningTimer(for: before))

        XCTAssertEqual(try frontline.result("note", "--contact", String(id), "--agent", "", "x").status, 64)
        XCTAssertEqual(try frontline.result("note", "--contact", String(id), "--agent", "ana", " ").status, 65)
        let nobody = try frontline.result("note", "--contact", String(id), "--agent", "nobody", "x")
        XCTAssertEqual(nobody.status, 65, nobody.stderr)
        XCTAssertTrue(nobody.stderr.contains("frontline agents add nobody"), nobody.stderr)
        XCTAssertEqual(try database.notes(contactId: id).count, 1)
    }

    /// A morning in a fixed past hour: targets phone 180 s, chat 300 s.
    func testStatsFromTheTablesAndFromTheEventLogAgree() throws {
        let base = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-03-02T09:00:00Z"))
        func time(_ seconds: TimeInterval) -> String { ISO8601DateFormatter().string(from: base.addingTimeInterval(seconds)) }
        let database = try AppDatabase.open(path: frontline.databasePath)
        let early = try enqueue("--channel", "phone", "--from", "+86 130 0000 0401", "--at", time(0))
        let late = try enqueue("--channel", "phone", "--from", "+86 130 0000 0402", "--at", time(10))
        let shortAbandon = try enqueue("--channel", "phone", "--from", "+86 130 0000 0403", "--at", time(20))
        let longAbandon = try enqueue("--channel", "phone", "--from", "+86 130 0000 0404", "--at", time(30))
        let chat = try enqueue("--channel", "chat", "--from", "stats@example.com", "--text", "hi", "--at", time(40))
        _ = try enqueue("--channel", "chat", "--from", "never@example.com", "--text", "hi", "--at", time(50))
        _ = try database.take(contactId: early, agent: "ana", policy: .standard, at: base.addingTimeInterval(60))
        _ = try database.take(contactId: late, agent: "ana", policy: .standard, at: base.addingTimeInterval(400))
        XCTAssertEqual(try frontline.result("abandon", "--contact", String(shortAbandon), "--at", time(22)).status, 0)
        XCTAssertEqual(try frontline.result("abandon", "--contact", String(longAbandon), "--at", time(500)).status, 0)
        _ = try database.take(contactId: chat, agent: "bo", policy: .standard, at: base.addingTimeInterval(45))
        _ = try database.reply(contactId: chat, agent: "bo", text: "hello", policy: .standard, at: base.addingTimeInterval(100))

        let period = ["--from", time(-60), "--to", time(3600)]
        let live = try frontline.result(["stats", "--json"] + period)
        let logged = try frontline.result(["stats", "--json", "--from-log"] + period)
        XCTAssertEqual(live.status, 0, live.stderr)
        XCTAssertEqual(logged.status, 0, logged.stderr)
        let liveObject = try Self.object(live.stdout)
        let loggedObject = try Self.object(logged.stdout)
        XCTAssertEqual(liveObject["source"] as? String, "tables")
        XCTAssertEqual(loggedObject["source"] as? String, "event-log")
        let channels = try XCTUnwrap(liveObject["channels"] as? [[String: Any]])
        XCTAssertEqual(channels as NSArray, loggedObject["channels"] as? NSArray, "the log gives the live figures")

        let phone = try XCTUnwrap(channels.first { $0["channel"] as? String == "phone" })
        XCTAssertEqual(phone["answered"] as? Int, 2)
        XCTAssertEqual(phone["answered_within_target"] as? Int, 1)  // 60 s; 390 s is late
        XCTAssertEqual(phone["abandoned"] as? Int, 1)               // 470 s
        XCTAssertEqual(phone["short_abandons"] as? Int, 1)          // 2 s
        XCTAssertEqual(phone["sl"] as? Double, 1.0 / 2.0)
        XCTAssertEqual(phone["sl2"] as? Double, 1.0 / 3.0)
        XCTAssertEqual(phone["average_wait_seconds"] as? Double, (60.0 + 390) / 2)
        let chatRow = try XCTUnwrap(channels.first { $0["channel"] as? String == "chat" })
        XCTAssertEqual(chatRow["answered"] as? Int, 1, "the unanswered chat is not counted")
        XCTAssertEqual(chatRow["sl"] as? Double, 1.0)
        XCTAssertTrue(channels.first { $0["channel"] as? String == "email" }?["sl"] is NSNull, "email: nothing to divide")

        // The tables agree line for line below their titles.
        let liveTable = try frontline.result(["stats"] + period)
        let loggedTable = try frontline.result(["stats", "--from-log"] + period)
        XCTAssertEqual(liveTable.status, 0, liveTable.stderr)
        let liveLines = liveTable.stdout.split(separator: "\n").dropFirst()
        XCTAssertEqual(Array(liveLines), Array(loggedTable.stdout.split(separator: "\n").dropFirst()))
        let phoneLine = try XCTUnwrap(liveLines.first { $0.hasPrefix("phone") })
        XCTAssertEqual(phoneLine.split(separator: " "), ["phone", "3:00", "2", "1", "1", "0", "1", "50%", "33%", "3:45"])

        // Outside the period nothing counts.
        let before = try frontline.result("stats", "--json", "--from", time(-7200), "--to", time(-60))
        let empty = try XCTUnwrap(try Self.object(before.stdout)["channels"] as? [[String: Any]])
        XCTAssertTrue(empty.allSatisfy { $0["answered"] as? Int == 0 && $0["sl"] is NSNull })
    }

    func testStatsRefusesAnEmptyPeriodAndAMalformedTime() throws {
        let backwards = try frontline.result("stats", "--from", "2026-03-02T10:00:00Z", "--to", "2026-03-02T09:00:00Z")
        XCTAssertEqual(backwards.status, 64, backwards.stderr)
        XCTAssertTrue(backwards.stderr.contains("--from must be before --to"), backwards.stderr)
        let malformed = try frontline.result("stats", "--to", "tomorrow")
        XCTAssertEqual(malformed.status, 65, malformed.stderr)
        XCTAssertTrue(malformed.stderr.contains("--to 'tomorrow'"), malformed.stderr)
    }

    // MARK: Helpers

    private func enqueue(_ arguments: String...) throws -> Int64 {
        try XCTUnwrap(Int64(try frontline.run(["enqueue"] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    private static func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "a JSON object: \(text)")
    }
}

private extension FrontlineBinary {
    func result(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.frontline(arguments + ["--db", databasePath])
    }
}
