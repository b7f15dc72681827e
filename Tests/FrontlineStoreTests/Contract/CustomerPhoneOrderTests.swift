import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A customer's phones come back in the order they were given, not sorted and not in whatever
/// order the database happens to keep its rows (v26-phone-positions): the first phone is the one
/// a call-back dials.
final class CustomerPhoneOrderTests: StoreContractCase {
    /// Given in an order that is neither alphabetical nor by digits.
    private let given = ["+86 139 0000 0007", "+86 130 0000 0001", "+1 555 0100"]

    func testPhonesComeBackInTheOrderGivenEverywhereTheyAreRead() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "emma", createdAt: t0))
        let call = try store.enqueue(channel: .phone, from: given[0], name: "王芳", text: nil, at: t0)
        try store.editCustomer(call.customerId, edits: [.addPhone(given[1]), .addPhone(given[2])], agent: "emma", at: at(10))

        XCTAssertEqual(try store.customer(id: call.customerId)?.phones, given)
        XCTAssertEqual(try store.findCustomers(matching: "+86 130-0000-0001").map(\.phones), [given])
        XCTAssertEqual(try store.customerFile(customerId: call.customerId, limit: 5, at: at(20))?.customer.phones, given)
        XCTAssertEqual(try store.assignCustomer(call.customerId, to: "emma", policy: policy, at: at(30)).address, given[0],
                       "a call-back dials the first phone given")
    }

    func testTheOrderHoldsAfterEditsAndAMerge() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "emma", createdAt: t0))
        let call = try store.enqueue(channel: .phone, from: given[0], name: "王芳", text: nil, at: t0)
        try store.editCustomer(call.customerId, edits: [.addPhone(given[1]), .addPhone(given[2])], agent: "emma", at: at(10))
        // Other fields changed, a phone in the middle removed and another added at the end.
        try store.editCustomer(call.customerId, edits: [.set(.email, "fang@example.com"), .set(.member, "yes")], agent: "emma", at: at(20))
        try store.editCustomer(call.customerId, edits: [.removePhone(given[1]), .addPhone("+86 131 0000 0002")], agent: "emma", at: at(30))
        let edited = [given[0], given[2], "+86 131 0000 0002"]
        XCTAssertEqual(try store.customer(id: call.customerId)?.phones, edited)

        // The merged file's phones follow the kept file's, in their own order.
        let other = try store.enqueue(channel: .phone, from: "+86 138 0000 0009", name: "Wang Fang", text: nil, at: at(40))
        try store.editCustomer(other.customerId, edits: [.addPhone("+44 20 7946 0000")], agent: "emma", at: at(41))
        try store.mergeCustomers(keep: call.customerId, other: other.customerId, agent: "emma", at: at(50))
        XCTAssertEqual(try store.customer(id: call.customerId)?.phones, edited + ["+86 138 0000 0009", "+44 20 7946 0000"])
        XCTAssertEqual(try store.findCustomers(matching: "+44 20 7946 0000").map(\.phones),
                       [edited + ["+86 138 0000 0009", "+44 20 7946 0000"]])
    }
}
