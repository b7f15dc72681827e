import Foundation

/// A timer whose deadline stands still (running, or paused past its deadline), reduced to the
/// numbers its status needs around one instant (`ResponseTimer.countdown(at:)`): the same status
/// as the timer's at every instant of `validFrom ..< validUntil`, worked out with a subtraction,
/// no calendar and no copies of one. A wall-clock timer's holds for ever; a working-time timer's
/// until the calendar's next boundary (`WorkingTimePiece`).
public struct TimerCountdown: Equatable, Sendable {
    public let deadline: Date
    let target: TimeInterval
    let warningFraction: Double
    let isPaused: Bool
    let counting: Counting

    enum Counting: Equatable, Sendable {
        /// Running on the wall clock: what is left is the deadline minus now.
        case wall
        /// Running on working time, counted by the piece, less the time spent paused before.
        case working(WorkingTimePiece, pausedSeconds: TimeInterval)
        /// Paused: what is left stands still.
        case frozen(remaining: TimeInterval, since: Date)
    }

    init(deadline: Date, target: TimeInterval, warningFraction: Double, isPaused: Bool, counting: Counting) {
        self.deadline = deadline
        self.target = target
        self.warningFraction = warningFraction
        self.isPaused = isPaused
        self.counting = counting
    }

    public func contains(_ instant: Date) -> Bool {
        switch counting {
        case .wall: true
        case .working(let piece, _): piece.contains(instant)
        case .frozen(_, let since): instant >= since
        }
    }

    /// The timer's status at `now`, which must be inside the countdown (`contains`).
    public func status(at now: Date) -> SLAStatus {
        ResponseTimer.status(remaining: remaining(at: now), target: target, warningFraction: warningFraction,
                             deadline: deadline, isPaused: isPaused)
    }

    private func remaining(at now: Date) -> TimeInterval {
        switch counting {
        case .wall: deadline.timeIntervalSince(now)
        case .working(let piece, let pausedSeconds): target - max(0, piece.workingSeconds(at: now) - pausedSeconds)
        case .frozen(let remaining, _): remaining
        }
    }

    /// How long before a computed crossing a timer is looked at: rounding may put the crossing a
    /// hair before the instant worked out here, never a second.
    static let lookAhead: TimeInterval = 0.5

    /// The earliest instant after `now` at which the state may differ from the state at `now`, or at
    /// which the countdown stops holding (a working period opens or closes): a queue need not look
    /// at this timer again before then to keep its colour right. Somewhat early, never late.
    public func nextLook(after now: Date) -> Date {
        let warnAfter = target * warningFraction   // counted time at which the warning begins
        func lookBefore(_ crossing: Date) -> Date { crossing.addingTimeInterval(-Self.lookAhead) }
        switch counting {
        case .wall:
            let remaining = deadline.timeIntervalSince(now)
            if remaining <= 0 { return .distantFuture }   // breached: stays so while it runs
            // Counted time is target - remaining, growing a second a second up to the deadline.
            let warning = target - remaining >= warnAfter
            return lookBefore(warning ? deadline : deadline.addingTimeInterval(warnAfter - target))
        case .working(let piece, let pausedSeconds):
            guard let since = piece.runningSince else { return piece.validUntil }
            let remaining = target - max(0, piece.workingSeconds(at: now) - pausedSeconds)
            if remaining <= 0 { return piece.validUntil }
            let warning = target - remaining >= warnAfter
            // Counted time reaches `mark` at since + (mark + pausedSeconds - countedBefore).
            let mark = warning ? target : warnAfter
            let crossing = since.addingTimeInterval(mark + pausedSeconds - piece.countedBefore)
            return min(piece.validUntil, lookBefore(crossing))
        case .frozen:
            return .distantFuture
        }
    }
}
