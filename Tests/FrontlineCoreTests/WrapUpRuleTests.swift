import Foundation
import XCTest
@testable import FrontlineCore

/// The wrap-up rule: codes the policy offers, at least one when required, a one-line summary.
final class WrapUpRuleTests: XCTestCase {
    func testTheShippedListIsTheManualsEightCategoriesAndComplaintFiled() {
        XCTAssertEqual(WrapUpPolicy.standard.codes.map(\.id), [
            "choosing-a-product", "placing-an-order", "payment", "receiving-goods", "shipping-fees", "after-sales",
            "account-and-password", "other", "complaint-filed",
        ])
        XCTAssertTrue(WrapUpPolicy.standard.codesRequired)
    }

    func testARequiredCodeMustBeGivenAndAnOptionalOneNeedNot() {
        XCTAssertEqual(WrapUpPolicy.standard.check(WrapUpEntry(summary: "asked")), .failure(.noCode))
        let optional = WrapUpPolicy(codesRequired: false)
        XCTAssertEqual(optional.check(WrapUpEntry(summary: "asked")), .success(WrapUpEntry(summary: "asked")))
    }

    func testCodesAreKeptOnceInTheOrderChosenAndUnknownOnesRefused() {
        let entry = WrapUpEntry(codes: ["payment", "complaint-filed", "payment"], outcome: .resolved, summary: "  refund sent  ")
        XCTAssertEqual(WrapUpPolicy.standard.check(entry),
                       .success(WrapUpEntry(codes: ["payment", "complaint-filed"], outcome: .resolved, summary: "refund sent")))
        XCTAssertEqual(WrapUpPolicy.standard.check(WrapUpEntry(codes: ["payment", "warranty"])), .failure(.unknownCode("warranty")))
    }

    func testTheSummaryIsOneShortLine() {
        XCTAssertEqual(WrapUpPolicy.standard.check(WrapUpEntry(codes: ["other"], summary: "one\ntwo")), .failure(.summaryNotOneLine))
        let long = String(repeating: "长", count: WrapUpEntry.longestSummary + 1)
        XCTAssertEqual(WrapUpPolicy.standard.check(WrapUpEntry(codes: ["other"], summary: long)), .failure(.summaryTooLong(201)))
        let full = String(repeating: "장", count: WrapUpEntry.longestSummary)
        XCTAssertEqual(WrapUpPolicy.standard.check(WrapUpEntry(codes: ["other"], summary: full)).map(\.summary), .success(full))
    }

    func testCodesAreFoundByNumberOrByAnyPartOfTheirName() {
        let policy = WrapUpPolicy.standard
        XCTAssertEqual(policy.matching("3") { $0.englishName }.map(\.id), ["payment"])
        XCTAssertEqual(policy.matching("10") { $0.englishName }, [], "there is no tenth code")
        XCTAssertEqual(policy.matching("PAY") { $0.englishName }.map(\.id), ["payment"])
        XCTAssertEqual(policy.matching("付款") { $0.id == "payment" ? "付款" : $0.englishName }.map(\.id), ["payment"],
                       "the name in the screen's language finds it")
        XCTAssertEqual(policy.matching("") { $0.englishName }.count, 9)
    }

    func testToggleAddsThenRemoves() {
        var entry = WrapUpEntry()
        entry.toggle("payment")
        entry.toggle("other")
        entry.toggle("payment")
        XCTAssertEqual(entry.codes, ["other"])
    }

    func testCountsListEveryCodeOfThePolicyThenRetiredOnes() {
        let at = testEpoch
        let wrapUps = [
            ContactWrapUp(contactId: 1, agent: "lin", entry: WrapUpEntry(codes: ["payment", "complaint-filed"]), at: at),
            ContactWrapUp(contactId: 2, agent: "lin", entry: WrapUpEntry(codes: ["payment"]), at: at),
            ContactWrapUp(contactId: 3, agent: "lin", entry: WrapUpEntry(codes: ["old-code"]), at: at),
        ]
        let counts = WrapUpCodeCount.counts(wrapUps, policy: .standard)
        XCTAssertEqual(counts.first { $0.code == "payment" }?.count, 2)
        XCTAssertEqual(counts.first { $0.code == "shipping-fees" }?.count, 0)
        XCTAssertEqual(counts.last, WrapUpCodeCount(code: "old-code", count: 1))
    }
}
