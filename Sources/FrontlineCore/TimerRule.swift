import Foundation

/// Which time a timer counts.
public enum ClockKind: String, Codable, CaseIterable, Sendable {
    /// Every second, day and night.
    case wall
    /// Only seconds inside the working calendar's hours.
    case working
    /// Until the close of the working day it started in (the target is ignored).
    case endOfWorkingDay = "end-of-working-day"
}

/// The promise one kind of timer makes: how long, when to warn, which time counts, whether it may pause.
public struct TimerRule: Equatable, Sendable {
    public var target: TimeInterval
    /// The share of the target after which the timer shows the warning colour.
    public var warningFraction: Double
    public var clock: ClockKind
    /// Whether an agent may pause it, e.g. while waiting for the customer.
    public var pausable: Bool
    public var enabled: Bool

    public init(target: TimeInterval, warningFraction: Double = 0.8, clock: ClockKind = .wall,
                pausable: Bool = false, enabled: Bool = true) {
        self.target = target
        self.warningFraction = warningFraction
        self.clock = clock
        self.pausable = pausable
        self.enabled = enabled
    }
}
