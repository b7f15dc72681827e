import ArgumentParser
import Foundation

/// A named calendar period around now (`week`, `month`, `quarter`, `today`), in local time, or
/// the one before it with `previous`. Quarters are computed by hand: Foundation's `.quarter` is
/// not reliable on every platform.
enum NamedPeriod: String, CaseIterable, ExpressibleByArgument {
    case today, week, month, quarter

    func interval(containing now: Date, previous: Bool = false, calendar: Calendar = .current) -> (start: Date, end: Date) {
        let unit: Calendar.Component = switch self {
        case .today: .day
        case .week: .weekOfYear
        case .month, .quarter: .month
        }
        let base = calendar.dateInterval(of: unit, for: now) ?? DateInterval(start: now, duration: 0)
        var start = base.start
        var months = 1
        if self == .quarter {
            let month = calendar.component(.month, from: now)
            start = calendar.date(byAdding: .month, value: -((month - 1) % 3), to: base.start) ?? base.start
            months = 3
        }
        func step(_ date: Date, _ count: Int) -> Date {
            switch self {
            case .today: calendar.date(byAdding: .day, value: count, to: date) ?? date
            case .week: calendar.date(byAdding: .weekOfYear, value: count, to: date) ?? date
            case .month, .quarter: calendar.date(byAdding: .month, value: count * months, to: date) ?? date
            }
        }
        if previous { start = step(start, -1) }
        return (start, step(start, 1))
    }
}

/// `[PERIOD] [--previous] [--from T] [--to T]`: `--from`/`--to` win over the named period.
struct NamedPeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("today, week, month or quarter (local time); the one now unless --previous.", valueName: "period"))
    var period: NamedPeriod?

    @Flag(help: "The period before the current one (last quarter, last month...).")
    var previous = false

    @Option(help: ArgumentHelp("Start of the period: a date (2026-10-01) or an ISO 8601 time with offset; with --to instead of --period.",
                               valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("End of the period, not included.", valueName: "time"))
    var to: String?

    func interval(around now: Date, default fallback: NamedPeriod) throws -> (start: Date, end: Date) {
        if period != nil, from != nil || to != nil {
            throw CommandFailure.usage("give --period or --from/--to, not both")
        }
        let named = (period ?? fallback).interval(containing: now, previous: previous)
        let start = try Timestamp.parse(dateOrTime: from, named: "--from", default: named.start)
        let end = try Timestamp.parse(dateOrTime: to, named: "--to", default: named.end)
        guard start < end else { throw CommandFailure.usage("--from must be before --to; the period is [--from, --to)") }
        return (start, end)
    }
}
