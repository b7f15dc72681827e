import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The demo dataset's history counted both ways (split from ServiceLevelStoreTests so that class
/// runs on a store without seedDemo).
final class DemoServiceLevelTests: StoreContractCase {
    func testTheDemoDatasetsHistoryGivesTheSameFiguresFromTheLog() throws {
        let database = try makeStore()
        try database.seedDemo(now: t0)
        let from = t0.addingTimeInterval(-61 * 86_400)
        let live = try database.serviceLevels(policy: policy, from: from, to: t0)
        XCTAssertGreaterThan(live[.chat]!.answered, 0)
        XCTAssertGreaterThan(live[.phone]!.answered, 0)
        XCTAssertEqual(try database.serviceLevelsFromEventLog(policy: policy, from: from, to: t0), live)
    }
}
