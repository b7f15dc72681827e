import Foundation
import FrontlineCore

/// Figures for reports and the wall: complaint statistics, the wallboard's input, table counts.
/// A report also reads the quality scores and the satisfaction answers of its period.
public protocol ReportStore: QualityStore, SatisfactionStore {
    func complaintStatistics(from: Date, to: Date, policy: SLAPolicy, at now: Date) throws -> ComplaintStatistics
    func wallboardInput(from start: Date, to end: Date) throws -> WallboardInput
    func counts() throws -> (customers: Int, contacts: Int, orders: Int, complaints: Int)
    /// The rows `frontline report` counts for [from, to), streamed to `each` (agents first), so a
    /// month is never held in memory. No customer text.
    func reportRows(from: Date, to: Date, _ each: (ReportRow) throws -> Void) throws
}

extension ReportStore {
    /// The report for [from, to), counted as the rows stream in: what `frontline report` and the
    /// wallboard's reports view both show.
    public func report(_ period: ReportPeriod, from: Date, to: Date, now: Date, policy: SLAPolicy, calendar: Calendar,
                       scope: ReportBuilder.Scope = .init()) throws -> Report {
        var builder = ReportBuilder(period: period, from: from, to: to, now: now, policy: policy, calendar: calendar, scope: scope)
        try reportRows(from: from, to: to) { builder.add($0) }
        var report = builder.build()
        report.join(qualityScores: try qualityScores(from: from, to: to))
        report.join(satisfaction: try satisfactionFigures(from: from, to: to), teamWide: scope == .init())
        return report
    }

    /// Every row at once, for tests and small periods.
    public func reportRows(from: Date, to: Date) throws -> [ReportRow] {
        var rows: [ReportRow] = []
        try reportRows(from: from, to: to) { rows.append($0) }
        return rows
    }
}
