import Foundation

/// How a running timer stands: fine, close to its deadline, or past it.
public enum SLAState: String, Codable, CaseIterable, Sendable, Comparable {
    case ok
    case warning
    case breached

    private var rank: Int {
        switch self {
        case .ok: 0
        case .warning: 1
        case .breached: 2
        }
    }

    public static func < (lhs: SLAState, rhs: SLAState) -> Bool { lhs.rank < rhs.rank }
}

/// A timer's standing at one instant.
public struct SLAStatus: Equatable, Sendable {
    public var state: SLAState
    public var deadline: Date
    /// Whole seconds of timer time to the deadline; negative (the overrun) once breached.
    public var secondsLeft: Int
    /// A paused timer keeps its place but does not count down.
    public var isPaused: Bool

    public init(state: SLAState, deadline: Date, secondsLeft: Int, isPaused: Bool = false) {
        self.state = state
        self.deadline = deadline
        self.secondsLeft = secondsLeft
        self.isPaused = isPaused
    }

    /// `2:59`, `0:07`, `-0:42`, `3:59:59`.
    public var countdown: String {
        secondsLeft < 0 || (state == .breached && secondsLeft == 0)
            ? "-" + DurationFormat.clock(-secondsLeft)
            : DurationFormat.clock(secondsLeft)
    }
}
