import Foundation

/// Why a reply cannot be promised for a time: the store refuses it and the console says so first,
/// from this one rule.
public enum PromiseProblem: Equatable, Sendable {
    /// The time is not in the future.
    case passed
    /// The time is further than one working day ahead; `latest` is the last one allowed.
    case beyondLimit(latest: Date)
}

extension SLAPolicy {
    /// How far ahead a reply may be promised: one working day of the calendar in force
    /// (the manuals: "normally half a working day, never more than one working day").
    public var promiseLimit: TimeInterval { calendar.workingDayLength }

    /// The promise made when the agent names no time: the policy's own target, else half a
    /// working day; never beyond the limit.
    public var defaultPromise: TimeInterval {
        min(promiseTarget ?? promiseLimit / 2, promiseLimit)
    }

    /// The latest time a reply promised at `now` may be due: one working day ahead.
    public func latestPromise(at now: Date) -> Date {
        calendar.adding(workingSeconds: promiseLimit, to: now)
    }

    /// What is wrong with promising a reply due at `due`, asked at `now`; nil when it may be promised.
    public func promiseProblem(due: Date, at now: Date) -> PromiseProblem? {
        if due <= now { return .passed }
        let latest = latestPromise(at: now)
        return due > latest ? .beyondLimit(latest: latest) : nil
    }
}
