import Foundation
import XCTest
@testable import FrontlineConsole

/// During a burst of commits a console reads the queue at most once per spacing; nothing asked
/// for in between is lost, and a quiet console reads at once.
final class QueueReadPacingTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    func testTheFirstReadIsAtOnceAndWhatFollowsWithinTheSpacingIsHeldAndMerged() {
        var pacing = QueueReadPacing()
        XCTAssertEqual(pacing.ask(.rows([1]), at: t0), .read(.rows([1])))
        XCTAssertEqual(pacing.ask(.rows([2]), at: t0 + 0.1), .wait(until: t0 + 0.25))
        XCTAssertEqual(pacing.ask(.rows([3]), at: t0 + 0.2), .wait(until: t0 + 0.25))
        XCTAssertEqual(pacing.takeHeld(at: t0 + 0.25), .rows([2, 3]))
        XCTAssertNil(pacing.takeHeld(at: t0 + 0.26), "taken once")
        // A whole read swallows the rows held with it.
        XCTAssertEqual(pacing.ask(.rows([4]), at: t0 + 0.3), .wait(until: t0 + 0.5))
        XCTAssertEqual(pacing.ask(.whole, at: t0 + 0.4), .wait(until: t0 + 0.5))
        XCTAssertEqual(pacing.takeHeld(at: t0 + 0.5), .whole)
    }

    func testAnAskAfterTheSpacingReadsNowWithWhatWasHeld() {
        var pacing = QueueReadPacing()
        _ = pacing.ask(.rows([1]), at: t0)
        _ = pacing.ask(.rows([2]), at: t0 + 0.1)
        // The loop was busy past the held read's time: the next ask carries it.
        XCTAssertEqual(pacing.ask(.rows([5]), at: t0 + 0.4), .read(.rows([2, 5])))
        XCTAssertNil(pacing.takeHeld(at: t0 + 0.4))
        XCTAssertEqual(pacing.ask(.whole, at: t0 + 2), .read(.whole), "quiet since: at once")
    }

    /// The console holds the read and its tick at the held time makes it.
    func testAHeldReadIsMadeAtTheTickItsTimeBrings() {
        var state = Fixtures.state()
        XCTAssertEqual(state.send(.queueReadHeld(until: Fixtures.start + 0.25)), [])
        XCTAssertEqual(state.queue.heldReadDue, Fixtures.start + 0.25)
        XCTAssertFalse(state.send(.tick(Fixtures.start + 0.1)).contains(.readHeldQueue))
        XCTAssertTrue(state.send(.tick(Fixtures.start + 0.25)).contains(.readHeldQueue))
        XCTAssertNil(state.queue.heldReadDue)
    }
}
