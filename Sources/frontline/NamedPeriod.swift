import ArgumentParser
import Foundation
import FrontlineCore

/// A named calendar period around now (`today`, `week`, `month`, `quarter`) in local time, or the
/// one before it with `previous`. Day, ISO week and month are the reports' own (`ReportPeriod`),
/// so `csat stats week` and `report weekly` count the same days; quarters are worked out here
/// (Foundation's `.quarter` is not reliable on every platform).
enum NamedPeriod: String, CaseIterable, ExpressibleByArgument {
    case today, week, month, quarter

    func interval(containing now: Date, previous: Bool = false, calendar: Calendar = .current) -> (start: Date, end: Date) {
        let current = interval(containing: now, calendar: calendar)
        // The period before is the one holding the last instant before this one began.
        return previous ? interval(containing: current.start.addingTimeInterval(-1), calendar: calendar) : current
    }

    private func interval(containing date: Date, calendar: Calendar) -> (start: Date, end: Date) {
        let report: ReportPeriod = switch self {
        case .today: .daily
        case .week: .weekly
        case .month, .quarter: .monthly
        }
        guard let month = report.interval(containing: date, calendar: calendar) else { return (date, date) }
        guard self == .quarter else { return month }
        let monthNumber = calendar.component(.month, from: date)
        let start = calendar.date(byAdding: .month, value: -((monthNumber - 1) % 3), to: month.start) ?? month.start
        return (start, calendar.date(byAdding: .month, value: 3, to: start) ?? month.end)
    }

    /// The period a command was given: a name (the current one, or the one before with
    /// `previous`), or `--from`/`--to`, which win over the default name but not over a given one.
    static func resolve(_ period: NamedPeriod?, previous: Bool, from: String?, to: String?, around now: Date,
                        default fallback: NamedPeriod) throws -> (start: Date, end: Date) {
        if period != nil, from != nil || to != nil {
            throw CommandFailure.usage("give --period or --from/--to, not both")
        }
        return try parsePeriod(from: from, to: to, fallback: (period ?? fallback).interval(containing: now, previous: previous))
    }
}

/// `[--period PERIOD] [--previous] [--from T] [--to T]`: `--from`/`--to` win over the named period.
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
        try NamedPeriod.resolve(period, previous: previous, from: from, to: to, around: now, default: fallback)
    }
}
