import Foundation
import XCTest

/// `--from`/`--to` is one option group: every report checks a period the same way and names
/// its own default in the help.
final class PeriodOptionsTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    func testEveryReportRefusesAnEmptyPeriodAndAMalformedTimeAlike() throws {
        for report in [["stats"], ["complaints", "stats"], ["report"], ["csat", "stats"], ["qa", "sample"]] {
            let empty = try run(report + ["--from", "2026-03-02T10:00:00Z", "--to", "2026-03-02T10:00:00Z"])
            XCTAssertEqual(empty.status, 64, "\(report) \(empty.stderr)")
            XCTAssertTrue(empty.stderr.contains("--from must be before --to; the period is [--from, --to)"), empty.stderr)
            let malformed = try run(report + ["--from", "monday", "--to", "2026-03-03"])
            XCTAssertEqual(malformed.status, 65, "\(report) \(malformed.stderr)")
            XCTAssertTrue(malformed.stderr.contains("--from 'monday' is not a date or a time"), malformed.stderr)
        }
    }

    /// A named week is the reports' ISO week (Monday to Monday) wherever it is asked for.
    func testSurveysAndReportsCountTheSameWeek() throws {
        func from(_ arguments: [String]) throws -> String? {
            let result = try run(arguments + ["--format", "json"])
            XCTAssertEqual(result.status, 0, "\(arguments) \(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return object?["from"] as? String
        }
        let survey = try XCTUnwrap(try from(["csat", "stats", "week"]))
        XCTAssertEqual(survey, try from(["report", "weekly"]))
        XCTAssertNotEqual(survey, try from(["csat", "stats", "week", "--previous"]))
    }

    func testEachReportsHelpNamesItsOwnDefaultPeriod() throws {
        // The help wraps its lines; compare the words.
        let stats = try run(["stats", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(stats.contains("Default: the start of today."), stats)
        XCTAssertTrue(stats.contains("Default: the start of tomorrow."), stats)
        let complaints = try run(["complaints", "stats", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(complaints.contains("Default: the start of this month."), complaints)
        XCTAssertTrue(complaints.contains("Default: the start of next month."), complaints)
    }

    private func run(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.frontline(arguments + ["--db", frontline.databasePath])
    }
}
