import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A bulk load's change feed (split from ChangeFeedContractTests so that class runs on a store
/// without seedDemo).
final class BulkLoadFeedTests: StoreContractCase {
    func testABulkLoadRecordsEverythingOnce() throws {
        let store = try makeStore()
        try store.seedDemo(now: t0)
        XCTAssertEqual(try store.changes(after: 0).topics, [.everything])
        XCTAssertEqual(try store.latestChange(), 1, "one row for the whole load, not one per row")
    }
}
