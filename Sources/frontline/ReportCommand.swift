import ArgumentParser
import Foundation
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline report daily|weekly|monthly` or `--from … --to …`: the team lead's report.
struct ReportCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the daily, weekly or monthly report (or any period) per agent, channel and team.",
        discussion: """
            daily, weekly and monthly are the calendar day, ISO week (Monday to Sunday) and \
            month containing now, or --date, in the centre's time zone (the policy's [calendar] \
            time_zone; this machine's by default), as the wallboard counts "today". Or give --from and --to for any period [from, to). \
            Contacts count in the period their wait began, as `frontline stats` counts them: SL \
            and SL2 are the same figures. --output DIR writes frontline-daily-2026-12-05.csv (etc.) \
            there and never overwrites: when the file exists it refuses with exit 1. \
            Field names and meanings: docs/reports.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @Argument(help: ArgumentHelp("daily, weekly or monthly. Leave out with --from and --to.", valueName: "period"))
    var period: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("A day in the period wanted (2026-12-01). Default: today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Start of a period by hand: a date or an ISO 8601 time with offset.", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("End of a period by hand, not included.", valueName: "time"))
    var to: String?

    @Option(help: ArgumentHelp("Only this agent's contacts and figures (login name).", valueName: "name"))
    var agent: String?

    @Option(help: ArgumentHelp("Only contacts sent to this group or handled by its members.", valueName: "group"))
    var group: String?

    @Option(help: "text, csv or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write to this file, or into this directory as frontline-PERIOD-DATE.EXT; never overwrites.", valueName: "path"))
    var output: String?

    @Option(help: "The text's language: en, zh-Hans or ko. Default: en.")
    var lang: String?

    func execute() throws {
        let now = Date()
        let policy = try config.load().policy
        // The centre's time zone (the policy's calendar, the machine's by default), as the wallboard's "today".
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = policy.calendar.timeZone
        let (kind, start, end) = try resolvedPeriod(now: now, calendar: calendar)
        let language = try lang.map { code -> ConsoleLanguage in
            guard let chosen = ConsoleLanguage(code: code) else { throw CommandFailure.usage("--lang \(code) is not one Frontline speaks; use en, zh-Hans or ko") }
            return chosen
        } ?? .en
        let store = try database.openDatabaseForReading()
        if let agent, try store.agent(named: agent) == nil {
            throw CommandFailure.usage("no agent named \(agent); `frontline agents` lists them")
        }
        let report = try store.report(kind, from: start, to: end, now: now, policy: policy, calendar: calendar,
                                      scope: .init(agent: agent, group: group))
        let file = ReportFile(report: report, calendar: calendar)
        let text: String = switch format {
        case .text: ReportText.lines(report, labels: .of(language), heading: file.heading(language)).joined(separator: "\n") + "\n"
        case .csv: try CSVText.render(file.csvRows())
        case .json: try JSONOutput.text(file.json()) + "\n"
        }
        guard let output else {
            // Names come from outside: nothing in them reaches the terminal as a control.
            print(format == .json ? text : SafeText.output(text), terminator: "")
            return
        }
        let path = try file.outputPath(output, extension: format.rawValue)
        try ReportFile.writeNew(text, to: path)
        print(path)
    }

    /// The period asked for; exactly one of a period name or --from/--to.
    func resolvedPeriod(now: Date, calendar: Calendar) throws -> (ReportPeriod, Date, Date) {
        if from != nil || to != nil {
            guard period == nil else { throw CommandFailure.usage("give daily, weekly or monthly, or --from and --to, not both") }
            guard date == nil else { throw CommandFailure.usage("--date picks a daily, weekly or monthly period; --from and --to give one by hand") }
            guard from != nil, to != nil else { throw CommandFailure.usage("give both --from and --to; the period is [--from, --to)") }
            let (start, end) = try parsePeriod(from: from, to: to, fallback: (now, now))
            return (.custom, start, end)
        }
        guard let name = period else { throw CommandFailure.usage("say which report: daily, weekly or monthly (or --from and --to)") }
        guard let kind = ReportPeriod(rawValue: name), kind != .custom else {
            throw CommandFailure.usage("\(name) is not a report; use daily, weekly or monthly, or --from and --to")
        }
        var day = now
        if let date {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.dateFormat = "yyyy-MM-dd"
            formatter.isLenient = false
            guard let parsed = formatter.date(from: date.trimmingCharacters(in: .whitespaces)) else {
                throw CommandFailure.usage("--date \(date) is not a date like 2026-12-01")
            }
            day = parsed
        }
        guard let interval = kind.interval(containing: day, calendar: calendar) else { throw CommandFailure.failure("no calendar period around \(date ?? "now")") }
        return (kind, interval.start, interval.end)
    }
}
