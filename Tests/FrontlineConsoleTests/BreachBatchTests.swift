import XCTest
@testable import FrontlineConsole

/// Crossings wait for their batch, then go out together, none twice; logging out takes what waits.
final class BreachBatchTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    func testCrossingsWaitForTheBatchThenGoTogether() {
        var batch = BreachBatch()
        XCTAssertEqual(batch.add([1], at: start), [])
        XCTAssertEqual(batch.add([2, 3], at: start.addingTimeInterval(BreachBatch.delay / 2)), [])
        XCTAssertEqual(batch.add([], at: start.addingTimeInterval(BreachBatch.delay - 0.5)), [])
        XCTAssertEqual(batch.add([4], at: start.addingTimeInterval(BreachBatch.delay)), [1, 2, 3, 4])
        // The next batch starts from its own first crossing.
        XCTAssertEqual(batch.add([], at: start.addingTimeInterval(BreachBatch.delay + 1)), [])
        XCTAssertEqual(batch.add([5], at: start.addingTimeInterval(BreachBatch.delay + 2)), [])
        XCTAssertEqual(batch.add([], at: start.addingTimeInterval(2 * BreachBatch.delay + 1)), [])
        XCTAssertEqual(batch.add([], at: start.addingTimeInterval(2 * BreachBatch.delay + 2)), [5])
    }

    func testLoggingOutTakesWhatWaits() {
        var batch = BreachBatch()
        _ = batch.add([7, 8], at: start)
        XCTAssertEqual(batch.takeAll(), [7, 8])
        XCTAssertEqual(batch.takeAll(), [])
        XCTAssertEqual(batch.add([], at: start.addingTimeInterval(BreachBatch.delay * 3)), [])
    }

    /// A record waits at most half a minute: reports and connectors hear of a breach soon after it.
    func testNoRecordWaitsLongerThanHalfAMinute() {
        XCTAssertLessThanOrEqual(BreachBatch.delay, 30)
    }
}
