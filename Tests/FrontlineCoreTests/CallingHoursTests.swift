import Foundation
import FrontlineTestSupport
import XCTest
@testable import FrontlineCore

/// Follow-ups at decent hours: inside the working calendar (lunch breaks, weekends, holidays),
/// outside the customer's rest time, with working days to make them.
final class CallingHoursTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone

    private var policy: SLAPolicy {
        var calendar = WorkingCalendar.standard(in: shanghai)   // Mon-Fri 09-12, 13-18
        calendar.holidays = ["2026-10-01"]
        return SLAPolicy(calendar: calendar)
    }

    private func at(_ text: String) -> Date { ShanghaiTime.date(text) }

    func testAComplaintResolvedFridayNightComesDueMondayMorningNotMondayNight() {
        // 2026-11-27 is a Friday.
        let resolved = at("2026-11-27 21:00")
        let due = policy.callingTime(atOrAfter: resolved)
        XCTAssertEqual(due, at("2026-11-30 09:00"))
        XCTAssertTrue(policy.calendar.isWorking(at: due))
        // Three working days to make it: Monday, Tuesday, Wednesday until closing; nothing breaches at 09:05.
        XCTAssertEqual(policy.followUpDeadline(from: due), at("2026-12-02 18:00"))
        let call = Contact(id: 1, channel: .callback, customerId: 1, address: "+86 130 0000 0042", queuedAt: due, purpose: .followUp)
        XCTAssertEqual(policy.status(of: call, at: at("2026-11-30 09:05"))?.state, .ok)
        XCTAssertEqual(policy.status(of: call, at: at("2026-12-02 18:01"))?.state, .breached)
    }

    func testInsideWorkingHoursItIsDueAtOnceAndTheLunchBreakAndHolidaysAreSkipped() {
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-24 10:30")), at("2026-11-24 10:30"))
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-24 12:10")), at("2026-11-24 13:00"))
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-09-30 19:00")), at("2026-10-02 09:00"), "National Day is no calling day")
    }

    func testTheCustomersRestTimeIsRespected() {
        // The customer asks not to be called before 10:00 nor between 13:00 and 14:30.
        let quiet: (Date) -> Bool = { date in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = self.shanghai
            let parts = calendar.dateComponents([.hour, .minute], from: date)
            let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
            return minute < 10 * 60 || (13 * 60..<14 * 60 + 30).contains(minute)
        }
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-27 21:00"), isQuiet: quiet), at("2026-11-30 10:00"))
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-30 11:59"), isQuiet: quiet), at("2026-11-30 11:59"))
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-30 12:00"), isQuiet: quiet), at("2026-11-30 14:30"),
                       "lunch is not working time, and 13:00-14:30 is the customer's rest")
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-30 09:00"), isQuiet: { _ in true }), at("2026-11-30 09:00"),
                       "a customer quiet all day long is still called in working hours rather than never")
    }

    func testACustomerQuietUntilClosingIsCalledAtTheNextOpeningNotAMinuteAfter() {
        let quietAfterFour: (Date) -> Bool = { date in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = self.shanghai
            return calendar.component(.hour, from: date) >= 16
        }
        XCTAssertEqual(policy.callingTime(atOrAfter: at("2026-11-30 17:00"), isQuiet: quietAfterFour), at("2026-12-01 09:00"))
    }

    func testThreeDaysAreWorkingDaysUnlessThePolicySaysWallTime() {
        let resolved = at("2026-11-27 21:00")
        XCTAssertEqual(policy.rule(.followUp).target, 24 * 3600, "3 working days of 8 hours")
        var wall = policy
        wall.rules[.followUp]?.clock = .wall
        XCTAssertEqual(wall.followUpDeadline(from: resolved), at("2026-11-30 21:00"))
        var shortDays = policy
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] {
            shortDays.calendar.hours[day] = [ClockRange(start: 9 * 60, end: 12 * 60), ClockRange(start: 13 * 60, end: 17 * 60 + 30)]
        }
        XCTAssertEqual(shortDays.followUpDeadline(from: resolved), at("2026-12-02 17:30"), "three of this calendar's 7.5-hour days")
    }
}
