import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// A wallboard whose database goes away (a PostgreSQL server restarting) says so, in the board's
/// language, looks for it every tick, and says when it is back: a supervisor must never take a
/// stale board for a quiet floor.
final class WallboardOutageTests: XCTestCase {
    private let start = Fixtures.start

    private func board(_ text: any WallboardText = EnglishWallboardText()) -> WallboardState {
        WallboardState(supervisor: Agent(name: "boss", role: .supervisor, createdAt: start), text: text, width: 120, height: 40, now: start)
    }

    func testALostDatabaseIsSaidOnScreenAndLookedForEveryTickUntilALoadWorks() {
        for text in [EnglishWallboardText(), ChineseWallboardText(), KoreanWallboardText()] as [any WallboardText] {
            var state = board(text)
            XCTAssertEqual(updateWallboard(&state, .databaseLost), [])
            XCTAssertEqual(state.message, .error(text.databaseUnreachable))
            XCTAssertTrue(WallboardView.render(state).lines().contains { $0.contains(text.databaseUnreachable) },
                          "the status line shows it whole at 120 columns")
            XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(1.5))).filter { $0 == .load }, [.load])
            XCTAssertEqual(updateWallboard(&state, .databaseLost), [], "a failed look")
            XCTAssertEqual(state.databaseLostSince, start, "still lost since the first")
            XCTAssertEqual(updateWallboard(&state, .loaded(WallboardInput())), [])
            XCTAssertNil(state.databaseLostSince)
            XCTAssertEqual(state.message, .info(text.console.say(.databaseBack)))
            XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(2.5))).filter { $0 == .load }, [], "no look once it is back")
        }
    }
}
