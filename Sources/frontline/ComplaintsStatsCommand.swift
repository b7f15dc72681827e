import ArgumentParser
import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// `frontline complaints stats`: the supervisor's complaint figures for a period.
struct ComplaintsStatsCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print complaint statistics for a period (default: this month).",
        discussion: """
            Counts the complaints received in [--from, --to): how many per category, severity and \
            state; follow-up coverage (resolved complaints followed up at least once / resolved \
            complaints); the overdue ones (past their next deadline now: settling, or the \
            follow-up once resolved); and the complaints about each agent's service.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @OptionGroup var period: PeriodOptions<ThisMonth>

    @Option(help: "text, csv or json.")
    var format: Format = .text

    func execute() throws {
        let now = Date()
        let (start, end) = try period.period(around: now)
        let policy = try config.load().policy
        let statistics = try database.openDatabaseForReading().complaintStatistics(from: start, to: end, policy: policy, at: now)
        let report = ComplaintStatsReport(from: start, to: end, statistics: statistics)
        switch format {
        case .text: print(report.text())
        case .csv: print(try CSVText.render(report.csvRows()), terminator: "")
        case .json: print(try JSONOutput.text(report.json()))
        }
    }
}
