import Foundation
import FrontlineTestSupport
import XCTest
@testable import FrontlineCore

/// The manuals' promise: normally half a working day, never more than one, of the calendar in force.
final class PromiseByCalendarTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone

    /// Monday to Friday 09:00-12:00 and 13:00-17:30: a 7.5-hour day with a lunch break.
    private var sevenAndAHalf: WorkingCalendar {
        let day = [ClockRange(start: 9 * 60, end: 12 * 60), ClockRange(start: 13 * 60, end: 17 * 60 + 30)]
        var calendar = WorkingCalendar(timeZone: shanghai, hours: [.monday: day, .tuesday: day, .wednesday: day, .thursday: day, .friday: day])
        calendar.hours[.saturday] = [ClockRange(start: 9 * 60, end: 12 * 60)]   // a short Saturday is not the usual day
        return calendar
    }

    private func at(_ text: String) -> Date { ShanghaiTime.date(text) }

    func testASevenAndAHalfHourDayPromisesThreeHoursFortyFiveAndAllowsSevenAndAHalf() {
        let policy = SLAPolicy(calendar: sevenAndAHalf)
        XCTAssertEqual(policy.calendar.workingDayLength, 7.5 * 3600)
        XCTAssertEqual(policy.defaultPromise, 3 * 3600 + 45 * 60)
        XCTAssertEqual(policy.promiseLimit, 7.5 * 3600)
        XCTAssertEqual(policy.rule(.promisedReply).target, 3 * 3600 + 45 * 60, "the timer's target follows the calendar too")
    }

    func testTheStandardEightHourDayKeepsFourHoursAndEight() {
        XCTAssertEqual(SLAPolicy.standard.defaultPromise, 4 * 3600)
        XCTAssertEqual(SLAPolicy.standard.promiseLimit, 8 * 3600)
    }

    func testTheLimitIsOneWorkingDayAcrossLunchAndTheNight() {
        let policy = SLAPolicy(calendar: sevenAndAHalf)
        // Monday 15:00: 2.5 h left today, 5 h more on Tuesday (3 h morning, 2 h after lunch) = 15:00 Tuesday.
        let asked = at("2026-11-23 15:00")
        XCTAssertEqual(policy.latestPromise(at: asked), at("2026-11-24 15:00"))
        XCTAssertNil(policy.promiseProblem(due: at("2026-11-24 15:00"), at: asked))
        XCTAssertEqual(policy.promiseProblem(due: at("2026-11-24 15:01"), at: asked), .beyondLimit(latest: at("2026-11-24 15:00")))
        // An eight-hour limit would have allowed Tuesday 15:30; this calendar's day does not.
        XCTAssertNotNil(policy.promiseProblem(due: at("2026-11-24 15:30"), at: asked))
    }

    func testAPolicyTargetIsKeptButNeverBeyondOneWorkingDay() {
        var policy = SLAPolicy(calendar: sevenAndAHalf, promiseTarget: 2 * 3600)
        XCTAssertEqual(policy.defaultPromise, 2 * 3600)
        policy.promiseTarget = 10 * 3600
        XCTAssertEqual(policy.defaultPromise, 7.5 * 3600, "a promise longer than the day is cut to the day")
    }

    func testTheUsualDayIsTheCommonestLengthNotTheLongest() {
        var calendar = sevenAndAHalf
        calendar.hours[.sunday] = [ClockRange(start: 0, end: 24 * 60)]
        XCTAssertEqual(calendar.workingDayLength, 7.5 * 3600, "one long Sunday does not make every day 24 hours")
        XCTAssertEqual(WorkingCalendar(timeZone: shanghai, hours: [:]).workingDayLength, 0)
    }
}
