import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline followup list`, `contacts list --json` and `sla` for the manuals' follow-up rules:
/// a member's follow-up made and answered is listed with its answer; the rules are shown with where
/// they were set; a bad `[follow_up]` setting is refused in one line with its line number.
final class FollowUpListCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    private var configPath: String { folder.appendingPathComponent("config.toml").path }
    private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func testAMembersFollowUpIsListedDueThenDoneWithItsAnswerInTheTableAndTheJSON() throws {
        let id = try XCTUnwrap(Int64(try frontline.run(["enqueue", "--channel", "phone", "--from", "+86 130 0000 0701",
                                                        "--at", "2026-09-28T02:00:00Z"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        let database = try AppDatabase.open(path: frontline.databasePath)
        try database.addAgent(Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0)))
        let policy = SLAPolicy(calendar: .standard(in: TimeZone(identifier: "Asia/Shanghai")!))
        XCTAssertNotNil(try database.take(contactId: id, agent: "ana", policy: policy, at: utc("2026-09-28T02:01:00Z")))
        let customer = try XCTUnwrap(try database.contact(id: id)?.customerId)
        _ = try database.editCustomer(customer, edits: [.set(.member, "yes")], agent: "ana", at: utc("2026-09-28T02:01:00Z"))
        _ = try database.wrapUp(contactId: id, agent: "ana", rules: .standard, entry: WrapUpEntry(codes: ["payment"]), answer: nil,
                                policy: policy, at: utc("2026-09-28T02:05:00Z"))

        let due = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run("followup", "list", "--due", "--json").utf8))
                                as? [[String: Any]])
        XCTAssertEqual(due.count, 1)
        XCTAssertEqual(due.first?["kind"] as? String, "member")
        XCTAssertEqual(due.first?["due"] as? String, "2026-09-29T02:05:00Z", "the next working day at the same working time")
        XCTAssertTrue(due.first?["answer"] is NSNull)
        let followUp = try XCTUnwrap(due.first?["contact_id"] as? Int64)

        XCTAssertNotNil(try database.take(contactId: followUp, agent: "ana", policy: policy, at: utc("2026-09-29T02:10:00Z")))
        _ = try database.wrapUp(contactId: followUp, agent: "ana", rules: .standard,
                                entry: WrapUpEntry(codes: ["after-sales"], summary: "不太满意：送货慢"), answer: .dissatisfied,
                                policy: policy, at: utc("2026-09-29T02:15:00Z"))
        XCTAssertEqual(try frontline.run("followup", "list", "--due").trimmingCharacters(in: .whitespacesAndNewlines), "no follow-ups due")
        let table = try frontline.run("followup", "list", "--done")
        XCTAssertTrue(table.contains("dissatisfied") && table.contains("不太满意：送货慢") && table.contains("member"), table)
        let done = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run("followup", "list", "--done", "--json").utf8))
                                 as? [[String: Any]])
        XCTAssertEqual(done.first?["answer"] as? String, "dissatisfied")
        XCTAssertEqual(done.first?["note"] as? String, "不太满意：送货慢")
        XCTAssertEqual(done.first?["answered_by"] as? String, "ana")
        XCTAssertEqual(done.first?["state"] as? String, "ended")

        let contacts = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run(
            "contacts", "list", "--from", "2026-09-28T00:00:00Z", "--to", "2026-09-30T00:00:00Z", "--json").utf8)) as? [[String: Any]])
        XCTAssertEqual(contacts.map { $0["contact_id"] as? Int64 }, [id, followUp])
        XCTAssertTrue(contacts[0]["follow_up_answer"] is NSNull)
        XCTAssertEqual(contacts[1]["follow_up_answer"] as? String, "dissatisfied")

        let both = try ProcessResult.frontline(["followup", "list", "--due", "--done", "--db", frontline.databasePath])
        XCTAssertEqual(both.status, 64, both.stderr)
        XCTAssertTrue(both.stderr.contains("give --due or --done, not both"), both.stderr)
    }

    func testSlaShowsTheFollowUpRulesAndABadSettingIsRefusedWithItsLine() throws {
        try """
            [follow_up]
            complaint_follow_ups = 2
            member_delay = "2d"
            """.write(toFile: configPath, atomically: true, encoding: .utf8)
        let shown = try ProcessResult.frontline(["sla", "--config", configPath])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("Member follow-up  every member is followed up after a service (100%)"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("a follow-up call 2 working days later"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("Complaint follow-ups  2 per resolved complaint") && shown.stdout.contains(configPath + ":2"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("Follow-up script"), shown.stdout)

        try """
            [follow_up]
            complaint_follow_ups = 3
            """.write(toFile: configPath, atomically: true, encoding: .utf8)
        let bad = try ProcessResult.frontline(["sla", "--config", configPath])
        XCTAssertEqual(bad.status, 65, bad.stderr)
        XCTAssertTrue(bad.stderr.contains(configPath + ":2") && bad.stderr.contains("complaint_follow_ups must be 1 or 2"), bad.stderr)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1, bad.stderr)
    }
}
