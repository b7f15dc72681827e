import XCTest
@testable import FrontlineConsole

final class ArrayMovingInsertTests: XCTestCase {
    /// Every way to put up to three new elements among up to five held ones gives what inserting
    /// them one by one gives.
    func testInsertingAtResultPositionsAgreesWithInsertingOneByOne() {
        for held in 0...5 {
            for added in 0...3 {
                // Each choice of `added` ascending positions in a result of `held + added`.
                for positions in ascendingChoices(of: added, below: held + added) {
                    var moved = (0..<held).map { "h\($0)" }
                    let new = (0..<added).map { "a\($0)" }
                    var oneByOne = moved
                    for (position, element) in zip(positions, new) { oneByOne.insert(element, at: position) }
                    moved.insert(new, atResultPositions: positions)
                    XCTAssertEqual(moved, oneByOne, "held \(held), positions \(positions)")
                }
            }
        }
    }

    private func ascendingChoices(of count: Int, below limit: Int) -> [[Int]] {
        guard count > 0 else { return [[]] }
        return ascendingChoices(of: count - 1, below: limit).flatMap { prefix in
            ((prefix.last.map { $0 + 1 } ?? 0)..<limit).map { prefix + [$0] }
        }
    }
}
