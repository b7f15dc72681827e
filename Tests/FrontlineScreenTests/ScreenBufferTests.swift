import XCTest
@testable import FrontlineScreen

final class ScreenBufferTests: XCTestCase {
    func testCJKNamesKeepBoxBordersStraight() {
        var buffer = ScreenBuffer(width: 20, height: 5)
        let box = Rect(x: 0, y: 0, width: 20, height: 5)
        buffer.drawBox(box, title: "客户 Customer", role: .border, titleRole: .title)
        let inner = box.inset(by: 1)
        buffer.write("王小明王小明王小明王小明", x: inner.x, y: inner.y, maxWidth: inner.width)
        buffer.write("김민준김민준김민준김민준", x: inner.x, y: inner.y + 1, maxWidth: inner.width - 1)
        buffer.write("Wang 小明 (VIP) long", x: inner.x, y: inner.y + 2, maxWidth: inner.width)

        XCTAssertEqual(buffer.lines(), [
            "┌ 客户 Customer ───┐",
            "│王小明王小明王小… │",
            "│김민준김민준김민… │",
            "│Wang 小明 (VIP) l…│",
            "└──────────────────┘",
        ])
        for line in buffer.lines() { XCTAssertEqual(DisplayWidth.of(line), 20, line) }
        XCTAssertEqual(buffer[0, 0].role, .border)
        XCTAssertEqual(buffer[2, 0].role, .title)
        XCTAssertTrue(buffer[2, 1].isContinuation)
    }

