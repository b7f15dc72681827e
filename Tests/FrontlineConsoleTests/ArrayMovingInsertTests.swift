import XCTest
@testable import FrontlineConsole

final class ArrayMovingInsertTests: XCTestCase {
    /// Every way to remove some of up to five held elements and put up to three new ones among
    /// those kept gives what removing and inserting them one by one gives.
    func testReplacingAgreesWithRemovingAndInsertingOneByOne() {
        for held in 0...5 {
            for goneMask in 0..<(1 << held) {
                let gone = RangeSet((0..<held).filter { goneMask & (1 << $0) != 0 }.map { $0..<($0 + 1) })
                let keptCount = held - goneMask.nonzeroBitCount
                for added in 0...3 {
                    for positions in ascendingChoices(of: added, below: keptCount + added) {
                        var moved = (0..<held).map { "h\($0)" }
                        let new = (0..<added).map { "a\($0)" }
                        var oneByOne = moved.indices.filter { !gone.contains($0) }.map { moved[$0] }
                        for (position, element) in zip(positions, new) { oneByOne.insert(element, at: position) }
                        moved.replace(removing: gone, inserting: new, atResultPositions: positions)
                        XCTAssertEqual(moved, oneByOne, "held \(held), gone \(goneMask), positions \(positions)")
                    }
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
