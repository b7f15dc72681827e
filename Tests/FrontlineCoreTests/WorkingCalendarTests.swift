import Foundation
import FrontlineTestSupport
import XCTest
@testable import FrontlineCore

/// Working time: lunch breaks, nights, weekends, holidays and daylight-saving changes.
final class WorkingCalendarTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone
    private var calendar: WorkingCalendar {
        var calendar = WorkingCalendar.standard(in: shanghai)   // Mon-Fri 09-12, 13-18
        calendar.holidays = ["2026-10-01"]
        return calendar
    }

    private func at(_ text: String, _ zone: TimeZone? = nil) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone ?? shanghai
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    func testTimeInsideAPeriodCountsOneForOne() {
        XCTAssertEqual(calendar.adding(workingSeconds: 3600, to: at("2026-11-23 09:30")), at("2026-11-23 10:30"))
    }

    func testTheLunchBreakDoesNotCount() {
        // 11:30 + 1 h working = 30 min before lunch, 30 min after it.
        XCTAssertEqual(calendar.adding(workingSeconds: 3600, to: at("2026-11-23 11:30")), at("2026-11-23 13:30"))
        XCTAssertEqual(calendar.workingSeconds(from: at("2026-11-23 11:30"), to: at("2026-11-23 13:30")), 3600)
    }

    func testOvernightContinuesAtTheNextOpening() {
        // Monday 17:00 + 4 h: 1 h Monday, 3 h Tuesday morning.
        XCTAssertEqual(calendar.adding(workingSeconds: 4 * 3600, to: at("2026-11-23 17:00")), at("2026-11-24 12:00"))
        XCTAssertEqual(calendar.adding(workingSeconds: 60, to: at("2026-11-23 22:00")), at("2026-11-24 09:01"))
    }

    func testTheWeekendIsSkipped() {
        // Friday 17:30 + 1 h: 30 min Friday, 30 min Monday.
        XCTAssertEqual(calendar.adding(workingSeconds: 3600, to: at("2026-11-27 17:30")), at("2026-11-30 09:30"))
        XCTAssertEqual(calendar.workingSeconds(from: at("2026-11-28 10:00"), to: at("2026-11-29 16:00")), 0)
    }

    func testAHolidayIsSkipped() {
        // National Day, Thursday 2026-10-01, is off: Wednesday 17:00 + 2 h ends Friday 10:00.
        XCTAssertEqual(calendar.adding(workingSeconds: 2 * 3600, to: at("2026-09-30 17:00")), at("2026-10-02 10:00"))
        XCTAssertFalse(calendar.isWorking(at: at("2026-10-01 10:00")))
        XCTAssertTrue(calendar.isWorking(at: at("2026-10-02 10:00")))
    }

    func testADaylightSavingChangeCountsTheHoursTheClocksShow() {
        // New York springs forward at 02:00 on Sunday 2026-03-08: that day has 23 hours.
        let newYork = TimeZone(identifier: "America/New_York")!
        var allWeek = WorkingCalendar(timeZone: newYork, hours: [:])
        for day in Weekday.allCases { allWeek.hours[day] = [ClockRange(start: 0, end: 24 * 60)] }
        XCTAssertEqual(allWeek.workingSeconds(from: at("2026-03-08 00:00", newYork), to: at("2026-03-09 00:00", newYork)), 23 * 3600)
        // Business hours on the Monday after the change are 09:00-18:00 local, not shifted by an hour.
        let business = WorkingCalendar.standard(in: newYork)
        XCTAssertEqual(business.adding(workingSeconds: 60, to: at("2026-03-07 20:00", newYork)), at("2026-03-09 09:01", newYork))
    }

    func testEndOfTheWorkingDay() {
        XCTAssertEqual(calendar.endOfWorkingDay(after: at("2026-11-23 10:00")), at("2026-11-23 18:00"))
        XCTAssertEqual(calendar.endOfWorkingDay(after: at("2026-11-23 19:00")), at("2026-11-24 18:00"))
        XCTAssertEqual(calendar.endOfWorkingDay(after: at("2026-11-28 10:00")), at("2026-11-30 18:00"), "Saturday: Monday's close")
    }

    /// A queue keeps working time as straight pieces between calendar boundaries: anywhere inside
    /// a piece it must be the calendar's own sum, to the bit, over lunch, nights, weekends,
    /// holidays and a daylight-saving change.
    func testWorkingTimePiecesAreTheCalendarsSum() {
        var rng = SplitMix64(seed: 0x9_1ECE)
        let newYork = TimeZone(identifier: "America/New_York")!
        let calendars = [calendar, WorkingCalendar.standard(in: newYork),
                         WorkingCalendar(timeZone: newYork, hours: Dictionary(uniqueKeysWithValues: Weekday.allCases.map {
                             ($0, [ClockRange(start: 0, end: 8 * 60), ClockRange(start: 20 * 60, end: 24 * 60)]) }))]
        let base = at("2026-09-25 00:00").timeIntervalSince1970
        var checked = 0, running = 0, standing = 0
        for _ in 0..<300 {
            let calendar = calendars[rng.int(0...2)]
            // Starts and instants at odd fractions of a second, as arrivals and clocks are.
            let start = Date(timeIntervalSince1970: base + Double(rng.int(0...(200 * 86400))) + Double(rng.int(0...999)) / 1000)
            for _ in 0..<8 {
                let instant = start.addingTimeInterval(Double(rng.int(-3600...(9 * 86400))) + Double(rng.int(0...999)) / 1000)
                let piece = calendar.workingTimePiece(from: start, at: instant)
                XCTAssertTrue(piece.contains(instant), "the piece holds at the instant it was made for")
                if piece.runningSince != nil { running += 1 } else { standing += 1 }
                let length = min(piece.validUntil.timeIntervalSince(piece.validFrom), 30 * 86400)
                var probes = [instant, piece.validFrom, piece.validUntil.addingTimeInterval(-0.001)]
                probes += (0..<6).map { _ in piece.validFrom.addingTimeInterval(length * Double(rng.int(0...1000)) / 1000) }
                for now in probes where piece.contains(now) {
                    XCTAssertEqual(piece.workingSeconds(at: now), calendar.workingSeconds(from: start, to: now),
                                   "start \(start), at \(now)")
                    checked += 1
                }
                // Just past its end, the next piece takes over where it left off.
                if piece.validUntil < .distantFuture {
                    let next = calendar.workingTimePiece(from: start, at: piece.validUntil)
                    XCTAssertEqual(next.validFrom, piece.validUntil)
                    XCTAssertEqual(next.workingSeconds(at: piece.validUntil), calendar.workingSeconds(from: start, to: piece.validUntil))
                }
            }
        }
        XCTAssertGreaterThan(checked, 5000)
        XCTAssertGreaterThan(running, 200)
        XCTAssertGreaterThan(standing, 200)
    }

    func testAChangedCalendarForgetsThePeriodsItRemembered() {
        var changing = calendar
        let monday = at("2026-11-23 10:00")
        XCTAssertTrue(changing.isWorking(at: monday), "asked once, so Monday's periods are remembered")
        changing.hours[.monday] = [ClockRange(start: 14 * 60, end: 18 * 60)]
        XCTAssertFalse(changing.isWorking(at: monday), "new hours")
        changing.hours[.monday] = WorkingCalendar.standard.hours[.monday]
        changing.holidays.insert("2026-11-23")
        XCTAssertFalse(changing.isWorking(at: monday), "a new holiday")
        changing.holidays = []
        changing.timeZone = TimeZone(identifier: "UTC")!
        XCTAssertFalse(changing.isWorking(at: monday), "10:00 in Shanghai is 02:00 UTC")
        XCTAssertTrue(calendar.isWorking(at: monday), "the original is untouched")
    }

    func testClockRangesParseAndRejectNonsense() {
        XCTAssertEqual(ClockRange("09:00-12:30"), ClockRange(start: 540, end: 750))
        XCTAssertEqual(ClockRange("13:00-24:00")?.end, 1440)
        XCTAssertNil(ClockRange("12:00-09:00"))
        XCTAssertNil(ClockRange("9-5"))
        XCTAssertNil(ClockRange("25:00-26:00"))
    }
}

