import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline report` as a team lead and a cron job run it: its figures against `stats` and the
/// event log, its CSV and JSON shapes, the dated file that is never overwritten, and its refusals.
final class ReportCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    private let base = ISO8601DateFormatter().date(from: "2026-03-02T09:00:00Z")!
    private func time(_ seconds: TimeInterval) -> String { ISO8601DateFormatter().string(from: base.addingTimeInterval(seconds)) }
    private var period: [String] { ["--from", time(-60), "--to", time(3600)] }

    /// Two calls (60 s, 390 s), a short and a long abandon, a chat answered in 55 s with a code.
    private func morning() throws {
        let database = try AppDatabase.open(path: frontline.databasePath)
        try database.addAgent(Agent(name: "ana", displayName: "安娜", createdAt: base))
        try database.addAgent(Agent(name: "bo", displayName: "박보", createdAt: base))
        func enqueue(_ arguments: String...) throws -> Int64 {
            try XCTUnwrap(Int64(try frontline.run(["enqueue"] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        let early = try enqueue("--channel", "phone", "--from", "+86 130 0000 0401", "--at", time(0))
        let late = try enqueue("--channel", "phone", "--from", "+86 130 0000 0402", "--at", time(10))
        let shortAbandon = try enqueue("--channel", "phone", "--from", "+86 130 0000 0403", "--at", time(20))
        let longAbandon = try enqueue("--channel", "phone", "--from", "+86 130 0000 0404", "--at", time(30))
        let chat = try enqueue("--channel", "chat", "--from", "stats@example.com", "--name", "王\u{1b}[2J", "--text", "hi", "--at", time(40))
        _ = try database.take(contactId: early, agent: "ana", policy: .standard, at: base.addingTimeInterval(60))
        _ = try database.take(contactId: late, agent: "ana", policy: .standard, at: base.addingTimeInterval(400))
        XCTAssertEqual(try frontline.result("abandon", "--contact", String(shortAbandon), "--at", time(22)).status, 0)
        XCTAssertEqual(try frontline.result("abandon", "--contact", String(longAbandon), "--at", time(500)).status, 0)
        _ = try database.take(contactId: chat, agent: "bo", policy: .standard, at: base.addingTimeInterval(45))
        _ = try database.reply(contactId: chat, agent: "bo", text: "hello", policy: .standard, at: base.addingTimeInterval(95))
        _ = try database.wrapUp(contactId: chat, agent: "bo", rules: .standard, entry: WrapUpEntry(codes: ["shipping-fees"]),
                                codes: .standard, at: base.addingTimeInterval(200))
        _ = try database.wrapUp(contactId: early, agent: "ana", at: base.addingTimeInterval(360))
    }

    func testTheJSONFiguresEqualStatsAndTheEventLog() throws {
        try morning()
        let report = try frontline.result(["report", "--format", "json"] + period)
        XCTAssertEqual(report.status, 0, report.stderr)
        let object = try Self.object(report.stdout)
        let logged = try Self.object(try frontline.result(["stats", "--json", "--from-log"] + period).stdout)
        let loggedChannels = try XCTUnwrap(logged["channels"] as? [[String: Any]])
        let channels = try XCTUnwrap(object["channels"] as? [[String: Any]])
        XCTAssertEqual(channels.map { $0["channel"] as? String }, ["phone", "chat", "email", "callback"])
        for (mine, theirs) in zip(channels, loggedChannels) {
            for key in ["answered", "answered_within_target", "abandoned", "abandoned_within_target", "short_abandons", "sl", "sl2"] {
                XCTAssertEqual(mine[key] as? NSObject, theirs[key] as? NSObject, "\(key) of \(mine["channel"] ?? "")")
            }
            XCTAssertEqual(mine["average_speed_of_answer_seconds"] as? NSObject, theirs["average_wait_seconds"] as? NSObject)
        }
        let phone = channels[0]
        XCTAssertEqual(phone["offered"] as? Int, 4)
        XCTAssertEqual(phone["sl"] as? Double, 1.0 / 2.0)
        XCTAssertEqual(phone["sl2"] as? Double, 1.0 / 3.0)
        XCTAssertEqual(phone["handled"] as? Int, 1, "the 60 s call ended after 300 s; the other still runs")
        XCTAssertEqual(phone["average_handle_seconds"] as? Double, 300)
        let team = try XCTUnwrap(object["team"] as? [String: Any])
        XCTAssertEqual(team["offered"] as? Int, 5)
        XCTAssertEqual(team["answered"] as? Int, 3)
        XCTAssertEqual(object["period"] as? String, "custom")
        let agents = try XCTUnwrap(object["agents"] as? [[String: Any]])
        XCTAssertEqual(agents.map { $0["agent"] as? String }, ["ana", "bo", "root"], "root: the database's first agent")
        XCTAssertEqual(agents[1]["first_reply_time_median_seconds"] as? Double, 55)
        XCTAssertEqual(agents[1]["wrap_up_codes"] as? [String: Int], ["shipping-fees": 1])
        XCTAssertEqual(agents[1]["handled"] as? [String: Int], ["phone": 0, "chat": 1, "email": 0, "callback": 0])
        XCTAssertTrue(agents[1]["qa_score"] is NSNull, "filled by quality checks")
        XCTAssertTrue(agents[1]["satisfaction"] is NSNull, "filled by satisfaction surveys")
        XCTAssertEqual((object["hours"] as? [Any])?.count, 24)
        let codes = try XCTUnwrap(object["wrap_up_codes"] as? [[String: Any]])
        XCTAssertEqual(codes.map { "\($0["code"] ?? "") \($0["contacts"] ?? "")" }, ["shipping-fees 1"])
        for key in ["follow_up_coverage", "complaints", "satisfaction_by_channel", "satisfaction_by_wrap_up_code", "from", "to", "agent", "group"] {
            XCTAssertNotNil(object[key], key)
        }
    }

    func testTheCSVIsOneFigurePerRowAndTheTextIsInert() throws {
        try morning()
        let csv = try frontline.result(["report", "--format", "csv"] + period)
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.first, "section,name,metric,value")
        XCTAssertTrue(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 4 }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("channel,phone,sl,0.500"))
        XCTAssertTrue(lines.contains("channel,phone,offered,4"))
        XCTAssertTrue(lines.contains("team,all,offered,5"))
        XCTAssertTrue(lines.contains("agent,bo,display_name,박보"))
        XCTAssertTrue(lines.contains("wrap_up_code,shipping-fees,contacts,1"))
        XCTAssertTrue(lines.contains("channel,email,sl,"), "nothing to divide is an empty value")

        let text = try frontline.result(["report"] + period)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertFalse(text.stdout.contains("\u{1b}"), "no escape reaches the terminal")
        XCTAssertTrue(text.stdout.contains("박보 (bo)"))
        XCTAssertTrue(text.stdout.contains("  phone           4         2          1      1   50%   33%  3:45  5:00          0\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains("shipping-fees 1 ████████████████████████████████████████"), text.stdout)
        let korean = try frontline.result(["report", "--lang", "ko"] + period)
        XCTAssertTrue(korean.stdout.contains("채널별 대기열"), korean.stdout)
    }

    func testADatedFileInADirectoryIsNeverOverwritten() throws {
        try morning()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try frontline.result("report", "daily", "--date", "2026-03-02", "--format", "csv", "--output", folder.path)
        XCTAssertEqual(first.status, 0, first.stderr)
        let path = folder.appendingPathComponent("frontline-daily-2026-03-02.csv").path
        XCTAssertEqual(first.stdout, path + "\n")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("section,name,metric,value\r\n"))
        let again = try frontline.result("report", "daily", "--date", "2026-03-02", "--format", "csv", "--output", folder.path)
        XCTAssertEqual(again.status, 1, again.stderr)
        XCTAssertEqual(again.stderr.split(separator: "\n").count, 1, again.stderr)
        XCTAssertTrue(again.stderr.contains("never overwritten"), again.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), written, "the first file is untouched")
        let weekly = try frontline.result("report", "weekly", "--date", "2026-03-04", "--format", "json", "--output", folder.path)
        XCTAssertEqual(weekly.stdout, folder.appendingPathComponent("frontline-weekly-2026-W10.json").path + "\n", weekly.stderr)
        let monthly = try frontline.result("report", "monthly", "--date", "2026-03-04", "--output", folder.path)
        XCTAssertEqual(monthly.stdout, folder.appendingPathComponent("frontline-monthly-2026-03.text").path + "\n", monthly.stderr)
    }

    func testBadOptionsAreUsageErrorsOfOneLine() throws {
        let cases: [[String]] = [
            ["report"], ["report", "yearly"], ["report", "daily", "--from", "2026-03-01", "--to", "2026-03-02"],
            ["report", "--from", "2026-03-01"], ["report", "--from", "2026-03-02", "--to", "2026-03-01"],
            ["report", "daily", "--date", "March"], ["report", "daily", "--format", "xml"], ["report", "daily", "--lang", "fr"],
            ["report", "daily", "--agent", "nobody"], ["report", "--from", "2026-03-01", "--to", "2026-03-02", "--date", "2026-03-01"],
        ]
        for arguments in cases {
            let result = try frontline.result(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.isEmpty, "\(arguments)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        let malformed = try frontline.result(["report", "--from", "soon", "--to", "2026-03-02"])
        XCTAssertEqual(malformed.status, 65, "a malformed time is bad data, as for stats: \(malformed.stderr)")
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
