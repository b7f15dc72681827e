import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The wallboard reloads for what it counts and sweeps killed consoles at most once a second.
final class WallboardChangeTests: XCTestCase {
    private let start = Fixtures.start

    private func board() -> WallboardState {
        WallboardState(supervisor: Agent(name: "boss", role: .supervisor, createdAt: start), width: 120, height: 40, now: start)
    }

    func testTheBoardReloadsForWhatItCountsOnly() {
        var state = board()
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.draft("ana"), .phrasebook])), [])
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.breaches])), [.load], "the board counts breaches")
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.agent("ana")])), [.load])
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.queue, .draft("ana")])), [.load])
    }

    func testTheTickSweepsGoneConsolesAtMostOnceASecond() {
        var state = board()
        XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(0.2))), [.sweepGoneConsoles])
        XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(0.7))), [], "the same second")
        XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(1.1))), [.sweepGoneConsoles])
    }
}
