import Foundation
import FrontlineCore
import FrontlineTestSupport
import XCTest

/// The report's arithmetic on plain rows: percentiles, time per state, follow-up coverage, the
/// periods, and the scope.
final class ReportBuilderTests: XCTestCase {
    private let t0 = ShanghaiTime.date("2026-09-28 00:00")
    private var shanghai: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ShanghaiTime.zone
        return calendar
    }

    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    private func build(_ rows: [ReportRow], now: TimeInterval = 86_400, scope: ReportBuilder.Scope = .init()) -> Report {
        var builder = ReportBuilder(period: .daily, from: t0, to: at(86_400), now: at(now), policy: .standard, calendar: shanghai, scope: scope)
        rows.forEach { builder.add($0) }
        return builder.build()
    }

    func testNearestRankPercentilesAreMeasuredValues() {
        XCTAssertNil(Percentile.of([], 0.5))
        XCTAssertEqual(Percentile.of([7], 0.9), 7)
        XCTAssertEqual(Percentile.of([40, 10, 30, 20], 0.5), 20, "rank ⌈0.5·4⌉ = 2")
        XCTAssertEqual(Percentile.of([40, 10, 30, 20], 0.9), 40, "rank ⌈0.9·4⌉ = 4")
        XCTAssertEqual(Percentile.of(Array(1...10).map(Double.init), 0.9), 9)
        let summary = DurationSummary([30, 10, 20])
        XCTAssertEqual([summary.mean, summary.median, summary.p90], [20, 20, 30])
    }

    func testTimePerStateIsClippedToThePeriodAndToNow() {
        let report = build([
            .agent(name: "lin", displayName: "林", groups: ["orders"]),
            .agentState(agent: "lin", presence: .available, reason: nil, at: at(-3600)),   // before: counts from 0
            .agentState(agent: "lin", presence: .away, reason: .break, at: at(600)),
            .agentState(agent: "lin", presence: .available, reason: nil, at: at(900)),
            .agentState(agent: "lin", presence: .wrapUp, reason: nil, at: at(1000)),
            .agentState(agent: "lin", presence: .away, reason: nil, at: at(1030)),
            .agentState(agent: "lin", presence: .offline, reason: nil, at: at(1100)),
            .contact(ReportContact(channel: .chat, state: .active, queuedAt: at(100), takenAt: at(200), agent: "lin")),
            .contact(ReportContact(channel: .chat, state: .ended, queuedAt: at(150), takenAt: at(300), endedAt: at(400), agent: "lin")),
        ], now: 500)
        let lin = report.agents[0]
        XCTAssertEqual(lin.time["available"], 500, "0 to now (500 s); the rest is still to come")
        XCTAssertNil(lin.time["away:break"])
        XCTAssertEqual(lin.time["busy"], 300, "200 to now, the second chat inside it counted once")
        let later = build([
            .agentState(agent: "lin", presence: .available, reason: nil, at: at(0)),
            .agentState(agent: "lin", presence: .away, reason: .break, at: at(600)),
            .agentState(agent: "lin", presence: .available, reason: nil, at: at(900)),
            .agentState(agent: "lin", presence: .wrapUp, reason: nil, at: at(1000)),
            .agentState(agent: "lin", presence: .away, reason: nil, at: at(1030)),
            .agentState(agent: "lin", presence: .offline, reason: nil, at: at(1100)),
        ]).agents[0].time
        XCTAssertEqual(later, ["available": 700, "away:break": 300, "wrap-up": 30, "away:unspecified": 70])
    }

    func testFollowUpsDueUpToNowAgainstMade() {
        let report = build([
            .contact(ReportContact(channel: .callback, state: .ended, queuedAt: at(100), takenAt: at(200), endedAt: at(300),
                                   agent: "lin", owner: "lin", purpose: .memberFollowUp)),
            .contact(ReportContact(channel: .callback, state: .waiting, queuedAt: at(200), owner: "lin", purpose: .memberFollowUp)),
            .contact(ReportContact(channel: .callback, state: .waiting, queuedAt: at(80_000), owner: "lin", purpose: .followUp)),
            .contact(ReportContact(channel: .callback, state: .ended, queuedAt: at(300), takenAt: at(300), endedAt: at(400),
                                   agent: "lin", purpose: .promisedReply)),
        ], now: 1000)
        XCTAssertEqual(report.followUpCoverage, [FollowUpCoverage(kind: "member", due: 2, done: 1),
                                                 FollowUpCoverage(kind: "complaint", due: 0, done: 0),
                                                 FollowUpCoverage(kind: "agreed", due: 0, done: 0)],
                       "the complaint follow-up is not due until 22:13; a promised reply is no follow-up")
        XCTAssertEqual(report.followUpCoverage[0].coverage, 0.5)
        XCTAssertEqual([report.agents[0].followUpsDue, report.agents[0].followUpsDone], [2, 1])
    }

    func testHoursAreLocalAndTheTeamSumsTheChannels() {
        let report = build([
            .contact(ReportContact(channel: .phone, state: .ended, queuedAt: at(9 * 3600), takenAt: at(9 * 3600 + 10),
                                   endedAt: at(9 * 3600 + 70), agent: "lin")),
            .contact(ReportContact(channel: .email, state: .waiting, queuedAt: at(9 * 3600 + 1800))),
            .contact(ReportContact(channel: .chat, state: .abandoned, queuedAt: at(23 * 3600), endedAt: at(23 * 3600 + 60), isRepeat: true)),
        ])
        XCTAssertEqual(report.hours[9].offered, 2, "09:00 in Shanghai")
        XCTAssertEqual(report.hours[9].sl, 1)
        XCTAssertEqual(report.hours[23].sl2, 1, "abandoned within the chat target")
        XCTAssertEqual(report.team.offered, 3)
        XCTAssertEqual(report.team.answered, 1)
        XCTAssertEqual(report.team.abandoned, 1)
        XCTAssertEqual(report.team.repeatContacts, 1)
        XCTAssertEqual(report.team.averageHandleSeconds, 60)
    }

    func testAGroupCountsWhatWasSentToItOrHandledByItsMembers() {
        let rows: [ReportRow] = [
            .agent(name: "lin", displayName: "林", groups: ["orders"]),
            .agent(name: "bo", displayName: "보", groups: ["service"]),
            .contact(ReportContact(channel: .phone, state: .ended, queuedAt: at(10), takenAt: at(20), endedAt: at(30), agent: "lin")),
            .contact(ReportContact(channel: .phone, state: .ended, queuedAt: at(10), takenAt: at(20), endedAt: at(30), agent: "bo")),
            .contact(ReportContact(channel: .phone, state: .waiting, queuedAt: at(10), sentToGroup: "orders")),
            .wrapUp(agent: "bo", channel: .phone, group: nil, codes: ["shipping-fees"], outcome: nil),
        ]
        let orders = build(rows, scope: .init(group: "orders"))
        XCTAssertEqual(orders.agents.map(\.name), ["lin"])
        XCTAssertEqual(orders.team.offered, 2)
        XCTAssertEqual(orders.wrapUpCodes, [])
        let bo = build(rows, scope: .init(agent: "bo"))
        XCTAssertEqual(bo.agents.map(\.name), ["bo"])
        XCTAssertEqual(bo.team.offered, 1)
        XCTAssertEqual(bo.wrapUpCodes, [CodeCount(code: "shipping-fees", count: 1)])
    }

    func testPeriodsAreTheLocalDayIsoWeekAndMonth() throws {
        let sunday = ShanghaiTime.date("2027-01-03 23:30")
        let week = try XCTUnwrap(ReportPeriod.weekly.interval(containing: sunday, calendar: shanghai))
        XCTAssertEqual(week.start, ShanghaiTime.date("2026-12-28 00:00"), "ISO weeks start on Monday")
        XCTAssertEqual(week.end, ShanghaiTime.date("2027-01-04 00:00"))
        let month = try XCTUnwrap(ReportPeriod.monthly.interval(containing: sunday, calendar: shanghai))
        XCTAssertEqual(month.start, ShanghaiTime.date("2027-01-01 00:00"))
        XCTAssertEqual(month.end, ShanghaiTime.date("2027-02-01 00:00"))
        let day = try XCTUnwrap(ReportPeriod.daily.interval(containing: sunday, calendar: shanghai))
        XCTAssertEqual(day.start, ShanghaiTime.date("2027-01-03 00:00"))
        XCTAssertNil(ReportPeriod.custom.interval(containing: sunday, calendar: shanghai))
    }

    func testTheJoinsFillTheQualityAndSatisfactionFigures() {
        var report = build([.agent(name: "lin", displayName: "林", groups: []), .agent(name: "bo", displayName: "보", groups: [])])
        report.join(qualityScores: ["lin": 87.5])
        report.join(satisfaction: ["bo": Satisfaction(average: 4.5, count: 2, csatPercent: 100)])
        XCTAssertEqual(report.agents.map(\.qaScore), [87.5, nil])
        XCTAssertEqual(report.agents.map(\.satisfaction), [nil, Satisfaction(average: 4.5, count: 2, csatPercent: 100)])
    }
}
