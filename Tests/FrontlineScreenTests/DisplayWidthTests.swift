import XCTest
@testable import FrontlineScreen

final class DisplayWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
        XCTAssertEqual(DisplayWidth.of(""), 0)
        XCTAssertEqual(DisplayWidth.of(Character("a")), 1)
    }

    func testChineseAndKoreanAreTwoColumnsEach() {
        XCTAssertEqual(DisplayWidth.of("中文"), 4)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("王小明"), 6)
        XCTAssertEqual(DisplayWidth.of("、。「」"), 8)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "fullwidth forms")
        XCTAssertEqual(DisplayWidth.of("カタカナ"), 8)
    }

    func testMixed() {
        XCTAssertEqual(DisplayWidth.of("Order #42 王小明 김민준"), 10 + 6 + 1 + 6)
    }

    func testDecomposedHangulIsOneSyllable() {
        // ᄒ + ᅡ + ᆫ: a leading consonant (wide) with vowel and final that join it.
        XCTAssertEqual(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}"), 2)
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "the skin tone modifier is not drawn (terminals disagree on it)")
        XCTAssertEqual(DisplayWidth.of("❤️"), 1, "VS16 is not drawn (terminals disagree on it): ❤ is one column")
        XCTAssertEqual(DisplayWidth.of("❤"), 1)
        XCTAssertEqual(DisplayWidth.of("🇯🇵"), 2, "a flag is drawn as its letters, JP")
    }

    func testCombiningMarksTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of("Zoe\u{308}"), 3)
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero width space")
    }

    func testTruncateNeverSplitsAWideCharacter() {
        XCTAssertEqual(DisplayWidth.truncate("王小明", to: 5), "王小…")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.truncate("王小明", to: 5)), 5)
        XCTAssertEqual(DisplayWidth.truncate("王小明", to: 4), "王…")
        XCTAssertEqual(DisplayWidth.truncate("王小明", to: 6), "王小明")
        XCTAssertEqual(DisplayWidth.truncate("王小明", to: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("王小明", to: 0), "")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4), "abc…")
        XCTAssertEqual(DisplayWidth.truncate("abcdef", to: 4, ellipsis: ""), "abcd")
        XCTAssertEqual(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2), "e\u{301}…")
        for width in 0...12 {
            for text in ["王小明 Wang", "김민준 님", "a中b文c", "😀😀x"] {
                XCTAssertLessThanOrEqual(DisplayWidth.of(DisplayWidth.truncate(text, to: width)), width, "\(text) to \(width)")
            }
        }
    }

    func testPad() {
        XCTAssertEqual(DisplayWidth.pad("王小明", to: 8), "王小明  ")
        XCTAssertEqual(DisplayWidth.pad("王小明", to: 5), "王小…")
        XCTAssertEqual(DisplayWidth.padLeft("42", to: 5), "   42")
        XCTAssertEqual(DisplayWidth.padLeft("中", to: 3), " 中")
        XCTAssertEqual(DisplayWidth.center("ab", in: 5), " ab  ")
        for width in 0...9 {
            XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("한국어 text", to: width)), width)
            XCTAssertEqual(DisplayWidth.of(DisplayWidth.padLeft("한국어 text", to: width)), width)
        }
    }

    func testPrintableASCIIIsOneColumnPerByteAndControlsAsDrawn() {
        XCTAssertEqual(DisplayWidth.of("Alice 12:34 -0:02"), 17)
        XCTAssertEqual(DisplayWidth.of("a\u{7}b\tc"), DisplayWidth.of(SafeText.visible("a\u{7}b\tc")),
                       "controls leave the fast path and are measured as drawn (BEL as ^G, tab as a space)")
        XCTAssertEqual(DisplayWidth.of("a\u{7}b\tc"), 6)
        var buffer = ScreenBuffer(width: 20, height: 1)
        XCTAssertEqual(buffer.write("a\u{7}b\tc", x: 0, y: 0), 6, "the screen buffer writes them as wide as they are measured")
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }
}
