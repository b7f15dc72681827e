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

    /// A queue ticks its timers through `countdown(at:)`: inside the instants it holds for, it must
    /// say exactly what the timer says (at the edges too), and exist unless the deadline moves.
    func testTheCountdownSaysWhatItsTimerSays() {
        var rng = SplitMix64(seed: 0xC0_FFEE)
        let calendar = WorkingCalendar.standard(in: TimeZone(identifier: "Asia/Shanghai")!)
        var checked = 0, working = 0, frozen = 0
        for _ in 0..<600 {
            let start = Date(timeIntervalSince1970: 1_790_000_000 + Double.random(in: -1e7...1e7, using: &rng))
            let target = Bool.random(using: &rng) ? TimeInterval(Int.random(in: 1...(5 * 3600), using: &rng))
                                                  : Double.random(in: 0.5...(5 * 3600), using: &rng)
            let clock: ClockKind = [.wall, .wall, .working, .endOfWorkingDay].randomElement(using: &rng)!
            var timer = ResponseTimer(kind: .pickup, startedAt: start,
                                      rule: TimerRule(target: target, warningFraction: Double.random(in: 0.05...0.99, using: &rng), clock: clock),
                                      calendar: calendar,
                                      pausedSeconds: Bool.random(using: &rng) ? Double(Int.random(in: 0...600, using: &rng)) : 0)
            if Int.random(in: 0..<5, using: &rng) == 0 {
                timer.pausedSince = start.addingTimeInterval(Bool.random(using: &rng) ? target / 2 : 3 * target + 86400)
            }
            let span = max(target, 3 * 86400)
            var instants = (0..<12).map { _ in start.addingTimeInterval(Double.random(in: -target...(2 * span), using: &rng)) }
            instants += [timer.deadline, timer.deadline.nextDown, timer.deadline.nextUp,
                         start.addingTimeInterval(target * timer.warningFraction + timer.pausedSeconds)]
            for at in instants {
                guard let countdown = timer.countdown(at: at) else {
                    XCTAssertTrue(timer.isPaused, "only a paused timer may have none")
                    if let since = timer.pausedSince, at >= since { XCTAssertGreaterThan(timer.status(at: at).secondsLeft, 0) }
                    continue
                }
                XCTAssertTrue(countdown.contains(at))
                if case .working = countdown.counting { working += 1 }
                if case .frozen = countdown.counting { frozen += 1 }
                // The instant it was made for, and others it holds for, up to its end.
                var probes = [at, at.nextUp, at.addingTimeInterval(0.37), at.addingTimeInterval(59), at.addingTimeInterval(3600),
                              at.addingTimeInterval(20_000)]
                let look = countdown.nextLook(after: at)
                probes += [look, look.nextDown, look.addingTimeInterval(TimerCountdown.lookAhead)]
                for now in probes where now >= at && countdown.contains(now) {
                    XCTAssertEqual(countdown.status(at: now), timer.status(at: now), "\(clock) at \(now.timeIntervalSince(start)) of \(target)")
                    checked += 1
                }
                // The state stays as it is until the next look.
                let state = countdown.status(at: at).state
                for fraction in [0.25, 0.5, 0.9, 0.999] {
                    let now = at.addingTimeInterval(look.timeIntervalSince(at) * fraction)
                    guard look < .distantFuture, now >= at, now < look else { continue }
                    XCTAssertEqual(timer.status(at: now).state, state, "no change of state before the next look")
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
        XCTAssertGreaterThan(working, 500)
        XCTAssertGreaterThan(frozen, 20)
    }
}

private extension Date {
    var nextDown: Date { Date(timeIntervalSinceReferenceDate: timeIntervalSinceReferenceDate.nextDown) }
    var nextUp: Date { Date(timeIntervalSinceReferenceDate: timeIntervalSinceReferenceDate.nextUp) }
}
