import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline contacts`: the wrap-ups of a period as a register, counted by code; and the last
/// wrap-up of a reopened contact in `queue --json`.
final class ContactsCommandTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    private func wrappedUpChat(_ database: AppDatabase, from address: String, entry: WrapUpEntry) throws -> Int64 {
        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "chat", "--from", address, "--name", "Lee", "--text", "hello")
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertNotNil(try database.take(contactId: id, agent: "ana", policy: .standard, at: Date()))
        _ = try database.wrapUp(contactId: id, agent: "ana", rules: .standard, entry: entry, codes: .standard, at: Date())
        return id
    }

    func testStatsCountEachCodeOfThePeriodAndListShowsTheRegister() throws {
        try frontline.run("db", "init")
        let database = try AppDatabase.open(path: frontline.databasePath)
        let first = try wrappedUpChat(database, from: "a@example.com",
                                      entry: WrapUpEntry(codes: ["payment", "complaint-filed"], outcome: .needsFollowUp, summary: "double charge"))
        _ = try wrappedUpChat(database, from: "b@example.com", entry: WrapUpEntry(codes: ["payment"]))

        let stats = try frontline.result("contacts", "stats", "--by", "code", "--json")
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["wrap_ups"] as? Int, 2)
        let counts = try XCTUnwrap(object["counts"] as? [[String: Any]])
        let byCode = Dictionary(uniqueKeysWithValues: counts.map { ($0["code"] as? String ?? "", $0["count"] as? Int ?? -1) })
        XCTAssertEqual(byCode["payment"], 2)
        XCTAssertEqual(byCode["complaint-filed"], 1)
        XCTAssertEqual(byCode["shipping-fees"], 0)
        XCTAssertEqual(counts.first?["name"] as? String, "Choosing a product", "the policy's order")

        let table = try frontline.run("contacts", "stats", "--by", "code")
        XCTAssertTrue(table.contains("Wrap-ups ") && table.contains(": 2"), table)
        XCTAssertTrue(table.split(separator: "\n").contains { $0.hasPrefix("payment") && $0.hasSuffix("2") }, table)

        let tomorrow = ISO8601DateFormatter().string(from: Date().addingTimeInterval(86400))
        let empty = try frontline.run("contacts", "stats", "--from", tomorrow, "--to", ISO8601DateFormatter().string(from: Date().addingTimeInterval(2 * 86400)))
        XCTAssertTrue(empty.contains(": 0"), empty)

        let list = try frontline.result("contacts", "list", "--json")
        XCTAssertEqual(list.status, 0, list.stderr)
        let rows = try CommandLineTests.jsonRows(list.stdout)
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0]["contact_id"] as? Int64, first)
        XCTAssertEqual(rows[0]["codes"] as? [String], ["payment", "complaint-filed"])
        XCTAssertEqual(rows[0]["outcome"] as? String, "needs-follow-up")
        XCTAssertEqual(rows[0]["summary"] as? String, "double charge")
        XCTAssertTrue(rows[1]["outcome"] is NSNull, "outcome is null, not missing")
    }

    func testBadOptionsSayWhatIsAllowed() throws {
        try frontline.run("db", "init")
        let by = try frontline.result("contacts", "stats", "--by", "agent")
        XCTAssertEqual(by.status, 64, by.stderr)
        XCTAssertTrue(by.stderr.contains("code"), by.stderr)
        let from = try frontline.result("contacts", "stats", "--from", "yesterday")
        XCTAssertEqual(from.status, 65, from.stderr)
        XCTAssertEqual(from.stderr.split(separator: "\n").count, 1, from.stderr)
    }

    func testAReopenedContactShowsWhatItWasAboutInTheQueueJSON() throws {
        try frontline.run("db", "init")
        let database = try AppDatabase.open(path: frontline.databasePath)
        let id = try wrappedUpChat(database, from: "c@example.com", entry: WrapUpEntry(codes: ["after-sales"], outcome: .resolved))
        try frontline.run("say", "--contact", String(id), "it broke again")
        let rows = try CommandLineTests.jsonRows(try frontline.run("queue", "--json"))
        let last = try XCTUnwrap(rows.first?["last_wrap_up"] as? [String: Any])
        XCTAssertEqual(last["codes"] as? [String], ["after-sales"])
        XCTAssertEqual(last["outcome"] as? String, "resolved")
        XCTAssertEqual(last["agent"] as? String, "ana")
    }
}
