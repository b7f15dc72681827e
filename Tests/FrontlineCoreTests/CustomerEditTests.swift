import Foundation
import XCTest
@testable import FrontlineCore

/// The customer file's values go through one rule each, whether typed in the console or given to
/// `frontline customers edit`; do-not-disturb hours may run past midnight.
final class CustomerEditTests: XCTestCase {
    private let wang = Customer(id: 1, name: "王芳", phones: ["+86 130 0000 0042"], createdAt: Date(timeIntervalSince1970: 0))

    func testQuietHoursReadAndHoldAcrossMidnight() {
        let night = QuietHours("21:00-09:00")
        XCTAssertEqual(night, QuietHours(start: 21 * 60, end: 9 * 60))
        XCTAssertEqual(night?.contains(minuteOfDay: 23 * 60), true)
        XCTAssertEqual(night?.contains(minuteOfDay: 8 * 60 + 59), true)
        XCTAssertEqual(night?.contains(minuteOfDay: 9 * 60), false, "the end is not inside")
        XCTAssertEqual(night?.contains(minuteOfDay: 12 * 60), false)
        XCTAssertEqual(QuietHours("12:00-13:30")?.contains(minuteOfDay: 12 * 60 + 15), true)
        for bad in ["25:00-08:00", "9-10", "09:00-09:00", "09:00", "09:0-10:00", "０９:００-１０:００", "21:00-09:00-10:00"] {
            XCTAssertNil(QuietHours(bad), bad)
        }
        XCTAssertEqual(QuietHours.parseList("21:00-09:00, 12:00-13:30")?.count, 2)
        XCTAssertEqual(QuietHours.parseList(""), [])
        XCTAssertNil(QuietHours.parseList("21:00-09:00, lunch"))
        XCTAssertEqual(QuietHours.list(QuietHours.parseList("9:05-10:00")!), "09:05-10:00")
    }

    func testEachValueHasItsRuleAndARefusalNamesItsField() throws {
        let cases: [(CustomerEdit, CustomerField)] = [
            (.set(.name, "  "), .name), (.set(.email, "wang@"), .email), (.addPhone("call me"), .phones),
            (.set(.phones, "+86 130, abc"), .phones), (.set(.language, "fr"), .language), (.set(.member, "maybe"), .member),
            (.set(.card, "VIP 1"), .card), (.set(.type, "vip"), .type), (.set(.doNotDisturb, "night"), .doNotDisturb),
            (.addNote(""), .notes), (.set(.postalAddress, "line\u{1B}[2J"), .postalAddress), (.removePhone("+1 555 0100"), .phones),
            (.set(.formOfAddress, String(repeating: "x", count: 65)), .formOfAddress),
        ]
        for (edit, field) in cases {
            XCTAssertThrowsError(try wang.applying([edit]), "\(edit)") { error in
                XCTAssertEqual((error as? CustomerValueProblem)?.field, field, "\(edit)")
                XCTAssertFalse((error as? CustomerValueProblem)?.description.contains("\n") ?? true)
            }
        }
    }

    func testEditsApplyInOrderAndReportOneChangePerField() throws {
        let (edited, changes) = try wang.applying([
            .addPhone("+86 131 0000 0001"), .addPhone("+8613100000001"), .removePhone("+86 130-0000-0042"),
            .set(.language, "zh"), .set(.member, "y"), .set(.type, "Potential"), .addNote("call after 2pm"), .addNote("has a dog"),
            .set(.email, ""),
        ])
        XCTAssertEqual(edited.phones, ["+86 131 0000 0001"], "the same number twice is one phone; removing matches the digits")
        XCTAssertEqual(edited.language, .zhHans)
        XCTAssertTrue(edited.isMember)
        XCTAssertEqual(edited.type, .potential)
        XCTAssertEqual(edited.notes, "call after 2pm\nhas a dog")
        XCTAssertEqual(changes.map(\.field), [.phones, .language, .member, .type, .notes], "e-mail was empty and stays empty: no change")
        XCTAssertEqual(changes.first?.before, "+86 130 0000 0042")
        XCTAssertEqual(try wang.applying([.set(.name, "王芳")]).changes, [], "the same value is no change")
    }

    func testAMergeKeepsTheKeptValuesAndFillsWhatTheyLack() {
        var other = Customer(id: 2, name: "Wang Fang", formOfAddress: "Ms Wang", phones: ["+8613000000042", "+86 139 0000 0007"],
                             email: "fang@example.com", isMember: true, memberCard: "VIP-7",
                             doNotDisturb: [QuietHours(start: 0, end: 60)], notes: "has a dog", createdAt: Date(timeIntervalSince1970: 0))
        var kept = wang
        kept.notes = "prefers mornings"
        let merged = kept.merging(other)
        XCTAssertEqual(merged.name, "王芳")
        XCTAssertEqual(merged.phones, ["+86 130 0000 0042", "+86 139 0000 0007"])
        XCTAssertEqual(merged.email, "fang@example.com")
        XCTAssertEqual(merged.formOfAddress, "Ms Wang")
        XCTAssertTrue(merged.isMember)
        XCTAssertEqual(merged.notes, "prefers mornings\nhas a dog")
        other.email = "other@example.com"
        kept.email = "wang@example.com"
        XCTAssertEqual(kept.merging(other).email, "wang@example.com", "the kept file's value wins")
    }
}
