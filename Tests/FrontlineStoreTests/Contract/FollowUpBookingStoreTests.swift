import Foundation
import FrontlineTestSupport
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A follow-up booked for a time agreed with the customer, on a real store: the call-back joins the
/// queue then and the customer file says why; a time at rest or off hours is refused.
final class FollowUpBookingStoreTests: StoreContractCase {
    private let shanghai = ShanghaiTime.zone

    private func local(_ text: String) -> Date { ShanghaiTime.date(text) }

    func testABookedFollowUpComesDueAtTheAgreedTimeAndTheFileSaysWhy() throws {
        let database = try makeStore()
        let shop = SLAPolicy(calendar: .standard(in: shanghai))
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0051", name: "王芳", text: nil, at: local("2026-09-28 10:00"))
        _ = try XCTUnwrap(try database.take(contactId: call.id!, agent: "lin", policy: shop, at: local("2026-09-28 10:01")))
        try database.editCustomer(call.customerId, edits: [.set(.doNotDisturb, "00:00-10:30")], agent: "lin", at: local("2026-09-28 10:02"))

        XCTAssertThrowsError(try database.bookFollowUp(contactId: call.id!, agent: "lin", due: local("2026-10-09 09:30"), note: "",
                                                       policy: shop, at: local("2026-09-28 10:05"))) { error in
            XCTAssertTrue("\(error)".contains("not to be disturbed"), "\(error)")
            XCTAssertTrue("\(error)".contains("2026-10-09T10:30+08:00"), "says the next time that may be booked: \(error)")
        }
        XCTAssertThrowsError(try database.bookFollowUp(contactId: call.id!, agent: "lin", due: local("2026-10-10 15:00"), note: "",
                                                       policy: shop, at: local("2026-09-28 10:05"))) { error in
            XCTAssertTrue("\(error)".contains("outside working hours"), "a Saturday: \(error)")
            XCTAssertTrue("\(error)".contains("2026-10-12T10:30+08:00"), "Monday after the customer's rest: \(error)")
        }

        let due = local("2026-10-09 15:00")   // two weeks ahead: beyond any promise, fine for an agreed follow-up
        let callback = try database.bookFollowUp(contactId: call.id!, agent: "lin", due: due, note: "call about the new battery",
                                                 policy: shop, at: local("2026-09-28 10:05"))
        XCTAssertEqual(callback.queuedAt, due)
        XCTAssertEqual(callback.purpose, .agreedFollowUp)
        XCTAssertEqual(callback.owner, "lin", "the agent who agreed it follows the matter up (first-question ownership)")
        XCTAssertEqual(try database.events(contactId: call.id!).last?.kind, .followUpBooked)
        let file = try XCTUnwrap(try database.customerFile(customerId: call.customerId, limit: 10, at: local("2026-09-28 10:06")))
        XCTAssertEqual(file.scheduledCallbacks.map(\.id), [callback.id])
        XCTAssertEqual(file.callbackReasons[callback.id!], .agreedFollowUp(agent: "lin", contactId: call.id, note: "call about the new battery"))
        XCTAssertEqual(shop.status(of: callback, at: due.addingTimeInterval(60))?.state, .ok, "its call-back timer starts at the agreed time")
    }

    func testOnlyTheAgentHoldingTheContactBooksOnIt() throws {
        let database = try makeStore()
        let shop = SLAPolicy(calendar: .standard(in: shanghai))
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0052", name: "李静", text: nil, at: local("2026-09-28 10:00"))
        XCTAssertThrowsError(try database.bookFollowUp(contactId: call.id!, agent: "lin", due: local("2026-09-29 15:00"), note: "",
                                                       policy: shop, at: local("2026-09-28 10:05")))
        XCTAssertTrue(try database.queue(agent: nil).allSatisfy { $0.contact.purpose != .agreedFollowUp })
    }
}
