import Foundation

/// One response promise: started at a stored instant, due when its rule's target of
/// wall-clock or working time has passed, not counting time it spent paused.
public struct ResponseTimer: Equatable, Sendable {
    public var kind: TimerKind
    public var startedAt: Date
    public var rule: TimerRule
    public var calendar: WorkingCalendar
    /// Timer time (in the rule's clock) spent paused in earlier pauses.
    public var pausedSeconds: TimeInterval
    /// When the current pause began; nil while running.
    public var pausedSince: Date?

    public init(kind: TimerKind, startedAt: Date, rule: TimerRule, calendar: WorkingCalendar = .standard,
                pausedSeconds: TimeInterval = 0, pausedSince: Date? = nil) {
        self.kind = kind
        self.startedAt = startedAt
        self.rule = rule
        self.calendar = calendar
        self.pausedSeconds = pausedSeconds
        self.pausedSince = pausedSince
    }

    /// A wall-clock timer, as most tests and simple callers want one.
    public init(kind: TimerKind, startedAt: Date, target: TimeInterval, warningFraction: Double = 0.8) {
        self.init(kind: kind, startedAt: startedAt, rule: TimerRule(target: target, warningFraction: warningFraction))
    }

    public var target: TimeInterval { effectiveTarget }
    public var warningFraction: Double { rule.warningFraction }
    public var isPaused: Bool { pausedSince != nil }

    /// The timer time the promise allows: the rule's target, or the working time left in the day.
    private var effectiveTarget: TimeInterval {
        rule.clock == .endOfWorkingDay
            ? calendar.workingSeconds(from: startedAt, to: calendar.endOfWorkingDay(after: startedAt))
            : rule.target
    }

    /// Timer time that has counted between the start and `now` (frozen while paused).
    public func elapsed(at now: Date) -> TimeInterval {
        let end = min(now, pausedSince ?? now)
        let counted = rule.clock == .wall ? end.timeIntervalSince(startedAt) : calendar.workingSeconds(from: startedAt, to: end)
        return max(0, counted - pausedSeconds)
    }

    /// When the promise falls due if the timer runs from `now` on without a further pause.
    public func deadline(at now: Date) -> Date {
        let remaining = effectiveTarget - elapsed(at: now)
        // Paused with time left, the deadline is that time counted from now; otherwise (running,
        // or paused after the breach) it is where the counted time reaches the target.
        let from = pausedSince != nil && remaining > 0 ? now : nil
        switch rule.clock {
        case .wall:
            return from.map { $0.addingTimeInterval(remaining) } ?? startedAt.addingTimeInterval(effectiveTarget + pausedSeconds)
        case .working, .endOfWorkingDay:
            if let from { return calendar.adding(workingSeconds: remaining, to: from) }
            return calendar.adding(workingSeconds: effectiveTarget + pausedSeconds, to: startedAt)
        }
    }

    /// The deadline of a timer that has never paused.
    public var deadline: Date { deadline(at: startedAt) }

    public func status(at now: Date) -> SLAStatus {
        status(at: now, deadline: deadline(at: now))
    }

    /// `status(at:)` with `deadline(at: now)` already known. It moves with `now` only while the timer
    /// is paused with time left; otherwise a caller ticking every second works it out once (for a
    /// working-time timer that is a walk through the calendar).
    public func status(at now: Date, deadline: Date) -> SLAStatus {
        let remaining = rule.clock == .wall && pausedSince == nil
            ? deadline.timeIntervalSince(now)
            : effectiveTarget - elapsed(at: now)
        return Self.status(remaining: remaining, target: effectiveTarget, warningFraction: rule.warningFraction,
                           deadline: deadline, isPaused: isPaused)
    }

    /// One number decides both the state and the countdown, so the display never shows
    /// "0:00" on a timer that is not yet breached, nor a positive number on one that is.
    static func status(remaining: TimeInterval, target: TimeInterval, warningFraction: Double, deadline: Date,
                       isPaused: Bool) -> SLAStatus {
        let state: SLAState
        if remaining <= 0 {
            state = .breached
        } else if target - remaining >= target * warningFraction {
            state = .warning
        } else {
            state = .ok
        }
        return SLAStatus(state: state, deadline: deadline, secondsLeft: wholeSeconds(remaining), isPaused: isPaused)
    }

    /// This timer as plain numbers around `now` (`TimerCountdown`), for a queue that ticks every
    /// second: nil while its deadline moves with the clock (paused with time left) or before a
    /// pause that has not yet begun at `now`.
    public func countdown(at now: Date) -> TimerCountdown? {
        let target = effectiveTarget
        if let pausedSince {
            guard now >= pausedSince else { return nil }
            let remaining = target - elapsed(at: now)
            guard remaining <= 0 else { return nil }
            return TimerCountdown(deadline: deadline(at: now), target: target, warningFraction: rule.warningFraction, isPaused: true,
                                  counting: .frozen(remaining: remaining, since: pausedSince))
        }
        let counting: TimerCountdown.Counting = rule.clock == .wall
            ? .wall
            : .working(calendar.workingTimePiece(from: startedAt, at: now), pausedSeconds: pausedSeconds)
        return TimerCountdown(deadline: deadline(at: now), target: target, warningFraction: rule.warningFraction, isPaused: false,
                              counting: counting)
    }

    /// How the timer ended (or stands): met in time, met late, breached while running, running or paused.
    public func outcome(stoppedAt stop: Date?, now: Date) -> TimerOutcome {
        if let stop { return status(at: stop).state == .breached ? .metLate : .met }
        let status = status(at: now)
        if status.state == .breached { return .breached }
        return isPaused ? .paused : .running
    }

    /// Counts down `3:00 … 0:01`, then overruns `-0:00, -0:01 …`.
    static func wholeSeconds(_ remaining: TimeInterval) -> Int {
        remaining > 0 ? Int(remaining.rounded(.up)) : -Int((-remaining).rounded(.down))
    }
}

/// Where a timer ended up. Every timer is in exactly one of these at any instant.
public enum TimerOutcome: String, Codable, CaseIterable, Sendable {
    case running
    case paused
    case met
    case metLate = "met-late"
    case breached
}
