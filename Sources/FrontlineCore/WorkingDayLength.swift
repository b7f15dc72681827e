import Foundation

extension WorkingCalendar {
    /// How long this calendar's working day is: the total of the working periods of its usual
    /// working weekday (the length most weekdays have; of two equally common, the longer). A
    /// Monday-to-Friday 09:00-12:00 and 13:00-17:30 calendar has a 7.5-hour day whatever a short
    /// Saturday adds. Zero for a calendar with no working day at all.
    public var workingDayLength: TimeInterval {
        let lengths = Weekday.allCases.map { day in (hours[day] ?? []).reduce(0) { $0 + $1.end - $1.start } }.filter { $0 > 0 }
        let counts = Dictionary(lengths.map { ($0, 1) }, uniquingKeysWith: +)
        let usual = counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
        return TimeInterval(usual * 60)
    }
}
