import Foundation
import FrontlineStore
import XCTest

/// Ordinary mistakes are refused where they enter, in one line that says what to give instead.
final class RefusedValuesTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    private func result(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.frontline(arguments + ["--db", frontline.databasePath])
    }

    private func assertRefused(_ arguments: [String], status: Int32 = 65, saying words: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try result(arguments)
        XCTAssertEqual(result.status, status, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(words), result.stderr, file: file, line: line)
    }

    func testAnArrivalInTheFutureIsRefused() throws {
        try assertRefused(["enqueue", "--channel", "phone", "--from", "+86 130 0000 0001", "--at", "2030-01-01T00:00:00Z"],
                          saying: "in the future")
        let soon = ISO8601DateFormatter().string(from: Date().addingTimeInterval(20))
        XCTAssertEqual(try result(["enqueue", "--channel", "phone", "--from", "+86 130 0000 0001", "--at", soon]).status, 0,
                       "a few seconds ahead is a clock difference, not a mistake")
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).counts().contacts, 1)
    }

    func testAddressesAndTextsOfTheWrongFormAreRefused() throws {
        try assertRefused(["enqueue", "--channel", "email", "--from", "not-an-email", "--text", "hi"], saying: "not an e-mail address")
        try assertRefused(["enqueue", "--channel", "phone", "--from", "abc"], saying: "not a phone number")
        try assertRefused(["enqueue", "--channel", "chat", "--from", "+82 10 0000 0001", "--text", "   "], saying: "--text is empty")
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).counts().contacts, 0)
    }

    func testAPlainDateIsAPeriodEnd() throws {
        let result = try result(["stats", "--from", "2026-12-01", "--to", "2026-12-02"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try assertRefused(["stats", "--from", "2026-13-01"], saying: "not a date or a time")
    }

    func testAnEmptyCustomerQueryIsAUsageError() throws {
        try assertRefused(["customers", "find", ""], status: 64, saying: "the query is empty")
    }

    func testAKoreanNumberWrittenNationallyFindsItsCustomer() throws {
        let id = try frontline.run("enqueue", "--channel", "phone", "--from", "+82 10-0000-0029", "--name", "박지민")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try frontline.run("customers", "find", "010-0000-0029")
        XCTAssertTrue(found.contains("박지민"), found)
        // A second call from the national form is the same customer, not a new one.
        _ = try frontline.run("enqueue", "--channel", "phone", "--from", "010-0000-0029")
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).counts().customers, 1, "after contact \(id)")
    }
}
