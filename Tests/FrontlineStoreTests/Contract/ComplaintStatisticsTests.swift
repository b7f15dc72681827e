import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The complaint statistics the reports read, counted from the saved complaint loop (split from
/// ComplaintLoopTests so that class runs on a store without ReportStore).
final class ComplaintStatisticsTests: StoreContractCase {
    func testStatisticsCountOnlyThePeriodAndFollowUpsFromTheirTable() throws {
        let database = try makeStore()
        let inside = try XCTUnwrap(try fileMajorComplaint(database).id)
        let customer = try XCTUnwrap(try database.complaint(id: inside)?.customerId)
        var outside = Complaint(customerId: customer, contactId: nil, category: .price, severity: .minor, account: "a", wants: "b",
                                promisedReplyAt: nil, agent: "lin", receivedAt: at(-86400))
        outside.aboutAgent = "lin"
        _ = try database.fileComplaint(outside)
        try take([.edit(.aboutAgent("park"))], on: inside, in: database)
        let statistics = try database.complaintStatistics(from: t0, to: at(86400), policy: policy, at: at(60))
        // By hand: only the major delivery complaint was received in the period; nothing resolved; not yet overdue.
        XCTAssertEqual(statistics.classification, [.init(category: .delivery, severity: .major, state: .received, count: 1)])
        XCTAssertEqual(statistics.resolved, 0)
        XCTAssertEqual(statistics.overdue, [])
        XCTAssertEqual(statistics.aboutAgents, [.init(agent: "park", count: 1)])
    }
}