    func testLongTitleIsTruncatedByDisplayWidth() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        buffer.drawBox(buffer.bounds, title: "王小明的投诉单", role: .border, titleRole: .titleFocused)
        XCTAssertEqual(buffer.lines()[0], "┌ 王小明… ─┐")
        XCTAssertEqual(DisplayWidth.of(buffer.lines()[0]), 12)
    }

    func testTextThatDoesNotFitEndsInAnEllipsisAndAWideCharacterNeverStraddlesTheLimit() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.fill(buffer.bounds, role: .normal)
        let used = buffer.write("中文字", x: 0, y: 0, maxWidth: 5, role: .input)
        XCTAssertEqual(used, 5)
        XCTAssertEqual(buffer.lines(), ["中文… "])
        XCTAssertEqual(buffer[4, 0], Cell(text: "…", role: .input))
        XCTAssertEqual(buffer[5, 0], Cell.blank)

        var edge = ScreenBuffer(width: 5, height: 1)
        XCTAssertEqual(edge.write("ab中文", x: 0, y: 0), 5)
        XCTAssertEqual(edge.lines(), ["ab中…"])

        var wide = ScreenBuffer(width: 4, height: 1)
        XCTAssertEqual(wide.write("中文字", x: 0, y: 0), 4, "中 and the ellipsis take 3 columns; the fourth is painted blank")
        XCTAssertEqual(wide.lines(), ["中… "])
    }

    func testOnlyTrailingSpacesAreDroppedWithoutAnEllipsis() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("send    ", x: 0, y: 0)
        XCTAssertEqual(buffer.lines(), ["send  "])
        buffer.write("abc def", x: 0, y: 0, maxWidth: 5)
        XCTAssertEqual(buffer.lines(), ["abc … "], "cut inside the text: the ellipsis says so")
    }

    func testWriteNeverPassesTheBufferEdge() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        XCTAssertEqual(buffer.write("abcdef", x: 2, y: 1), 2)
        XCTAssertEqual(buffer.write("zz", x: 0, y: 5), 0)
        XCTAssertEqual(buffer.write("中x", x: -1, y: 0), 3, "columns advanced from x, including the clipped one")
        XCTAssertEqual(buffer.lines(), [" x  ", "  a…"])
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("a", x: 1, y: 0)                   // right half of 中
        XCTAssertEqual(buffer.lines(), [" a文  "])
        XCTAssertFalse(buffer[0, 0].isContinuation)
        buffer.write("b", x: 2, y: 0)                   // left half of 文
        XCTAssertEqual(buffer.lines(), [" ab   "])
        XCTAssertFalse(buffer[3, 0].isContinuation)

        buffer.write("한국", x: 0, y: 0)
        buffer.write("語", x: 1, y: 0)                  // straddles both
        XCTAssertEqual(buffer.lines(), [" 語   "])
        XCTAssertEqual(buffer.lines().map(DisplayWidth.of), [6])
    }

    func testSubscriptKeepsWideCharactersWhole() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer[3, 0] = Cell(text: "x")
        XCTAssertEqual(buffer.lines(), ["中 x"])
        XCTAssertEqual(buffer[9, 9], .blank, "out of range reads are blank")
        buffer[9, 9] = Cell(text: "y")                   // ignored, no crash
    }

    func testEscapeSequencesNeverReachACell() {
        var buffer = ScreenBuffer(width: 30, height: 2)
        buffer.write("hi\u{1b}[2J\u{1b}]0;x\u{07}\u{202E}", x: 0, y: 0)
        buffer.drawBox(Rect(x: 0, y: 1, width: 30, height: 2), title: "\u{1b}[31mred", role: .border, titleRole: .title)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                XCTAssertFalse(buffer[x, y].text.unicodeScalars.contains(where: SafeText.needsEscaping), "cell \(x),\(y)")
            }
        }
        XCTAssertTrue(buffer.lines()[0].hasPrefix("hi^[[2J^[]0;x^G<U+202E>"))
    }

    func testFillAndSetRole() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        buffer.write("中文ab", x: 0, y: 0)
        buffer.setRole(.selection, in: Rect(x: 0, y: 0, width: 6, height: 1))
        XCTAssertEqual(buffer.lines()[0], "中文ab")
        XCTAssertEqual(buffer.roleString(row: 0, legend: [.selection: "S"]), "SSSSSS")
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 5), role: .muted)
        XCTAssertEqual(buffer.lines(), ["    ab", "      "])
        XCTAssertEqual(buffer.roleString(row: 1, legend: [.muted: "m"]), ".mm...")
    }

    func testCursorAndEquality() {
        var a = ScreenBuffer(width: 3, height: 1)
        var b = a
        XCTAssertNil(a.cursor)
        a.cursor = (x: 1, y: 0)
        XCTAssertEqual(a.cursor?.x, 1)
        XCTAssertNotEqual(a, b)
        b.cursorPosition = Point(x: 1, y: 0)
        XCTAssertEqual(a, b)
        a.write("x", x: 0, y: 0)
        XCTAssertNotEqual(a, b)
    }

    func testBlitComposesOverlays() {
        var base = ScreenBuffer(width: 6, height: 2)
        base.write("abcdef", x: 0, y: 0)
        var overlay = ScreenBuffer(width: 3, height: 1)
        overlay.write("中x", x: 0, y: 0, role: .overlay)
        base.blit(overlay, x: 4, y: 0)
        XCTAssertEqual(base.lines()[0], "abcd中")
        base.blit(overlay, x: 5, y: 1)
        XCTAssertEqual(base.lines()[1], "      ", "a wide char cut by the edge is not half drawn")
    }

    // MARK: Fast paths give the cells the general path gives

    /// A buffer with wide characters strewn over it, so overwriting halves of them is exercised.
    private func strewn(_ width: Int, _ height: Int, _ rng: inout SeededRandom) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        for _ in 0..<(width * height / 4) {
            buffer.writeGraphemes(["中", "한", "a", "─"].randomElement(using: &rng)!, x: Int.random(in: 0..<width, using: &rng),
                                  y: Int.random(in: 0..<height, using: &rng), end: width, role: .muted)
        }
        return buffer
    }

    func testPrintableASCIIIsWrittenAsTheGeneralPathWritesIt() {
        var rng = SeededRandom(seed: 2026)
        let letters = Array(" !~09AZaz|-.:" + "abcdefghijklmnopqrstuvwxyz")
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0...30, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
            let x = Int.random(in: -8...30, using: &rng), maxWidth = Bool.random(using: &rng) ? Int.random(in: 0...30, using: &rng) : nil
            var fast = strewn(24, 2, &rng), general = fast
            let used = fast.write(text, x: x, y: 1, maxWidth: maxWidth, role: .notice)
            let end = min(maxWidth.map { x + max(0, min($0, 24)) } ?? 24, 24)
            XCTAssertEqual(used, general.writeGraphemes(text, x: x, y: 1, end: end, role: .notice), "\(text) at \(x)")
            XCTAssertEqual(fast, general, "\(text) at \(x), max \(String(describing: maxWidth))")
        }
    }

    func testBoxesAreDrawnAsWritingTheirLinesWould() {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let rect = Rect(x: Int.random(in: -4...20, using: &rng), y: Int.random(in: -3...8, using: &rng),
                            width: Int.random(in: 2...26, using: &rng), height: Int.random(in: 2...10, using: &rng))
            var drawn = strewn(24, 8, &rng), written = drawn
            drawn.drawBox(rect, title: nil, role: .border, titleRole: .title)
            let horizontal = String(repeating: "─", count: rect.width - 2)
            written.writeGraphemes("┌" + horizontal + "┐", x: rect.x, y: rect.y, end: 24, role: .border)
            for y in (rect.y + 1)..<(rect.maxY - 1) where y >= 0 && y < 8 {
                written.writeGraphemes("│", x: rect.x, y: y, end: 24, role: .border)
                written.writeGraphemes("│", x: rect.maxX - 1, y: y, end: 24, role: .border)
            }
            written.writeGraphemes("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, end: 24, role: .border)
            XCTAssertEqual(drawn, written, "\(rect)")
        }
    }

    /// What a terminal must draw again, as the cell-by-cell rule says: a cell that differs, or a wide
    /// character's lead whose right half differs; never a continuation.
    func testChangedColumnsAreTheCellsThatDiffer() {
        var rng = SeededRandom(seed: 11)
        for _ in 0..<300 {
            let before = strewn(30, 3, &rng)
            var after = before
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                after.writeGraphemes(["中", "x", "─", "한글", "ab"].randomElement(using: &rng)!, x: Int.random(in: 0..<30, using: &rng),
                                     y: Int.random(in: 0..<3, using: &rng), end: 30,
                                     role: [.normal, .muted, .selection].randomElement(using: &rng)!)
            }
            for y in 0..<3 {
                let expected = (0..<30).filter { x in
                    !after[x, y].isContinuation && (before[x, y] != after[x, y] || before[x + 1, y] != after[x + 1, y])
                }
                XCTAssertEqual(after.changedColumns(row: y, since: before), expected)
                XCTAssertEqual(after.changedColumns(row: y, since: nil), (0..<30).filter { !after[$0, y].isContinuation })
            }
        }
    }

    func testACellRewrittenWithAnEqualLongGraphemeHasNotChanged() {
        // Longer than a small string holds: each write makes a string of its own, equal but not the same bytes.
        let long = "e" + String(repeating: "\u{301}", count: 9)
        var before = ScreenBuffer(width: 10, height: 1)
        before.write(long, x: 2, y: 0)
        var after = before
        after.write(long, x: 2, y: 0)
        XCTAssertEqual(after.changedColumns(row: 0, since: before), [])
        after.write(long, x: 4, y: 0)
        XCTAssertEqual(after.changedColumns(row: 0, since: before), [3, 4], "a cell is drawn again when its right neighbour changed")
    }
}

/// SplitMix64, for seeded random cases (FrontlineCore's is out of this target's reach).
private struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
