import Foundation

/// A running wall-clock timer reduced to the numbers its status needs (`ResponseTimer.wallClockCountdown`):
/// the same status as the timer's at every instant, worked out with a subtraction and no copies.
public struct WallClockCountdown: Equatable, Sendable {
    public let deadline: Date
    let target: TimeInterval
    let warningFraction: Double

    public func status(at now: Date) -> SLAStatus {
        ResponseTimer.status(remaining: deadline.timeIntervalSince(now), target: target, warningFraction: warningFraction,
                             deadline: deadline, isPaused: false)
    }
}
