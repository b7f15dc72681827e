import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest

/// `frontline export queue-log` read back as Asterisk's tools read it: the service level
/// recomputed from the file equals `frontline stats`.
final class QueueLogExportTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    /// A morning in a fixed past hour, whole seconds: targets phone 180 s, chat 300 s; short abandons under 5 s.
    func testTheFileGivesTheSameServiceLevelsAsStats() throws {
        let base = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-03-02T09:00:00Z"))
        func at(_ seconds: TimeInterval) -> Date { base.addingTimeInterval(seconds) }
        let database = try AppDatabase.open(path: frontline.databasePath)
        for name in ["ana", "bo"] { _ = try database.addAgent(Agent(name: name, createdAt: at(-3600))) }
        _ = try database.changeState(of: "ana", .logIn, at: at(-10))
        _ = try database.changeState(of: "ana", .goAway(.break), at: at(900))
        _ = try database.changeState(of: "ana", .becomeAvailable, at: at(1000))
        func call(_ number: Int, at seconds: TimeInterval) throws -> Int64 {
            try XCTUnwrap(try database.enqueue(channel: .phone, from: "+86 130 0000 05\(number)", name: nil, text: nil, at: at(seconds)).id)
        }
        for (number, queued, wait) in [(10, 0.0, 60.0), (11, 10, 180), (12, 20, 181), (13, 30, 400)] {
            let id = try call(number, at: queued)
            _ = try database.take(contactId: id, agent: "ana", policy: .standard, at: at(queued + wait))
            _ = try database.wrapUp(contactId: id, agent: "ana", at: at(queued + wait + 90))
        }
        for (number, queued, wait) in [(20, 40.0, 3.0), (21, 50, 180), (22, 60, 500)] {
            _ = try database.abandon(contactId: try call(number, at: queued), policy: .standard, at: at(queued + wait))
        }
        let chat = try XCTUnwrap(try database.enqueue(channel: .chat, from: "ql@example.com", name: nil, text: "hi", at: at(70)).id)
        _ = try database.take(contactId: chat, agent: "bo", policy: .standard, at: at(80))
        _ = try database.reply(contactId: chat, agent: "bo", text: "hello", policy: .standard, at: at(370))

        let period = ["--from", "2026-03-02T08:00:00Z", "--to", "2026-03-02T12:00:00Z", "--db", frontline.databasePath]
        let export = try ProcessResult.frontline(["export", "queue-log"] + period)
        XCTAssertEqual(export.status, 0, export.stderr)
        let lines = try export.stdout.split(separator: "\n").map { try XCTUnwrap(QueueLog.Line(parsing: String($0)), String($0)) }
        XCTAssertEqual(Set(lines.map(\.event)), ["ENTERQUEUE", "CONNECT", "COMPLETEAGENT", "ABANDON", "ADDMEMBER", "PAUSE", "UNPAUSE"])
        XCTAssertTrue(lines.contains { $0.event == "PAUSE" && $0.agent == "ana" && $0.data == ["break"] })

        let stats = try ProcessResult.frontline(["stats", "--json"] + period)
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        let channels = try XCTUnwrap(object["channels"] as? [[String: Any]])
        for (queue, target) in [("phone", 180), ("chat", 300)] {
            let row = try XCTUnwrap(channels.first { $0["channel"] as? String == queue })
            let recomputed = Self.serviceLevel(lines.filter { $0.queue == queue }, target: target, shortAbandon: 5)
            XCTAssertEqual(recomputed.sl, row["sl"] as? Double, queue)
            XCTAssertEqual(recomputed.sl2, row["sl2"] as? Double, queue)
        }
        XCTAssertEqual(Self.serviceLevel(lines.filter { $0.queue == "phone" }, target: 180, shortAbandon: 5).sl, 2.0 / 4.0,
                       "60 s and exactly 180 s are in time; 181 s and 400 s are not")

        let file = folder.appendingPathComponent("queue_log").path
        XCTAssertEqual(try ProcessResult.frontline(["export", "queue-log", "--output", file] + period).status, 0)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), export.stdout)
        let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o077, 0, "private to its owner")
        let again = try ProcessResult.frontline(["export", "queue-log", "--output", file] + period)
        XCTAssertEqual(again.status, 1, again.stderr)
        XCTAssertTrue(again.stderr.contains("already exists"), again.stderr)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), export.stdout, "never overwritten")
    }

    /// SL and SL2 as a queue_log reader counts them: CONNECT holdtime and ABANDON waittime against the target.
    private static func serviceLevel(_ lines: [QueueLog.Line], target: Int, shortAbandon: Int) -> (sl: Double?, sl2: Double?) {
        let holds = lines.filter { $0.event == "CONNECT" }.compactMap { Int($0.data[0]) }
        let waits = lines.filter { $0.event == "ABANDON" }.compactMap { Int($0.data[2]) }.filter { $0 >= shortAbandon }
        let answeredInTime = holds.filter { $0 <= target }.count
        let abandonedInTime = waits.filter { $0 <= target }.count
        let sl = holds.isEmpty ? nil : Double(answeredInTime) / Double(holds.count)
        let sl2 = holds.isEmpty && waits.isEmpty ? nil : Double(answeredInTime + abandonedInTime) / Double(holds.count + waits.count)
        return (sl, sl2)
    }
}
