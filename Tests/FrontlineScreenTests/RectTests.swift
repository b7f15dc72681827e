import XCTest
@testable import FrontlineScreen

final class RectTests: XCTestCase {
    func testSplitsClamp() {
        let r = Rect(x: 2, y: 1, width: 10, height: 6)
        let (top, bottom) = r.splitHorizontally(topHeight: 4)
        XCTAssertEqual(top, Rect(x: 2, y: 1, width: 10, height: 4))
        XCTAssertEqual(bottom, Rect(x: 2, y: 5, width: 10, height: 2))
        XCTAssertEqual(r.splitHorizontally(topHeight: 99).bottom.height, 0)
        XCTAssertEqual(r.splitHorizontally(topHeight: -3).top.height, 0)
        let (left, right) = r.splitVertically(leftWidth: 3)
        XCTAssertEqual(left, Rect(x: 2, y: 1, width: 3, height: 6))
        XCTAssertEqual(right, Rect(x: 5, y: 1, width: 7, height: 6))
        XCTAssertEqual(r.splitVertically(leftWidth: 20).right.width, 0)
    }

    func testInsetRowAndEdges() {
        let r = Rect(x: 0, y: 0, width: 5, height: 3)
        XCTAssertEqual(r.inset(by: 1), Rect(x: 1, y: 1, width: 3, height: 1))
        XCTAssertTrue(r.inset(by: 2).isEmpty)
        XCTAssertEqual(r.maxX, 5)
        XCTAssertEqual(r.maxY, 3)
        XCTAssertEqual(r.row(2), Rect(x: 0, y: 2, width: 5, height: 1))
        XCTAssertTrue(r.row(3).isEmpty)
        XCTAssertEqual(r.intersection(Rect(x: 3, y: 1, width: 9, height: 9)), Rect(x: 3, y: 1, width: 2, height: 2))
        XCTAssertEqual(Rect(x: 0, y: 0, width: 80, height: 24).centered(width: 40, height: 10), Rect(x: 20, y: 7, width: 40, height: 10))
    }
}
