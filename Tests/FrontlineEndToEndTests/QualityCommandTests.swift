import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline qa` and `frontline csat` as a supervisor uses them: a sample drawn by seed, a review
/// scored, a dispute settled by another supervisor; satisfaction answers refused in one line or
/// counted. The user running the tests created the database, so is its supervisor.
final class QualityCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    /// A table's rows with the columns' padding squeezed to one space.
    private func rows(_ table: String) -> [String] {
        table.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    }

    private var me: String { String(cString: getpwuid(geteuid()).pointee.pw_name) }

    /// Chats handled by ana and calls by bo in October 2026, through the store.
    private func october(_ database: AppDatabase) throws -> [Int64] {
        try database.addAgent(Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0)))
        try database.addAgent(Agent(name: "bo", createdAt: Date(timeIntervalSince1970: 0)))
        try database.addAgent(Agent(name: "sue", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0)))
        var ids: [Int64] = []
        for n in 0..<15 {
            let agent = n < 10 ? "ana" : "bo"
            let start = utc("2026-10-05T02:00:00Z").addingTimeInterval(Double(n) * 3600)
            let contact = try database.enqueue(channel: n < 10 ? .chat : .phone, from: "+86 130 3000 \(String(format: "%04d", n))",
                                               name: "客户\(n)", text: n < 10 ? "在吗？\u{1B}[2J" : nil, at: start)
            _ = try database.take(contactId: contact.id!, agent: agent, policy: .standard, at: start.addingTimeInterval(30))
            if n < 10 { _ = try database.reply(contactId: contact.id!, agent: agent, text: "我不知道", policy: .standard, at: start.addingTimeInterval(60)) }
            _ = try database.wrapUp(contactId: contact.id!, agent: agent, rules: .standard, entry: WrapUpEntry(codes: ["payment"], summary: "退款"),
                                    answer: nil, policy: .standard, at: start.addingTimeInterval(300))
            ids.append(contact.id!)
        }
        return ids
    }

    func testASampleIsDrawnPerAgentBySeedReviewedDisputedAndSettled() throws {
        let database = try AppDatabase.open(path: frontline.databasePath)
        _ = try october(database)
        let sample = try frontline.run("qa", "sample", "--percent", "20", "--from", "2026-10-01T00:00:00Z", "--to", "2027-01-01T00:00:00Z", "--seed", "11")
        XCTAssertTrue(sample.contains("3 reviews queued, 1 re-call;") && sample.contains("seed 11"), sample)
        XCTAssertTrue(rows(sample).contains("ana 10 2") && rows(sample).contains("bo 5 1"), sample)
        let again = try frontline.run("qa", "sample", "--percent", "20", "--from", "2026-10-01T00:00:00Z", "--to", "2027-01-01T00:00:00Z", "--seed", "11")
        XCTAssertTrue(rows(again).contains("ana 8 2") && rows(again).contains("bo 4 1"), "the sampled ones are left out:\n\(again)")

        let reviews = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run("qa", "list", "--agent", "ana", "--json").utf8))
                                    as? [[String: Any]])
        XCTAssertEqual(reviews.count, 4)
        XCTAssertEqual(Set(reviews.compactMap { $0["contact_id"] as? Int64 }).count, 4, "no contact sampled twice")
        let id = try XCTUnwrap(reviews.first?["id"] as? Int64)

        let page = try frontline.run("qa", "review", String(id))
        XCTAssertTrue(page.contains("在吗？") && !page.contains("\u{1B}"), "the transcript, made safe:\n\(page)")
        XCTAssertTrue(page.contains("Forbidden wording in the agent's replies: 1") && page.contains("zh-dont-know"), page)
        XCTAssertTrue(page.contains("Wrap-up: payment — 退款"), page)
        XCTAssertTrue(page.contains("polite-words") && page.contains("Score it: frontline qa review \(id) --score greeting=10"), page)

        let partial = try ProcessResult.frontline(["qa", "review", String(id), "--score", "greeting=10", "--db", frontline.databasePath])
        XCTAssertEqual(partial.status, 65)
        XCTAssertEqual(partial.stderr, "frontline: no score for polite-words; give every criterion as --score NAME=POINTS\n")
        let scores = ["greeting=10", "polite-words=20", "no-forbidden-wording=0", "answered=30", "promise-kept=10", "closing=10"].flatMap { ["--score", $0] }
        XCTAssertEqual(try frontline.run(["qa", "review", String(id)] + scores + ["--comment", "说了不知道"]), "review \(id): reviewed, 80.0%\n")

        let notMine = try ProcessResult.frontline(["qa", "dispute", String(id), "--reason", "x", "--db", frontline.databasePath])
        XCTAssertEqual(notMine.status, 65)
        XCTAssertTrue(notMine.stderr.contains("only ana, whose contact it is, may dispute"), notMine.stderr)
        let ana = try XCTUnwrap(try database.agent(named: "ana"))
        _ = try database.disputeQuality(id: id, by: ana, reason: "客户满意", at: Date())
        let own = try ProcessResult.frontline(["qa", "settle", String(id), "--keep", "--comment", "ok", "--db", frontline.databasePath])
        XCTAssertEqual(own.status, 65)
        XCTAssertTrue(own.stderr.contains("you scored review \(id) yourself"), own.stderr)
        let both = try ProcessResult.frontline(["qa", "settle", String(id), "--keep", "--score", "greeting=1", "--comment", "ok", "--db", frontline.databasePath])
        XCTAssertEqual(both.status, 64, both.stderr)

        // Another review scored by sue and disputed: the user running the tests settles it.
        let other = try XCTUnwrap(reviews.last?["id"] as? Int64)
        let sue = try XCTUnwrap(try database.agent(named: "sue"))
        _ = try database.reviewQuality(id: other, by: sue, scores: [:], totalPercent: 40, comment: "", at: Date())
        _ = try database.disputeQuality(id: other, by: ana, reason: "too low", at: Date())
        XCTAssertEqual(try frontline.run(["qa", "settle", String(other)] + scores + ["--comment", "重新评分"]), "review \(other): settled, 80.0%\n")
        let settled = try XCTUnwrap(try database.qualityReview(id: other))
        XCTAssertEqual(settled.settler, me)
        XCTAssertEqual(try database.qualityScores(from: utc("2026-10-01T00:00:00Z"), to: utc("2027-01-01T00:00:00Z")), ["ana": 80])
        XCTAssertTrue(try frontline.run("qa", "list", "--state", "settled").contains("settled"))
    }

    func testAnAgentMayNotDrawASample() throws {
        let database = try AppDatabase.open(path: frontline.databasePath)
        _ = try october(database)
        _ = try database.updateAgent(named: me, AgentChange(role: .agent), by: nil, at: Date())
        let refused = try ProcessResult.frontline(["qa", "sample", "--db", frontline.databasePath])
        XCTAssertEqual(refused.status, 65, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("draw quality samples"), refused.stderr)
        XCTAssertEqual(refused.stderr.split(separator: "\n").count, 1)
    }

    func testASampleNeedsOnePeriodAndAShareThatMakesSense() throws {
        for (arguments, text) in [(["--period", "month", "--from", "2026-10-01"], "give --period or --from/--to, not both"),
                                  (["--from", "2026-10-02", "--to", "2026-10-01"], "--from must be before --to"),
                                  (["--period", "year"], "year")] {
            let result = try ProcessResult.frontline(["qa", "sample"] + arguments + ["--db", frontline.databasePath])
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(text), result.stderr)
        }
        let zero = try ProcessResult.frontline(["qa", "sample", "--percent", "0", "--db", frontline.databasePath])
        XCTAssertEqual(zero.status, 64, zero.stderr)
        let empty = try frontline.run("qa", "sample", "--period", "week", "--previous", "--seed", "3")
        XCTAssertTrue(empty.hasPrefix("0 reviews queued, 0 re-calls; period ") && empty.hasSuffix("; seed 3\n"), empty)
        XCTAssertEqual(try frontline.run("qa", "list"), "no quality reviews\n")
    }

    func testTheSurveyRulesAreShownWithTheirLinesAndAWrappedUpCallIsSurveyed() throws {
        let config = folder.appendingPathComponent("config.toml").path
        XCTAssertTrue(try ProcessResult.frontline(["sla"]).stdout.contains("Satisfaction surveys  off"))
        try "[satisfaction]\nenabled = true\nchannels = [\"phone\"]\ndelay = \"30m\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let shown = try ProcessResult.frontline(["sla", "--config", config])
        XCTAssertTrue(shown.stdout.contains("Satisfaction surveys  on: a survey is due 30m after a contact ends on phone"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("(\(config):2; channels \(config):3; delay \(config):4)"), shown.stdout)
        try "[satisfaction]\ndelay = \"8d\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let bad = try ProcessResult.frontline(["sla", "--config", config])
        XCTAssertEqual(bad.status, 65)
        XCTAssertEqual(bad.stderr, "frontline: \(config):2: delay must be a duration of at most 7d, such as \"1h\", or 0 for at once\n")

        // The console's wrap-up with that policy: the call's survey is due 30 minutes later, as a call-back too.
        let database = try AppDatabase.open(path: frontline.databasePath)
        try database.addAgent(Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0)))
        var policy = SLAPolicy.standard
        policy.satisfaction = SatisfactionRules(enabled: true, channels: [.phone], delay: 1800)
        let end = Date().addingTimeInterval(-3600)
        let call = try database.enqueue(channel: .phone, from: "+86 130 3000 9999", name: "李静", text: nil, at: end.addingTimeInterval(-300))
        _ = try database.take(contactId: call.id!, agent: "ana", policy: policy, at: end.addingTimeInterval(-200))
        _ = try database.wrapUp(contactId: call.id!, agent: "ana", rules: .standard, entry: nil, answer: nil, policy: policy, at: end)
        let due = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run("csat", "request", "--json").utf8)) as? [[String: Any]])
        XCTAssertEqual(due.count, 1)
        XCTAssertEqual(due.first?["contact_id"] as? Int64, call.id)
        XCTAssertEqual(due.first?["customer"] as? String, "李静")
        let callback = try XCTUnwrap(due.first?["callback_contact_id"] as? Int64)
        XCTAssertTrue(try frontline.run("followup", "list", "--due").contains("satisfaction"), "the survey call is listed with the follow-ups")
        XCTAssertEqual(try frontline.run("csat", "request", "--sent", String(call.id!)), "contact \(call.id!): survey sent\n")
        XCTAssertEqual(try frontline.run("csat", "request"), "no satisfaction surveys due\n")
        XCTAssertNotNil(try database.contact(id: callback))
    }

    func testScorecardFilesAreCheckedWithTheirMistakesByLine() throws {
        let shipped = try ProcessResult.frontline(["qa", "check"])
        XCTAssertEqual(shipped.status, 0, shipped.stderr)
        XCTAssertTrue(shipped.stdout.contains("the built-in card is in effect") && shipped.stdout.contains("no-forbidden-wording"), shipped.stdout)
        let path = folder.appendingPathComponent("quality.toml").path
        try ProcessResult.frontline(["qa", "check", "--export"]).stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let good = try ProcessResult.frontline(["qa", "check", path])
        XCTAssertTrue(good.stdout.contains("\(path): ok, 6 criteria, 100 points"), good.stdout + good.stderr)
        try "[[criterion]]\nid = \"greeting\"\ntitle = \"Hi\"\npoints = 500\n".write(toFile: path, atomically: true, encoding: .utf8)
        let bad = try ProcessResult.frontline(["qa", "check", path])
        XCTAssertEqual(bad.status, 65)
        XCTAssertEqual(bad.stderr, "frontline: \(path):4: points must be a whole number from 1 to 100\n")
        let missing = try ProcessResult.frontline(["qa", "check", path + ".nope"])
        XCTAssertEqual(missing.status, 64, missing.stderr)
    }

    func testSatisfactionAnswersAreRefusedInOneLineOrCounted() throws {
        let database = try AppDatabase.open(path: frontline.databasePath)
        let ids = try october(database)
        for (arguments, status) in [(["x"], 64), (["6"], 64), (["0"], 64), (["4.5"], 64)] as [([String], Int32)] {
            let result = try ProcessResult.frontline(["csat", "record", String(ids[0])] + arguments + ["--db", frontline.databasePath])
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("SCORE must be a whole number from 1 to 5"), result.stderr)
        }
        let unknown = try ProcessResult.frontline(["csat", "record", "999999", "5", "--db", frontline.databasePath])
        XCTAssertEqual(unknown.status, 65, unknown.stderr)
        XCTAssertEqual(unknown.stderr.split(separator: "\n").count, 1, unknown.stderr)
        XCTAssertTrue(try frontline.run("csat", "stats").contains("no answers"), "nothing was written")

        try frontline.run("csat", "record", String(ids[0]), "5", "--comment", "很满意")
        try frontline.run("csat", "record", String(ids[1]), "4")
        try frontline.run("csat", "record", String(ids[12]), "2", "--comment", "\u{1B}]0;title\u{07}等太久")
        let text = try frontline.run("csat", "stats")
        XCTAssertTrue(text.contains("CSAT 66.7% (2 of 3 answers 4-5), average 3.67"), text)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run("csat", "stats", "--format", "json").utf8)) as? [String: Any])
        let agents = try XCTUnwrap(json["by_agent"] as? [String: [String: Any]])
        XCTAssertEqual(agents["ana"]?["csat_percent"] as? Double, 100)
        XCTAssertEqual(agents["bo"]?["answers"] as? Int, 1)
        XCTAssertEqual((json["by_code"] as? [String: [String: Any]])?["payment"]?["answers"] as? Int, 3)
        XCTAssertEqual((json["by_channel"] as? [String: [String: Any]])?["phone"]?["csat_percent"] as? Double, 0)

        let customer = try XCTUnwrap(try database.contact(id: ids[0])?.customerId)
        XCTAssertTrue(try frontline.run("csat", "opt-out", String(customer)).contains("no satisfaction surveys"))
        let noCustomer = try ProcessResult.frontline(["csat", "opt-out", "nobody", "--db", frontline.databasePath])
        XCTAssertEqual(noCustomer.status, 64, noCustomer.stderr)
        XCTAssertEqual(try frontline.run("csat", "request"), "no satisfaction surveys due\n")
    }
}
