@testable import FrontlineScreen
import XCTest

/// The pieces `write` draws are remembered per text; remembered or not, they must be the same.
final class DrawnTextTests: XCTestCase {
    private let corpus = ["陈晓华", "김민준", "Alexandra Montgomery-Smith", "王\u{1b}[2J小明", "👨‍👩‍👧 family", "🇯🇵", "e\u{301}", "a\u{7}b\tc",
                          "한글 text ─ │", "❤️", "\u{202E}evil", String(repeating: "長", count: 300)]

    func testRememberedPiecesAreThePiecesWorkedOutAfresh() {
        for text in corpus {
            for _ in 0..<3 {
                XCTAssertEqual(DrawnText.of(text).pieces, DrawnText(text).pieces, text)
                XCTAssertEqual(DrawnText.of(text).width, DrawnText(text).pieces.reduce(0) { $0 + $1.width }, text)
            }
        }
        // Past its capacity the cache starts again; what it answers stays right.
        for n in 0..<5000 { _ = DrawnText.of("名\(n)") }
        for text in corpus { XCTAssertEqual(DrawnText.of(text).pieces, DrawnText(text).pieces, text) }
    }

    func testPiecesAreTheGraphemesSafeTextShowsWithTheirWidths() {
        let pieces = DrawnText.of("王\u{1b}x").pieces
        XCTAssertEqual(pieces.map(\.text), ["王", "^", "[", "x"])
        XCTAssertEqual(pieces.map(\.width), [2, 1, 1, 1])
    }
}
