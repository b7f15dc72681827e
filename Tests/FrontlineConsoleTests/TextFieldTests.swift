import FrontlineScreen
import XCTest
@testable import FrontlineConsole

final class TextFieldTests: XCTestCase {
    func testHangulSyllablesAndEmojiDeleteAsOne() {
        var field = TextField("안녕하세요👍🏽")
        field.backspace()
        XCTAssertEqual(field.text, "안녕하세요", "an emoji with a skin-tone modifier is one grapheme")
        field.moveLeft()
        field.backspace()
        XCTAssertEqual(field.text, "안녕하요")
        field.moveHome()
        field.deleteForward()
        XCTAssertEqual(field.text, "녕하요")
    }

    func testCursorColumnCountsWideCharactersAsTwo() {
        var field = TextField("您好ab")
        field.moveLeft()
        XCTAssertEqual(field.visibleSlice(width: 20).cursorColumn, 5)
        field.moveHome()
        field.moveRight()
        XCTAssertEqual(field.visibleSlice(width: 20).cursorColumn, 2)
    }

    func testLongTextScrollsToKeepTheCursorInView() {
        let field = TextField("一二三四五六七八九十")
        let slice = field.visibleSlice(width: 9)
        XCTAssertEqual(slice.text, "七八九十")
        XCTAssertEqual(slice.cursorColumn, 8)
        XCTAssertLessThanOrEqual(DisplayWidth.of(slice.text) + 1, 9)
    }

    func testCtrlWDeletesTheWordBeforeTheCursor() {
        var field = TextField("hello dear customer  ")
        XCTAssertTrue(field.handle(.ctrl("w")))
        XCTAssertEqual(field.text, "hello dear ")
        field.deleteWordBackward()
        XCTAssertEqual(field.text, "hello ")
    }

    func testPasteOfSeveralLinesBecomesOneLine() {
        var field = TextField()
        field.insert("第一行\n第二行\r\nthird")
        XCTAssertEqual(field.text, "第一行 第二行 third")
    }

    /// A lone 。 on a line of its own (seen in the customer file): closing punctuation never starts a line.
    func testNoLineStartsWithClosingPunctuation() {
        XCTAssertEqual(TextWrap.lines("你好你好。", width: 8), ["你好你", "好。"])
        for width in 4...20 {   // below 4 columns a character and its mark cannot share a line
            for line in TextWrap.lines("我的快递丢了，请帮我查一下。谢谢！「好的」", width: width) {
                XCTAssertFalse(line.first.map(TextWrap.closing.contains) ?? false, "width \(width): \(line)")
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width)
            }
        }
    }

    func testWrapBreaksChineseAnywhereAndEnglishAtSpaces() {
        XCTAssertEqual(TextWrap.lines("您好您好您好", width: 5), ["您好", "您好", "您好"])
        XCTAssertEqual(TextWrap.lines("the parcel is late", width: 10), ["the parcel", "is late"])
        for line in TextWrap.lines("배송이 늦어져서 정말 죄송합니다 고객님", width: 9) {
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 9)
        }
    }
}
