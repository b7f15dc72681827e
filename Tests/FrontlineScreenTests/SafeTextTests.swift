import XCTest
@testable import FrontlineScreen

final class SafeTextTests: XCTestCase {
    func testEscapeSequencesBecomeVisible() {
        XCTAssertEqual(SafeText.visible("a\u{1b}[2Jb"), "a^[[2Jb")
        XCTAssertEqual(SafeText.visible("\u{1b}]0;pwned\u{07}"), "^[]0;pwned^G")
        XCTAssertEqual(SafeText.visible("x\u{7f}"), "x^?")
        XCTAssertEqual(SafeText.visible("\u{0}"), "^@")
        XCTAssertEqual(SafeText.visible("\u{9b}31m"), "<U+009B>31m", "C1 CSI")
    }

    func testBidiOverridesBecomeVisible() {
        XCTAssertEqual(SafeText.visible("refund \u{202E}01\u{202C}"), "refund <U+202E>01<U+202C>")
        XCTAssertEqual(SafeText.visible("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>")
    }

    func testNewlinesAndTabs() {
        XCTAssertEqual(SafeText.visible("a\tb"), "a b")
        XCTAssertEqual(SafeText.visible("line1\nline2"), "line1⏎line2")
        XCTAssertEqual(SafeText.visible("line1\r\nline2"), "line1⏎line2")
    }

    func testOrdinaryTextIsUntouched() {
        for text in ["中文", "한국어", "王小明 <wang@example.com>", "Zoë 😀 ❤️", "e\u{301}", ""] {
            XCTAssertEqual(SafeText.visible(text), text)
        }
    }

    func testNoControlCharacterSurvives() {
        let all = String(String.UnicodeScalarView((0..<0xA0).compactMap(Unicode.Scalar.init)))
        let safe = SafeText.visible(all)
        XCTAssertFalse(safe.unicodeScalars.contains(where: SafeText.needsEscaping))
    }
}