/// Timers that count working time, pause, and end.
final class WorkingTimeTimerTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone
    private var policy: SLAPolicy { SLAPolicy(calendar: .standard(in: shanghai)) }

    private func at(_ text: String) -> Date { ShanghaiTime.date(text) }

    func testAnEmailAtFiveInTheAfternoonIsDueNextMorning() throws {
        let mail = contact(.email, queuedAt: at("2026-11-23 17:00"))
        let timer = try XCTUnwrap(policy.runningTimer(for: mail))
        XCTAssertEqual(timer.deadline, at("2026-11-24 12:00"), "1 h Monday, 3 h Tuesday morning")
        // Overnight the countdown stands still at 3 working hours left.
        XCTAssertEqual(policy.status(of: mail, at: at("2026-11-23 23:00"))?.countdown, "3:00:00")
        XCTAssertEqual(policy.status(of: mail, at: at("2026-11-24 12:00"))?.state, .breached)
    }

    func testAPausedTimerStandsStillAndResumesWithItsTimeLeft() throws {
        var mail = contact(.email, queuedAt: at("2026-11-23 09:00"))
        mail.pausedSince = at("2026-11-23 10:00")        // waiting for the customer after 1 h
        let paused = try XCTUnwrap(policy.status(of: mail, at: at("2026-11-23 16:00")))
        XCTAssertTrue(paused.isPaused)
        XCTAssertEqual(paused.countdown, "3:00:00")
        XCTAssertEqual(paused.state, .ok)
        // Resumed at 16:00 after 5 working hours paused: 3 h left from 16:00 is Tuesday 10:00.
        mail.pausedSince = nil
        mail.pausedSeconds = 5 * 3600
        XCTAssertEqual(policy.runningTimer(for: mail)?.deadline, at("2026-11-24 10:00"))
    }

    func testAMinorComplaintIsDueAtTheEndOfTheWorkingDay() throws {
        let timer = try XCTUnwrap(policy.timer(.complaintMinor, startedAt: at("2026-11-23 15:00")))
        XCTAssertEqual(timer.deadline, at("2026-11-23 18:00"))
        let late = try XCTUnwrap(policy.timer(.complaintMinor, startedAt: at("2026-11-23 20:00")))
        XCTAssertEqual(late.deadline, at("2026-11-24 18:00"))
        XCTAssertEqual(policy.timer(.complaintMajor, startedAt: at("2026-11-23 20:00"))?.deadline, at("2026-11-26 20:00"))
    }

    func testAPriorityRuleReplacesThePlainOne() {
        var strict = policy
        strict.priorityRules[.pickup] = [.urgent: TimerRule(target: 60)]
        var call = contact(.phone, queuedAt: at("2026-11-23 10:00"))
        XCTAssertEqual(strict.runningTimer(for: call)?.deadline, at("2026-11-23 10:03"))
        call.priority = .urgent
        XCTAssertEqual(strict.runningTimer(for: call)?.deadline, at("2026-11-23 10:01"))
    }

    func testADisabledRuleRunsNoTimer() {
        XCTAssertNil(policy.timer(.chatMessageGoal, startedAt: at("2026-11-23 10:00")), "the 20 s goal is off by default")
        var shop = policy
        shop.rules[.chatMessageGoal]?.enabled = true
        XCTAssertEqual(shop.timer(.chatMessageGoal, startedAt: at("2026-11-23 10:00"))?.target, 20)
    }

    /// Random timers, pauses and stops: a deadline never moves earlier as time passes, the
    /// outcome is always exactly one of the five, and a stopped timer's outcome never changes.
    func testTimerInvariantsOverRandomHistories() {
        var rng = SplitMix64(seed: 0x5EED_2026)
        let start = at("2026-11-20 08:00")
        for _ in 0..<400 {
            let clock: ClockKind = rng.chance(0.5) ? .wall : .working
            let rule = TimerRule(target: TimeInterval(rng.int(60...20_000)), clock: clock, pausable: true)
            let began = start.addingTimeInterval(TimeInterval(rng.int(0...200_000)))
            var timer = ResponseTimer(kind: .emailResponse, startedAt: began, rule: rule, calendar: policy.calendar)
            var now = began
            var lastDeadline = timer.deadline(at: now)
            var stoppedAt: Date?
            var outcomeAtStop: TimerOutcome?
            for _ in 0..<12 {
                now = now.addingTimeInterval(TimeInterval(rng.int(1...9_000)))
                if stoppedAt == nil, rng.chance(0.25) {
                    if let since = timer.pausedSince {     // resume
                        timer.pausedSeconds += clock == .wall ? now.timeIntervalSince(since)
                            : policy.calendar.workingSeconds(from: since, to: now)
                        timer.pausedSince = nil
                    } else {
                        timer.pausedSince = now
                    }
                }
                if stoppedAt == nil, timer.pausedSince == nil, rng.chance(0.1) {
                    stoppedAt = now
                    outcomeAtStop = timer.outcome(stoppedAt: now, now: now)
                }
                let deadline = timer.deadline(at: now)
                XCTAssertGreaterThanOrEqual(deadline.timeIntervalSince(lastDeadline), -0.001, "a deadline never moves earlier")
                lastDeadline = deadline
                let outcome = timer.outcome(stoppedAt: stoppedAt, now: now)
                XCTAssertTrue(TimerOutcome.allCases.contains(outcome))
                if let outcomeAtStop { XCTAssertEqual(outcome, outcomeAtStop, "a stopped timer's outcome is final") }
                let status = timer.status(at: now)
                XCTAssertEqual(status.secondsLeft <= 0, status.state == .breached)
            }
        }
    }
}

final class ChatMessageGoalTests: XCTestCase {
    func testTheStricterPerMessageGoalJudgesChatsWhenTheShopTurnsItOn() throws {
        let since = Date(timeIntervalSince1970: 1_790_000_000)
        let chat = Contact(channel: .chat, state: .active, customerId: 1, address: "x", queuedAt: since, awaitingReplySince: since)
        XCTAssertEqual(SLAPolicy.standard.runningTimer(for: chat)?.kind, .chatReply, "off by default: 5 minutes")
        var shop = SLAPolicy.standard
        shop.rules[.chatMessageGoal]?.enabled = true
        let timer = try XCTUnwrap(shop.runningTimer(for: chat))
        XCTAssertEqual(timer.kind, .chatMessageGoal)
        XCTAssertEqual(timer.deadline, since.addingTimeInterval(20))
        XCTAssertEqual(shop.status(of: chat, at: since.addingTimeInterval(21))?.state, .breached)
    }
}
