import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A refused customer edit changes nothing (split from CustomerUpkeepTests: it needs no agent on
/// the roster, so it runs on every backend that has enqueue and the customer edits).
final class CustomerEditRefusalTests: StoreContractCase {
    func testARefusedValueChangesNothingAndSaysWhichField() throws {
        let store = try makeStore()
        let call = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let feed = try store.latestChange()
        XCTAssertThrowsError(try store.editCustomer(call.customerId, edits: [.set(.name, "王芳芳"), .set(.doNotDisturb, "25:00-08:00")],
                                                    agent: "emma", at: at(1))) { error in
            guard case .badCustomerValue(let problem)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(problem.field, .doNotDisturb)
        }
        XCTAssertEqual(try store.customer(id: call.customerId)?.name, "王芳", "the good value before the bad one is not kept either")
        XCTAssertEqual(try store.customerHistory(customerId: call.customerId, limit: 5), [])
        XCTAssertEqual(try store.latestChange(), feed)
        assertThrows(.noSuchCustomer(999)) { try store.editCustomer(999, edits: [.set(.name, "x")], agent: "emma", at: at(1)) }
    }
}
