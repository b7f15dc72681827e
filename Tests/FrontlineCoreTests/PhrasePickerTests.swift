import XCTest
@testable import FrontlineCore

final class PhrasePickerTests: XCTestCase {
    let book = Phrasebook.shipped.phrases

    private func codes(_ query: String, _ language: Language = .en, _ phrases: [Phrase]? = nil) -> [String] {
        PhrasePicker.rank(query: query, phrases: phrases ?? book, language: language).map(\.code)
    }

    func testLettersInOrderFindTheShortcode() {
        XCTAssertEqual(codes("swt").first, "sorry-wait")
        XCTAssertEqual(codes("sorry wait").first, "sorry-wait", "spaces do not break a letters-in-order match")
        XCTAssertEqual(codes("fuds").first, "fu-dissatisfied")
    }

    func testShortcodeBeatsTitleBeatsBody() {
        let phrases = [
            Phrase(code: "later", category: .greeting, title: "Says refund in the text", variants: [.en: "Your refund is on its way."]),
            Phrase(code: "money", category: .thanks, title: "Refund sent", variants: [.en: "Thanks."]),
            Phrase(code: "refund-done", category: .farewell, title: "Done", variants: [.en: "Bye."]),
            Phrase(code: "refund", category: .farewell, title: "Exact", variants: [.en: "Bye."]),
        ]
        // Exact code, then code prefix, then title prefix, then a title containing it.
        XCTAssertEqual(codes("refund", .en, phrases), ["refund", "refund-done", "money", "later"])
        XCTAssertEqual(codes("on its way", .en, phrases), ["later"], "the body matches when nothing else does")
    }

    func testTiesKeepCategoryOrderThenBookOrder() {
        let phrases = [
            Phrase(code: "bye-a", category: .farewell, title: "x", variants: [.en: "x"]),
            Phrase(code: "bye-b", category: .greeting, title: "x", variants: [.en: "x"]),
            Phrase(code: "bye-c", category: .greeting, title: "x", variants: [.en: "x"]),
        ]
        XCTAssertEqual(codes("bye", .en, phrases), ["bye-b", "bye-c", "bye-a"])
        XCTAssertEqual(codes("", .en, phrases), ["bye-b", "bye-c", "bye-a"], "an empty query lists everything")
    }

    func testChineseAndKoreanMatchAsTyped() {
        XCTAssertEqual(codes("久等", .zhHans), ["sorry-wait", "hold-back"], "both say 让您久等了; category order")
        XCTAssertEqual(codes("久等", .zhHant), ["sorry-wait", "hold-back"], "久等 is written the same in Traditional")
        XCTAssertTrue(codes("기다려", .ko).contains("hold-longer"))
        // Scattered syllables would match almost everything; they match nothing.
        XCTAssertEqual(codes("您等", .zhHans).filter { !Phrasebook.shipped.phrase(code: $0)!.text(in: .zhHans).contains("您等") }, [])
    }

    func testBodyFollowsTheLanguageWithFallback() {
        let phrases = [Phrase(code: "x", category: .thanks, title: "x", variants: [.zhHans: "谢谢您的耐心", .en: "Thanks for waiting"])]
        XCTAssertEqual(codes("耐心", .zhHans, phrases), ["x"])
        XCTAssertEqual(codes("耐心", .zhHant, phrases), ["x"], "zh-Hant falls back to the zh-Hans text")
        XCTAssertEqual(codes("耐心", .en, phrases), [])
        XCTAssertEqual(codes("waiting", .ko, phrases), ["x"], "ko falls back to en")
    }

    func testNoMatchIsEmpty() {
        XCTAssertEqual(codes("qqqzzz"), [])
    }
}
