import FrontlineCore
import XCTest

/// Simplified and Traditional Chinese find each other in the phrase filter and the `/` picker.
final class ChineseVariantsTests: XCTestCase {
    func testSimplifiedFindsTraditionalAndTheOtherWayRound() {
        let book = Phrasebook.shipped
        let traditional = book.matching("谢谢", in: .zhHant)
        XCTAssertFalse(traditional.isEmpty, "谢谢 typed in the Traditional view finds 謝謝")
        XCTAssertEqual(traditional.map(\.code), book.matching("謝謝", in: .zhHant).map(\.code))
        XCTAssertEqual(book.matching("謝謝", in: .zhHans).map(\.code), book.matching("谢谢", in: .zhHans).map(\.code))
        XCTAssertTrue(PhrasePicker.rank(query: "谢谢", phrases: book.phrases, language: .zhHant).contains { $0.text(in: .zhHant).contains("謝謝") },
                      "the / picker too")
    }

    func testAPhraseWrittenInOneScriptOnlyIsFoundFromTheOther() {
        let mine = Phrasebook(phrases: [Phrase(code: "my-1", category: .personal, title: "mine", variants: [.zhHant: "請問您的訂單號碼是多少？"])])
        XCTAssertEqual(mine.matching("订单号码", in: .zhHant).map(\.code), ["my-1"], "by the table, not by a second variant")
        XCTAssertEqual(ChineseVariants.folded("謝謝您們這個時間"), "谢谢您们这个时间")
        XCTAssertEqual(ChineseVariants.folded("Thanks 김민준"), "Thanks 김민준", "other scripts untouched")
    }
}
