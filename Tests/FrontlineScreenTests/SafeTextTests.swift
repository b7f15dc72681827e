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
        for text in ["中文", "한국어", "王小明 <wang@example.com>", "Zoë 😀 ❤", "e\u{301}", ""] {
            XCTAssertEqual(SafeText.visible(text), text)
        }
    }

    func testNoControlCharacterSurvives() {
        let all = String(String.UnicodeScalarView((0..<0xA0).compactMap(Unicode.Scalar.init)))
        let safe = SafeText.visible(all)
        XCTAssertFalse(safe.unicodeScalars.contains(where: SafeText.needsEscaping))
    }
}

final class SafeOutputTests: XCTestCase {
    func testCommandOutputKeepsItsOwnLineBreaksOnly() {
        XCTAssertEqual(SafeText.output("a\u{1b}]0;x\u{07}\nb\r\nc\rd\n"), "a^[]0;x^G\nb\r\nc⏎d\n")
        XCTAssertEqual(SafeText.output("\u{9b}2J \u{202E}x"), "<U+009B>2J <U+202E>x")
        XCTAssertEqual(SafeText.output("plain\n"), "plain\n")
    }

    func testJSONEscapesC1AndBidiAndStaysValid() throws {
        let json = "{\n  \"name\" : \"a\u{9b}b\u{202E}c\u{2066}\u{7f}\"\n}"
        let escaped = SafeText.json(json)
        XCTAssertEqual(escaped, "{\n  \"name\" : \"a\\u009bb\\u202ec\\u2066\\u007f\"\n}")
        let decoded = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        XCTAssertEqual(decoded?["name"], "a\u{9b}b\u{202E}c\u{2066}\u{7f}")
    }
}
