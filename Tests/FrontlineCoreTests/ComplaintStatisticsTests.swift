import Foundation
@testable import FrontlineCore
import XCTest

final class ComplaintStatisticsTests: XCTestCase {
    func testFiguresMatchAHandCountedFixture() {
        let policy = SLAPolicy(calendar: .standard(in: TimeZone(identifier: "UTC")!))
        let received = utcDate(2026, 11, 18, 10, 30)  // Wednesday
        let now = utcDate(2026, 11, 20, 12, 0)  // Friday noon
        func complaint(_ id: Int64, _ category: ComplaintCategory, _ severity: ComplaintSeverity, _ state: ComplaintState,
                       resolvedAt: Date? = nil, about: String? = nil) -> Complaint {
            Complaint(id: id, customerId: 1, contactId: nil, category: category, severity: severity, account: "a", wants: "b",
                      promisedReplyAt: nil, state: state, agent: "lin", receivedAt: received, aboutAgent: about, resolvedAt: resolvedAt)
        }
        let complaints = [
            complaint(1, .delivery, .minor, .received),  // overdue: due Wed 18:00
            complaint(2, .delivery, .minor, .received, about: "王芳"),  // overdue
            complaint(3, .delivery, .major, .assigned),  // due Sat 10:30: not overdue
            complaint(4, .price, .minor, .implemented, resolvedAt: utcDate(2026, 11, 16, 9, 0)),  // follow-up due Thu 09:00: overdue
            complaint(5, .price, .minor, .followedUp, resolvedAt: utcDate(2026, 11, 18, 11, 0), about: "王芳"),
            complaint(6, .serviceOrAgent, .major, .archived, resolvedAt: utcDate(2026, 11, 18, 12, 0), about: "Park"),
            complaint(7, .serviceOrAgent, .major, .rejected, about: "王芳"),
        ]
        let statistics = ComplaintStatistics(complaints: complaints, followedUpIds: [5, 6], policy: policy, at: now)
        // By hand: price/minor/implemented 1; price/minor/followed-up 1; delivery/minor/received 2; delivery/major/assigned 1;
        // service/major/archived 1; service/major/rejected 1; in the order of the categories (price before delivery),
        // then severity, then state.
        XCTAssertEqual(statistics.classification.map { "\($0.category.rawValue)/\($0.severity.rawValue)/\($0.state.rawValue)=\($0.count)" },
                       ["price/minor/implemented=1", "price/minor/followed-up=1", "delivery/minor/received=2",
                        "delivery/major/assigned=1", "service/major/archived=1", "service/major/rejected=1"])
        XCTAssertEqual(statistics.resolved, 3)  // 4, 5, 6
        XCTAssertEqual(statistics.followedUp, 2)  // 5, 6
        XCTAssertEqual(statistics.followUpCoverage, 2.0 / 3.0)
        XCTAssertEqual(statistics.overdue, [1, 2, 4])
        XCTAssertEqual(statistics.aboutAgents, [.init(agent: "王芳", count: 3), .init(agent: "Park", count: 1)])
    }

    func testNothingResolvedHasNoCoverage() {
        let statistics = ComplaintStatistics(complaints: [], followedUpIds: [], policy: .standard, at: testEpoch)
        XCTAssertNil(statistics.followUpCoverage)
        XCTAssertEqual(statistics.classification, [])
    }
}
