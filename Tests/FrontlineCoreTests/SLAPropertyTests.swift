import Foundation
import XCTest
@testable import FrontlineCore

/// Properties every timer must keep, over a few thousand seeded random cases.
final class SLAPropertyTests: XCTestCase {
    func testStatusIsMonotoneAndSecondsLeftAgreesWithTheBreach() {
        var rng = SplitMix64(seed: 0xF00D_2026)
        var checked = 0
        for _ in 0..<400 {
            let start = Date(timeIntervalSince1970: 1_790_000_000 + Double.random(in: -1e7...1e7, using: &rng))
            let target: TimeInterval = Bool.random(using: &rng)
                ? TimeInterval(Int.random(in: 1...(5 * 3600), using: &rng))
                : Double.random(in: 0.5...(5 * 3600), using: &rng)
            let fraction = [0.8, 0.5, 0.9, Double.random(in: 0.05...0.99, using: &rng)].randomElement(using: &rng)!
            let timer = ResponseTimer(kind: .pickup, startedAt: start, target: target, warningFraction: fraction)

            // Random instants around the timer, plus the awkward ones right at the edges.
            var offsets = (0..<12).map { _ in Double.random(in: -target...(2 * target), using: &rng) }
            offsets += [0, target * fraction, target, target - 0.5, target + 0.5]
            var instants = offsets.map { start.addingTimeInterval($0) }
            instants += [timer.deadline, timer.deadline.nextDown, timer.deadline.nextUp]
            instants.sort()

            var previous: SLAStatus?
            for now in instants {
                let status = timer.status(at: now)
                XCTAssertEqual(status.secondsLeft > 0, status.state != .breached,
                               "secondsLeft \(status.secondsLeft) vs \(status.state) at \(now.timeIntervalSince(start)) of \(target)")
                XCTAssertEqual(status.deadline, timer.deadline)
                if let previous {
                    XCTAssertGreaterThanOrEqual(status.state, previous.state, "state went back in time")
                    XCTAssertLessThanOrEqual(status.secondsLeft, previous.secondsLeft, "secondsLeft grew as time moved on")
                }
                XCTAssertEqual(status.countdown.hasPrefix("-"), status.state == .breached)
                previous = status
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 3000)
    }

    /// A queue ticks its wall-clock timers through `wallClockCountdown`: it must say exactly what the
    /// timer says, at any instant (the ones at the edges too), and exist only while the timer runs on the wall clock.
    func testTheWallClockCountdownSaysWhatItsTimerSays() {
        var rng = SplitMix64(seed: 0xC0_FFEE)
        var checked = 0
        for _ in 0..<400 {
            let start = Date(timeIntervalSince1970: 1_790_000_000 + Double.random(in: -1e7...1e7, using: &rng))
            let target = Bool.random(using: &rng) ? TimeInterval(Int.random(in: 1...(5 * 3600), using: &rng))
                                                  : Double.random(in: 0.5...(5 * 3600), using: &rng)
            let clock: ClockKind = [.wall, .wall, .working].randomElement(using: &rng)!
            var timer = ResponseTimer(kind: .pickup, startedAt: start,
                                      rule: TimerRule(target: target, warningFraction: Double.random(in: 0.05...0.99, using: &rng), clock: clock),
                                      pausedSeconds: Bool.random(using: &rng) ? Double(Int.random(in: 0...600, using: &rng)) : 0)
            if Int.random(in: 0..<5, using: &rng) == 0 { timer.pausedSince = start.addingTimeInterval(target / 2) }
            guard let countdown = timer.wallClockCountdown else {
                XCTAssertTrue(timer.isPaused || clock != .wall, "only a running wall-clock timer has none")
                continue
            }
            XCTAssertTrue(!timer.isPaused && clock == .wall)
            var instants = (0..<12).map { _ in start.addingTimeInterval(Double.random(in: -target...(2 * target), using: &rng)) }
            instants += [timer.deadline, timer.deadline.nextDown, timer.deadline.nextUp,
                         start.addingTimeInterval(target * timer.warningFraction + timer.pausedSeconds)]
            for now in instants {
                XCTAssertEqual(countdown.status(at: now), timer.status(at: now))
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 3000)
    }
}

private extension Date {
    var nextDown: Date { Date(timeIntervalSinceReferenceDate: timeIntervalSinceReferenceDate.nextDown) }
    var nextUp: Date { Date(timeIntervalSinceReferenceDate: timeIntervalSinceReferenceDate.nextUp) }
}
