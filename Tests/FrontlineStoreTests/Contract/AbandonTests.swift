import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class AbandonTests: StoreContractCase {
    func testAWaitingCallIsAbandonedWithItsEndTime() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0120", name: nil, text: nil, at: t0)
        let abandoned = try database.abandon(contactId: call.id!, policy: policy, at: at(42))
        XCTAssertEqual(abandoned.state, .abandoned)
        XCTAssertEqual(abandoned.endedAt, at(42))
        XCTAssertEqual(try database.contact(id: call.id!), abandoned)
        XCTAssertEqual(try database.events(contactId: call.id!).map(\.kind), [.queued, .abandoned])
        XCTAssertTrue(try database.breaches(contactId: call.id!).isEmpty, "hung up before the deadline: no miss")
        XCTAssertNil(policy.runningTimer(for: abandoned), "no timer runs on an abandoned call")
        XCTAssertFalse(try database.queue(agent: nil).contains { $0.contact.id == call.id }, "gone from the queue")
    }

    func testACallAbandonedPastItsDeadlineRecordsThePickupMissOnce() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0121", name: nil, text: nil, at: t0)
        _ = try database.abandon(contactId: call.id!, policy: policy, at: at(200))
        let breaches = try database.breaches(contactId: call.id!)
        XCTAssertEqual(breaches, [Breach(id: breaches.first?.id, contactId: call.id!, kind: .pickup, startedAt: t0,
                                         deadline: at(180), recordedAt: at(200), agent: nil)])
        XCTAssertEqual(try database.events(contactId: call.id!).map(\.kind), [.queued, .breached, .abandoned])
    }

    func testAMissAlreadyRecordedIsNotRecordedAgainOnAbandon() throws {
        let database = try makeStore()
        let callback = try database.enqueue(channel: .callback, from: "+1 202-555-0122", name: nil, text: nil, at: t0)
        XCTAssertEqual(try database.recordBreaches(policy: policy, at: at(301)), 1)
        _ = try database.abandon(contactId: callback.id!, policy: policy, at: at(400))
        XCTAssertEqual(try database.breaches(contactId: callback.id!).map(\.recordedAt), [at(301)])
        XCTAssertEqual(try database.contact(id: callback.id!)?.state, .abandoned)
    }

    func testOnlyAWaitingCallCanBeAbandonedAndTheErrorSaysItsState() throws {
        let database = try makeStore()
        let taken = try database.enqueue(channel: .phone, from: "+1 202-555-0123", name: nil, text: nil, at: t0)
        let chat = try database.enqueue(channel: .chat, from: "h@example.com", name: nil, text: "hi", at: t0)
        _ = try database.take(contactId: taken.id!, agent: "lin", policy: policy, at: at(10))
        assertThrows(.cannotAbandon(contactId: taken.id!, channel: .phone, state: .active)) {
            try database.abandon(contactId: taken.id!, policy: policy, at: at(20))
        }
        assertThrows(.cannotAbandon(contactId: chat.id!, channel: .chat, state: .waiting)) {
            try database.abandon(contactId: chat.id!, policy: policy, at: at(20))
        }
        assertThrows(.noSuchContact(4242)) { try database.abandon(contactId: 4242, policy: policy, at: at(20)) }

        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0124", name: nil, text: nil, at: t0)
        _ = try database.abandon(contactId: call.id!, policy: policy, at: at(30))
        assertThrows(.cannotAbandon(contactId: call.id!, channel: .phone, state: .abandoned)) {
            try database.abandon(contactId: call.id!, policy: policy, at: at(40))
        }
        XCTAssertEqual(try database.contact(id: call.id!)?.endedAt, at(30), "the second try changed nothing")
        XCTAssertTrue(StoreError.cannotAbandon(contactId: 7, channel: .phone, state: .active).description.contains("'active'"))
        XCTAssertTrue(StoreError.cannotAbandon(contactId: 7, channel: .phone, state: .active).isBadRequest)
    }
}
