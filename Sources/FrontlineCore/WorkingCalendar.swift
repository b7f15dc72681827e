import Foundation

/// When the service centre works: hours per weekday (split shifts allowed), public holidays,
/// and the time zone they are written in. Working-time timers run only inside these hours.
public struct WorkingCalendar: Equatable, Sendable {
    public var timeZone: TimeZone {
        didSet {
            calendar.timeZone = timeZone
            periodsByDay = DayPeriods()
        }
    }
    /// Working periods per weekday, Monday first.
    public var hours: [Weekday: [ClockRange]] {
        didSet { periodsByDay = DayPeriods() }
    }
    /// Days off, as `YYYY-MM-DD` in `timeZone`.
    public var holidays: Set<String> {
        didSet { periodsByDay = DayPeriods() }
    }

    /// Built once, and each day's periods remembered: every visible timer asks for working time
    /// every second, and turning wall-clock times into instants is the costly part.
    private var calendar: Calendar
    private var periodsByDay = DayPeriods()

    public static func == (lhs: WorkingCalendar, rhs: WorkingCalendar) -> Bool {
        lhs.timeZone == rhs.timeZone && lhs.hours == rhs.hours && lhs.holidays == rhs.holidays
    }

    public init(timeZone: TimeZone, hours: [Weekday: [ClockRange]], holidays: Set<String> = []) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        self.hours = hours
        self.holidays = holidays
    }

    /// Monday to Friday, 09:00-12:00 and 13:00-18:00, in the machine's time zone.
    public static var standard: WorkingCalendar { standard(in: .current) }

    public static func standard(in timeZone: TimeZone) -> WorkingCalendar {
        let day = [ClockRange(start: 9 * 60, end: 12 * 60), ClockRange(start: 13 * 60, end: 18 * 60)]
        return WorkingCalendar(timeZone: timeZone, hours: [.monday: day, .tuesday: day, .wednesday: day, .thursday: day, .friday: day])
    }

    /// True inside a working period.
    public func isWorking(at instant: Date) -> Bool {
        periods(onDayOf: instant).contains { $0.contains(instant) }
    }

    /// The instant at which `seconds` of working time have passed since `start`.
    /// Time outside working hours does not count; a start outside them waits for the next opening.
    public func adding(workingSeconds seconds: TimeInterval, to start: Date) -> Date {
        var remaining = max(0, seconds)
        var day = startOfDay(start)
        for _ in 0..<Self.searchDays {
            for period in periods(onDay: day) where period.upperBound > start {
                let from = max(period.lowerBound, start)
                let available = period.upperBound.timeIntervalSince(from)
                if remaining <= available { return from.addingTimeInterval(remaining) }
                remaining -= available
            }
            day = nextDay(day)
        }
        return .distantFuture
    }

    /// Working time between two instants (zero when `end` is not after `start`).
    public func workingSeconds(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        var total: TimeInterval = 0
        var day = startOfDay(start)
        while day < end {
            for period in periods(onDay: day) {
                let from = max(period.lowerBound, start), to = min(period.upperBound, end)
                if to > from { total += to.timeIntervalSince(from) }
            }
            day = nextDay(day)
        }
        return total
    }

    /// Working time counted from `start`, around `instant`, as a straight line up to the next
    /// calendar boundary (`WorkingTimePiece`): what `workingSeconds(from: start, to:)` says at every
    /// instant of the piece, bit for bit, without walking the calendar again. The walk and its sum
    /// are the same as `workingSeconds`'s; the periods are in order (as the policy file requires),
    /// so the period `instant` falls in is the last one counted.
    public func workingTimePiece(from start: Date, at instant: Date) -> WorkingTimePiece {
        guard instant >= start else {
            return WorkingTimePiece(countedBefore: 0, runningSince: nil, validFrom: .distantPast, validUntil: start)
        }
        var total: TimeInterval = 0
        var previousBoundary = start
        var day = startOfDay(start)
        for _ in 0..<Self.searchDays {
            for period in periods(onDay: day) {
                let from = max(period.lowerBound, start)
                guard period.upperBound > from else { continue }
                if from > instant {
                    return WorkingTimePiece(countedBefore: total, runningSince: nil, validFrom: previousBoundary, validUntil: from)
                }
                if period.upperBound > instant {
                    return WorkingTimePiece(countedBefore: total, runningSince: from, validFrom: from, validUntil: period.upperBound)
                }
                total += period.upperBound.timeIntervalSince(from)
                previousBoundary = period.upperBound
            }
            day = nextDay(day)
        }
        return WorkingTimePiece(countedBefore: total, runningSince: nil, validFrom: previousBoundary, validUntil: .distantFuture)
    }

    /// The close of the working day that `instant` falls in; after closing or on a day off,
    /// the close of the next working day.
    public func endOfWorkingDay(after instant: Date) -> Date {
        var day = startOfDay(instant)
        for _ in 0..<Self.searchDays {
            if let close = periods(onDay: day).last?.upperBound, close > instant { return close }
            day = nextDay(day)
        }
        return .distantFuture
    }

    // MARK: Days

    /// A calendar far enough ahead that a week of holidays cannot hide every working day.
    static let searchDays = 3660

    private func startOfDay(_ instant: Date) -> Date { day(containing: instant).lowerBound }

    private func nextDay(_ day: Date) -> Date { self.day(containing: day).upperBound }

    /// The local day `instant` falls in, from its start to the next day's. The last few are
    /// remembered: asking Calendar was most of the cost of 1,000 working-time timers each second,
    /// and nearly all of them start and end within the same few days.
    private func day(containing instant: Date) -> Range<Date> {
        periodsByDay.day(containing: instant) {
            let start = calendar.startOfDay(for: instant)
            let next = calendar.date(byAdding: .day, value: 1, to: start).map(calendar.startOfDay) ?? start
            return start..<(next > start ? next : start.addingTimeInterval(86400))
        }
    }

    private func periods(onDayOf instant: Date) -> [Range<Date>] { periods(onDay: startOfDay(instant)) }

    /// The working periods of one local day as instants. Built from wall-clock components,
    /// so a daylight-saving change inside the day moves them the way the clocks on the wall move.
    private func periods(onDay day: Date) -> [Range<Date>] {
        periodsByDay.periods(day) { computePeriods(onDay: day) }
    }

    private func computePeriods(onDay day: Date) -> [Range<Date>] {
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
        guard let year = parts.year, let month = parts.month, let dayOfMonth = parts.day,
              let weekday = parts.weekday.flatMap(Weekday.init(calendarWeekday:)) else { return [] }
        guard !holidays.contains(Self.dayStamp(year, month, dayOfMonth)) else { return [] }
        return (hours[weekday] ?? []).compactMap { range in
            func instant(_ minutes: Int) -> Date? {
                calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth,
                                                   hour: minutes / 60, minute: minutes % 60))
            }
            guard let start = instant(range.start), let end = range.end >= 24 * 60 ? nextDay(day) : instant(range.end),
                  end > start else { return nil }
            return start..<end
        }
    }

    static func dayStamp(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// A day of the week, Monday first, named as a config file writes it.
public enum Weekday: String, CaseIterable, Codable, Sendable {
    case monday = "mon", tuesday = "tue", wednesday = "wed", thursday = "thu", friday = "fri", saturday = "sat", sunday = "sun"

    /// From Foundation's numbering, where 1 is Sunday.
    init?(calendarWeekday: Int) {
        let order: [Weekday] = [.sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday]
        guard (1...7).contains(calendarWeekday) else { return nil }
        self = order[calendarWeekday - 1]
    }
}

/// A stretch of a day in minutes from midnight: `09:00-12:00` is 540..<720; `24:00` ends at midnight.
public struct ClockRange: Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Reads `HH:MM-HH:MM`.
    public init?(_ text: String) {
        let halves = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard halves.count == 2, let start = Self.minutes(halves[0]), let end = Self.minutes(halves[1]), start < end else { return nil }
        self.init(start: start, end: end)
    }

    public var description: String { Self.clock(start) + "-" + Self.clock(end) }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour),
              (0..<60).contains(minute), hour * 60 + minute <= 24 * 60 else { return nil }
        return hour * 60 + minute
    }

    private static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
}

/// Each day's working periods, remembered by the day's start. Shared by copies of one calendar;
/// a changed calendar gets a fresh one.
private final class DayPeriods: @unchecked Sendable {
    private let lock = NSLock()
    private var days: [Date: [Range<Date>]] = [:]
    /// The days asked for most recently, newest first; a handful, so a scan is the fastest lookup.
    private var recentDays: [Range<Date>] = []

    func day(containing instant: Date, compute: () -> Range<Date>) -> Range<Date> {
        if let known = lock.withLock({ recentDays.first { $0.contains(instant) } }) { return known }
        let day = compute()
        lock.withLock {
            recentDays.insert(day, at: 0)
            if recentDays.count > 8 { recentDays.removeLast() }
        }
        return day
    }

    func periods(_ day: Date, compute: () -> [Range<Date>]) -> [Range<Date>] {
        if let known = lock.withLock({ days[day] }) { return known }
        let periods = compute()
        lock.withLock {
            if days.count > 1000 { days.removeAll() }   // years of days: start again rather than grow
            days[day] = periods
        }
        return periods
    }
}
