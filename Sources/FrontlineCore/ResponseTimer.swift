import Foundation

/// Which promise a timer measures.
public enum TimerKind: String, Codable, CaseIterable, Sendable {
    case pickup
    case chatReply = "chat-reply"
    case emailResponse = "email-response"
    case callback
}

/// One response promise: started at a stored instant, due `target` seconds later.
public struct ResponseTimer: Equatable, Sendable {
    public var kind: TimerKind
    public var startedAt: Date
    public var target: TimeInterval
    public var warningFraction: Double

    public init(kind: TimerKind, startedAt: Date, target: TimeInterval, warningFraction: Double = 0.8) {
        self.kind = kind
        self.startedAt = startedAt
        self.target = target
        self.warningFraction = warningFraction
    }

    public var deadline: Date { startedAt.addingTimeInterval(target) }

    public func status(at now: Date) -> SLAStatus {
        let elapsed = now.timeIntervalSince(startedAt)
        let state: SLAState
        // Breach is judged on the same interval the countdown shows: `elapsed >= target`
        // can disagree with `deadline - now <= 0` by a rounding step right at the deadline,
        // which showed a warning with "0:00" left.
        if deadline.timeIntervalSince(now) <= 0 {
            state = .breached
        } else if elapsed >= target * warningFraction {
            state = .warning
        } else {
            state = .ok
        }
        return SLAStatus(state: state, deadline: deadline, secondsLeft: Self.wholeSecondsLeft(until: deadline, from: now))
    }

    /// Counts down `3:00 … 0:01`, then overruns `-0:00, -0:01 …`: a display never
    /// shows zero before the deadline nor a positive number after it.
    static func wholeSecondsLeft(until deadline: Date, from now: Date) -> Int {
        let remaining = deadline.timeIntervalSince(now)
        return remaining > 0 ? Int(remaining.rounded(.up)) : -Int((-remaining).rounded(.down))
    }
}
