import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline followup book` as an agent's script runs it: a time at rest or off hours is refused
/// in one line with the next time that may be booked; an agreed time books the call-back.
final class FollowUpBookCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    private var configPath: String { folder.appendingPathComponent("config.toml").path }

    func testBookingRefusesRestAndOffHoursWithTheNextTimeAndBooksAnAgreedOne() throws {
        try """
            [calendar]
            time_zone = "Asia/Shanghai"

            [calendar.hours]
            mon = ["09:00-12:00", "13:00-18:00"]
            tue = ["09:00-12:00", "13:00-18:00"]
            wed = ["09:00-12:00", "13:00-18:00"]
            thu = ["09:00-12:00", "13:00-18:00"]
            fri = ["09:00-12:00", "13:00-18:00"]
            """.write(toFile: configPath, atomically: true, encoding: .utf8)
        let id = try XCTUnwrap(Int64(try frontline.run(["enqueue", "--channel", "phone", "--from", "+86 130 0000 0601",
                                                        "--at", "2026-09-28T10:00+08:00"]).trimmingCharacters(in: .whitespacesAndNewlines)))
        let database = try AppDatabase.open(path: frontline.databasePath)
        try database.addAgent(Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0)))
        let taken = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-09-28T02:01:00Z"))
        XCTAssertNotNil(try database.take(contactId: id, agent: "ana", policy: .standard, at: taken))
        let customer = try XCTUnwrap(try database.contact(id: id)?.customerId)
        try database.editCustomer(customer, edits: [.set(.doNotDisturb, "00:00-10:30")], agent: "ana", at: taken)

        func book(_ time: String, _ extra: String...) throws -> ProcessResult {
            try ProcessResult.frontline(["followup", "book", "--contact", String(id), "--agent", "ana", "--at", time,
                                  "--now", "2026-09-28T10:05+08:00", "--config", configPath, "--db", frontline.databasePath] + extra)
        }
        let saturday = try book("2026-10-10T15:00+08:00")
        XCTAssertEqual(saturday.status, 65, saturday.stderr)
        XCTAssertTrue(saturday.stderr.contains("outside working hours") && saturday.stderr.contains("2026-10-12T10:30+08:00"),
                      "Monday after the customer's rest: \(saturday.stderr)")
        XCTAssertEqual(saturday.stderr.split(separator: "\n").count, 1, saturday.stderr)
        let resting = try book("2026-10-09T09:30+08:00")
        XCTAssertEqual(resting.status, 65, resting.stderr)
        XCTAssertTrue(resting.stderr.contains("not to be disturbed") && resting.stderr.contains("2026-10-09T10:30+08:00"), resting.stderr)
        XCTAssertEqual(try book("soon").status, 65)
        XCTAssertEqual(try ProcessResult.frontline(["followup", "book", "--contact", String(id), "--agent", "ana", "--db", frontline.databasePath]).status, 64, "--at is required")

        let booked = try book("2026-10-09T15:00+08:00", "--note", "new battery fitted by then")
        XCTAssertEqual(booked.status, 0, booked.stderr)
        let callbackId = try XCTUnwrap(Int64(booked.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let callback = try XCTUnwrap(try database.contact(id: callbackId))
        XCTAssertEqual(callback.purpose, .agreedFollowUp)
        XCTAssertEqual(callback.queuedAt, ISO8601DateFormatter().date(from: "2026-10-09T07:00:00Z"))
        XCTAssertEqual(try database.notes(contactId: callbackId).map(\.text), ["new battery fitted by then"])
    }
}
