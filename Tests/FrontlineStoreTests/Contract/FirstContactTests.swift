import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A customer newly assigned to an agent gets a first contact within a week, from the live queue.
final class FirstContactTests: StoreContractCase {
    func testAnUnknownCustomerIsABadRequest() throws {
        let database = try makeStore()
        assertThrows(.noSuchCustomer(999)) { try database.assignCustomer(999, to: "mina", at: t0) }
    }

    func testAnAgentWhoIsNotOnTheRosterIsABadRequestAndQueuesNothing() throws {
        let database = try makeStore()
        let customer = try database.enqueue(channel: .phone, from: "+1 202 555 0101", name: "Kim", text: nil, at: t0).customerId
        assertThrows(.noSuchAgent("no-such-agent")) { try database.assignCustomer(customer, to: "no-such-agent", at: t0) }
    }

    func testPromisesAndFollowUpsSayWhyTheyWereQueued() throws {
        let database = try makeStore()
        let mail = try database.enqueue(channel: .email, from: "ann@example.com", name: "Ann", text: "hi", at: t0)
        _ = try database.take(contactId: mail.id!, agent: "mina", policy: policy, at: at(1))
        var calendar = WorkingCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [:])
        for day in Weekday.allCases { calendar.hours[day] = [ClockRange(start: 0, end: 24 * 60)] }
        let promised = try database.promise(contactId: mail.id!, agent: "mina", due: at(3600), policy: SLAPolicy(calendar: calendar), at: at(2))
        XCTAssertEqual(promised.purpose, .promisedReply)
        XCTAssertEqual(policy.runningTimer(for: promised)?.kind, .callback, "a promised call-back runs on the call-back timer once due")
    }
}
