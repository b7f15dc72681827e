import Foundation
import FrontlineTestSupport
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A complaint's follow-up call comes due at a decent hour, on a real store.
final class FollowUpHoursTests: StoreContractCase {
    private let shanghai = ShanghaiTime.zone

    private func local(_ text: String) -> Date { ShanghaiTime.date(text) }

    func testAComplaintResolvedOnFridayNightRingsItsFollowUpOnMondayMorning() throws {
        let database = try makeStore()
        let shop = SLAPolicy(calendar: .standard(in: shanghai))
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let received = local("2026-09-25 20:00")   // a Friday evening, after t0
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: received)
        let complaint = try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                             severity: .minor, account: "快递丢了", wants: "重新发货", promisedReplyAt: nil,
                                                             agent: "lin", receivedAt: received))
        let id = try XCTUnwrap(complaint.id)
        try resolveComplaint(id, in: database, department: "warehouse", solution: "resend", policy: shop, receivedAt: received, implementedAt: local("2026-09-25 21:00"))

        let followUp = try XCTUnwrap(try database.queue(agent: nil).map(\.contact).first { $0.purpose == .followUp })
        XCTAssertEqual(followUp.queuedAt, local("2026-09-28 09:00"), "Monday at opening, not Monday at 21:00")
        XCTAssertFalse(followUp.isDue(at: local("2026-09-27 23:59")), "nothing rings over the weekend")
        XCTAssertEqual(shop.status(of: followUp, at: local("2026-09-28 09:05"))?.state, .ok, "and nothing breaches 5 minutes later")
        XCTAssertEqual(try database.complaints(state: nil, owner: nil, policy: shop).first?.nextDeadline, local("2026-09-30 18:00"),
                       "three working days to make it")
    }

    func testACustomersRestHoursPushTheFollowUpAndTheFirstContactLater() throws {
        let database = try makeStore()
        let shop = SLAPolicy(calendar: .standard(in: shanghai))
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let received = local("2026-09-25 20:00")
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0044", name: "赵雷", text: nil, at: received)
        // The customer rests until 10:30 and after lunch until 14:00 (the car-dealer manual: never disturb at rest).
        try database.editCustomer(contact.customerId, edits: [.set(.doNotDisturb, "00:00-10:30, 13:00-14:00")], agent: "lin", at: received)
        let complaint = try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                             severity: .minor, account: "坏了", wants: "换货", promisedReplyAt: nil,
                                                             agent: "lin", receivedAt: received))
        let id = try XCTUnwrap(complaint.id)
        try resolveComplaint(id, in: database, department: "after-sales", solution: "exchange", policy: shop, receivedAt: received, implementedAt: local("2026-09-25 21:00"))
        let followUp = try XCTUnwrap(try database.queue(agent: nil).map(\.contact).first { $0.purpose == .followUp })
        XCTAssertEqual(followUp.queuedAt, local("2026-09-28 10:30"), "Monday, once the customer's rest is over")
        let first = try database.assignCustomer(contact.customerId, to: "lin", policy: shop, at: local("2026-09-28 12:30"))
        XCTAssertEqual(first.queuedAt, local("2026-09-28 14:00"), "not at lunch (no working time), not in the rest after it")
    }

    func testACustomerAssignedOnFridayNightIsFirstCalledOnMondayMorning() throws {
        let database = try makeStore()
        let shop = SLAPolicy(calendar: .standard(in: shanghai))
        _ = try database.addAgent(Agent(name: "lin", createdAt: t0))
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0043", name: "李静", text: nil, at: local("2026-09-25 20:00"))
        let callback = try database.assignCustomer(contact.customerId, to: "lin", policy: shop, at: local("2026-09-25 21:00"))
        XCTAssertEqual(callback.queuedAt, local("2026-09-28 09:00"))
        XCTAssertEqual(try database.events(contactId: callback.id!).first?.at, local("2026-09-28 09:00"), "the log says when it joined the queue")
        let inHours = try database.assignCustomer(contact.customerId, to: "lin", policy: shop, at: local("2026-09-28 10:15"))
        XCTAssertEqual(inHours.queuedAt, local("2026-09-28 10:15"), "in working hours it joins at once")
    }
}
