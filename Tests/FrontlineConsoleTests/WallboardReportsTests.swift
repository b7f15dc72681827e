import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The wallboard's reports view: counted only while open, again when contacts changed (at most
/// every few seconds), the period keys, and the same lines as `frontline report`.
final class WallboardReportsTests: XCTestCase {
    private let start = Fixtures.start

    private func board(_ text: any WallboardText = EnglishWallboardText()) -> WallboardState {
        WallboardState(supervisor: Agent(name: "boss", role: .supervisor, createdAt: start), text: text, width: 120, height: 40, now: start)
    }

    private func report(_ period: ReportPeriod) -> Report {
        var builder = ReportBuilder(period: period, from: start, to: start.addingTimeInterval(86_400), now: start, policy: .standard,
                                    calendar: Calendar(identifier: .gregorian))
        builder.add(.agent(name: "mina", displayName: "김민아", groups: []))
        builder.add(.contact(ReportContact(channel: .phone, state: .ended, queuedAt: start, takenAt: start.addingTimeInterval(20),
                                           endedAt: start.addingTimeInterval(200), agent: "mina")))
        builder.add(.wrapUp(agent: "mina", channel: .phone, group: nil, codes: ["shipping-fees"], outcome: nil))
        return builder.build()
    }

    func testRLoadsTheReportOnlyWhenOpenAndAgainWhenContactsChange() {
        var state = board()
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.queue])), [.load], "closed: the board only")
        XCTAssertEqual(updateWallboard(&state, .key(.char("R"))), [.loadReport(.daily)])
        XCTAssertEqual(state.mode, .reports)
        _ = updateWallboard(&state, .reportLoaded(report(.daily)))
        XCTAssertNotNil(state.report)
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.phrasebook])), [], "phrases count in no report")
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.contact(7)])), [.load], "within 5 s of the last count: later")
        XCTAssertTrue(state.reportStale)
        XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(3))).filter { $0 != .sweepGoneConsoles }, [])
        XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(5))).filter { $0 != .sweepGoneConsoles }, [.loadReport(.daily)])
        XCTAssertFalse(state.reportStale)
        XCTAssertEqual(updateWallboard(&state, .tick(start.addingTimeInterval(11))).filter { $0 != .sweepGoneConsoles }, [],
                       "nothing changed: not counted again")

        XCTAssertEqual(updateWallboard(&state, .key(.char("m"))), [.loadReport(.monthly)])
        XCTAssertNil(state.report, "Counting… until the month is in")
        _ = updateWallboard(&state, .reportLoaded(report(.daily)))
        XCTAssertNil(state.report, "a late answer for another period is dropped")
        _ = updateWallboard(&state, .reportLoaded(report(.monthly)))
        XCTAssertEqual(state.report?.period, .monthly)

        XCTAssertEqual(updateWallboard(&state, .key(.escape)), [])
        XCTAssertEqual(state.mode, .board)
        XCTAssertNil(state.report)
        XCTAssertEqual(updateWallboard(&state, .storeChanged([.contact(8)])), [.load], "closed again: no report counted")
    }

    func testTheViewShowsTheSameLinesAsTheCommandInKorean() {
        var state = board(KoreanWallboardText())
        _ = updateWallboard(&state, .key(.char("R")))
        let loaded = report(.daily)
        _ = updateWallboard(&state, .reportLoaded(loaded))
        let screen = WallboardView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("d 오늘"), screen)
        XCTAssertTrue(screen.contains("채널별 대기열"), screen)
        XCTAssertTrue(screen.contains("김민아 (mina)"), screen)
        let command = ReportText.lines(loaded, labels: .korean, heading: "")
        let tableLine = try? XCTUnwrap(command.first { $0.contains("김민아 (mina)") })
        // Its first 60 characters: the view clips what does not fit its 118 columns.
        XCTAssertTrue(screen.contains(String((tableLine ?? "missing").prefix(60))), "the view draws the command's line: \(tableLine ?? "")")
        XCTAssertTrue(screen.contains("shipping-fees 1 ███"), screen)
    }
}
