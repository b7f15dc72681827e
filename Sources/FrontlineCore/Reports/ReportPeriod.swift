import Foundation

/// Which period a report covers: the local calendar day, ISO week (Monday to Sunday) or month
/// containing a date, or any [from, to) given by hand.
public enum ReportPeriod: String, CaseIterable, Sendable {
    case daily
    case weekly
    case monthly
    case custom

    /// [start, end) of the day, ISO week or month containing `date` in `calendar`'s time zone;
    /// nil for `custom`. Whole calendar units, so a daylight-saving day is 23 or 25 hours.
    public func interval(containing date: Date, calendar: Calendar) -> (start: Date, end: Date)? {
        switch self {
        case .daily:
            return ServiceLevel.today(containing: date, calendar: calendar)
        case .weekly:
            var iso = Calendar(identifier: .iso8601)
            iso.timeZone = calendar.timeZone
            iso.locale = calendar.locale
            guard let week = iso.dateInterval(of: .weekOfYear, for: date) else { return nil }
            return (week.start, week.end)
        case .monthly:
            guard let month = calendar.dateInterval(of: .month, for: date) else { return nil }
            return (month.start, month.end)
        case .custom:
            return nil
        }
    }
}
