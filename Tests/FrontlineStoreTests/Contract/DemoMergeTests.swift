import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Merging files of the demo database (split from CustomerUpkeepTests so that class runs on a
/// store without seedDemo).
final class DemoMergeTests: StoreContractCase {
    func testAMergeOfDemoFilesKeepsEveryOrderContactAndPhone() throws {
        let store = try makeStore()
        try store.seedDemo(now: t0)
        let customers = try store.findCustomers(matching: "a", limit: 50) + store.findCustomers(matching: "王", limit: 50)
        let files = try customers.compactMap { try store.customerFile(customerId: $0.id!, limit: 1000, at: t0) }
            .filter { !$0.orders.isEmpty }
        guard files.count >= 2 else { throw XCTSkip("the demo has fewer than two customers with orders") }
        let (keep, other) = (files[0], files[1])
        try store.mergeCustomers(keep: keep.customer.id!, other: other.customer.id!, agent: "emma", at: t0.addingTimeInterval(1))
        let merged = try XCTUnwrap(try store.customerFile(customerId: keep.customer.id!, limit: 1000, at: t0))
        XCTAssertEqual(Set(merged.orders.compactMap(\.id)), Set((keep.orders + other.orders).compactMap(\.id)))
        XCTAssertEqual(Set(merged.recentContacts.compactMap(\.id)),
                       Set((keep.recentContacts + other.recentContacts).compactMap(\.id)))
        XCTAssertEqual(Set(merged.customer.phones.map(PhoneNumber.digits)),
                       Set((keep.customer.phones + other.customer.phones).map(PhoneNumber.digits)))
        for phone in other.customer.phones {
            XCTAssertEqual(try store.findCustomers(matching: phone).map(\.id), [keep.customer.id], "\(phone) now finds the file kept")
        }
    }
}
