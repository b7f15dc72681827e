import Foundation
import FrontlineTestSupport
import XCTest
@testable import FrontlineCore

/// A follow-up booked for a time agreed with the customer: any time ahead, but only one someone
/// can make the call at and the customer will take it.
final class FollowUpBookingTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone
    private var policy: SLAPolicy { SLAPolicy(calendar: .standard(in: shanghai)) }   // Mon-Fri 09-12, 13-18

    private func at(_ text: String) -> Date { ShanghaiTime.date(text) }

    /// The customer rests until 10:00.
    private var restsMornings: (Date) -> Bool {
        { date in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = self.shanghai
            return calendar.component(.hour, from: date) < 10
        }
    }

    func testAnyWorkingTimeAheadMayBeBookedEvenWeeksAwayUnlikeAPromise() {
        let now = at("2026-11-23 10:00")
        XCTAssertNil(policy.followUpBookingProblem(at: at("2026-12-15 15:30"), now: now))
        XCTAssertNotNil(policy.promiseProblem(due: at("2026-12-15 15:30"), at: now), "a promise could not reach that far")
    }

    func testNightsWeekendsAndLunchAreRefusedWithTheNextWorkingTime() {
        let now = at("2026-11-23 10:00")
        XCTAssertEqual(policy.followUpBookingProblem(at: at("2026-11-27 20:00"), now: now), .outsideWorkingHours(next: at("2026-11-30 09:00")),
                       "Friday night gives Monday morning")
        XCTAssertEqual(policy.followUpBookingProblem(at: at("2026-11-24 12:30"), now: now), .outsideWorkingHours(next: at("2026-11-24 13:00")))
        XCTAssertEqual(policy.followUpBookingProblem(at: at("2026-11-24 18:00"), now: now), .outsideWorkingHours(next: at("2026-11-25 09:00")),
                       "closing time is no longer working time")
    }

    func testTheCustomersRestIsRefusedWithTheFirstTimeAfterIt() {
        let now = at("2026-11-23 10:00")
        XCTAssertEqual(policy.followUpBookingProblem(at: at("2026-11-24 09:30"), now: now, isQuiet: restsMornings),
                       .customerResting(next: at("2026-11-24 10:00")))
        XCTAssertEqual(policy.followUpBookingProblem(at: at("2026-11-28 11:00"), now: now, isQuiet: restsMornings),
                       .outsideWorkingHours(next: at("2026-11-30 10:00")), "a Saturday gives Monday after the customer's rest")
        XCTAssertNil(policy.followUpBookingProblem(at: at("2026-11-24 10:00"), now: now, isQuiet: restsMornings))
    }

    func testAPastTimeIsRefused() {
        let problem = policy.followUpBookingProblem(at: at("2026-11-23 09:30"), now: at("2026-11-23 10:00"))
        XCTAssertEqual(problem, .passed(next: at("2026-11-23 10:01")))
    }
}
