import Foundation
@testable import FrontlineCore
import XCTest

final class ComplaintDeadlineTests: XCTestCase {
    let policy = SLAPolicy(calendar: .standard(in: TimeZone(identifier: "UTC")!))
    /// A Wednesday, 10:30 UTC.
    let received = utcDate(2026, 11, 18, 10, 30)

    func complaint(_ severity: ComplaintSeverity, _ state: ComplaintState = .received, resolvedAt: Date? = nil) -> Complaint {
        Complaint(customerId: 1, contactId: nil, category: .price, severity: severity, account: "a", wants: "b", promisedReplyAt: nil,
                  state: state, agent: "lin", receivedAt: received, resolvedAt: resolvedAt)
    }

    func testMinorIsDueAtTheEndOfTheWorkingDayAndMajorIn72Hours() {
        XCTAssertEqual(complaint(.minor).nextDeadline(policy: policy), utcDate(2026, 11, 18, 18, 0))
        XCTAssertEqual(complaint(.major, .approved).nextDeadline(policy: policy), utcDate(2026, 11, 21, 10, 30))
    }

    func testOnceResolvedTheFollowUpIsDueWithinThreeWorkingDaysThenNothing() {
        // Thursday 15:00: 3 h left that day, 8 h Friday, 8 h Monday, 5 h Tuesday = 3 working days of 8 h.
        let resolved = utcDate(2026, 11, 19, 15, 0)
        XCTAssertEqual(complaint(.minor, .implemented, resolvedAt: resolved).nextDeadline(policy: policy), utcDate(2026, 11, 24, 15, 0))
        var wall = policy
        wall.rules[.followUp]?.clock = .wall
        XCTAssertEqual(complaint(.minor, .implemented, resolvedAt: resolved).nextDeadline(policy: wall), utcDate(2026, 11, 22, 15, 0),
                       "a policy on the wall clock keeps 3 plain days")
        for state in [ComplaintState.followedUp, .archived, .rejected] {
            XCTAssertNil(complaint(.minor, state, resolvedAt: resolved).nextDeadline(policy: policy), "\(state)")
        }
    }

    func testOverdueOncePastTheDeadline() {
        XCTAssertFalse(complaint(.minor).isOverdue(policy: policy, at: utcDate(2026, 11, 18, 18, 0)))
        XCTAssertTrue(complaint(.minor).isOverdue(policy: policy, at: utcDate(2026, 11, 18, 18, 1)))
        XCTAssertFalse(complaint(.minor, .archived).isOverdue(policy: policy, at: utcDate(2027, 1, 1, 0, 0)))
    }
}
