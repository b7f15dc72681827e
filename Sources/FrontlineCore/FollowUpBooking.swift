import Foundation

/// Why a follow-up cannot be booked for the time the customer agreed to: the store refuses it and
/// says the next time that may be booked, from this one rule.
public enum FollowUpBookingProblem: Equatable, Sendable {
    /// The time is not in the future.
    case passed(next: Date)
    /// Nobody is on shift then (night, weekend, holiday, lunch break).
    case outsideWorkingHours(next: Date)
    /// The customer asked not to be disturbed then (the car-dealer manual: never at rest).
    case customerResting(next: Date)

    /// The first time after the asked one that may be booked.
    public var next: Date {
        switch self {
        case .passed(let next), .outsideWorkingHours(let next), .customerResting(let next): next
        }
    }
}

extension SLAPolicy {
    /// What is wrong with booking a follow-up at `time`, asked at `now`; nil when it may be
    /// booked. Unlike a promise it may be any time ahead, but it must be one someone can make the
    /// call at and the customer will take it: inside the working calendar, outside `isQuiet`.
    public func followUpBookingProblem(at time: Date, now: Date, isQuiet: (Date) -> Bool = { _ in false }) -> FollowUpBookingProblem? {
        if time <= now { return .passed(next: callingTime(atOrAfter: now.addingTimeInterval(60), isQuiet: isQuiet)) }
        if calendar.adding(workingSeconds: 0, to: time) != time {
            return .outsideWorkingHours(next: callingTime(atOrAfter: time, isQuiet: isQuiet))
        }
        if isQuiet(time) { return .customerResting(next: callingTime(atOrAfter: time, isQuiet: isQuiet)) }
        return nil
    }
}
