import Foundation

/// When a call-back the centre starts (a complaint's follow-up, the first contact with a newly
/// assigned customer) may come due: inside the working calendar, so someone is on shift to make
/// it, and outside the customer's rest time (the car-dealer manual: never disturb at rest).
extension SLAPolicy {
    /// The first instant at or after `instant` inside working hours for which `isQuiet` (the
    /// customer's do-not-disturb hours) is false. Steps a minute at a time through working time;
    /// if quiet hours cover every working minute of the next 60 working days, the first working
    /// instant is kept, so a follow-up is never lost.
    public func callingTime(atOrAfter instant: Date, isQuiet: (Date) -> Bool = { _ in false }) -> Date {
        let firstWorking = calendar.adding(workingSeconds: 0, to: instant)
        var candidate = firstWorking
        let limit = Int(max(calendar.workingDayLength, 3600) / 60) * 60
        for _ in 0..<limit {
            if !isQuiet(candidate) { return candidate }
            // A step can land on a period's closing instant, which is no working time: move on to the next opening.
            candidate = calendar.adding(workingSeconds: 0, to: calendar.adding(workingSeconds: 60, to: candidate))
        }
        return firstWorking
    }

    /// By when a follow-up must be made once it may start at `start`: the follow-up rule's time,
    /// which with the working clock (the default) is counted in working days of the calendar
    /// (`3d` = three working days), and with the wall clock in plain days.
    public func followUpDeadline(from start: Date) -> Date {
        timer(.followUp, startedAt: start)?.deadline(at: start) ?? start
    }
}
