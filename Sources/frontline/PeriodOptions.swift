import ArgumentParser
import Foundation
import FrontlineCore

/// `--from` and `--to`: the period [from, to) a report covers, each an ISO 8601 time with its
/// offset or a plain date (`2026-12-01`, the start of that day in local time). Parsed and checked here for every report; `Default` says which period an option left
/// out falls back to, and how the help names its ends.
struct PeriodOptions<Default: DefaultPeriod>: ParsableArguments {
    @Option(help: ArgumentHelp("Start of the period: a date (2026-12-01, its start in local time) or an ISO 8601 time with offset. Default: \(Default.startHelp).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("End of the period, not included: a date (its start in local time) or an ISO 8601 time with offset. Default: \(Default.endHelp).",
                               valueName: "time"))
    var to: String?

    /// The period asked for, each end left out taken from the default period around `now`.
    /// A malformed time is bad data; an empty or reversed period is a usage error.
    func period(around now: Date) throws -> (start: Date, end: Date) {
        try parsePeriod(from: from, to: to, fallback: Default.period(containing: now))
    }
}

/// `--from` and `--to` as [start, end), every command's way: an end left out is the fallback's;
/// a malformed time is bad data, an empty or reversed period a usage error.
func parsePeriod(from: String?, to: String?, fallback: (start: Date, end: Date)) throws -> (start: Date, end: Date) {
    let start = try Timestamp.parse(dateOrTime: from, named: "--from", default: fallback.start)
    let end = try Timestamp.parse(dateOrTime: to, named: "--to", default: fallback.end)
    guard start < end else {
        throw CommandFailure.usage("--from must be before --to; the period is [--from, --to)")
    }
    return (start, end)
}

/// The period a report covers when `--from` or `--to` is left out.
protocol DefaultPeriod {
    /// How the help names the default start and end ("the start of today").
    static var startHelp: String { get }
    static var endHelp: String { get }
    static func period(containing now: Date) -> (start: Date, end: Date)
}

/// Today in the local calendar, as the service-level figures count it.
enum Today: DefaultPeriod {
    static let startHelp = "the start of today"
    static let endHelp = "the start of tomorrow"
    static func period(containing now: Date) -> (start: Date, end: Date) {
        ServiceLevel.today(containing: now, calendar: .current)
    }
}

/// The current calendar month, as the complaint figures count it.
enum ThisMonth: DefaultPeriod {
    static let startHelp = "the start of this month"
    static let endHelp = "the start of next month"
    static func period(containing now: Date) -> (start: Date, end: Date) {
        let month = Calendar.current.dateInterval(of: .month, for: now) ?? DateInterval(start: now, duration: 0)
        return (month.start, month.end)
    }
}
