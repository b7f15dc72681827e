import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class BreachTests: StoreContractCase {
    func testLateReplyRecordsExactlyOneChatReplyBreach() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "d@example.com", name: nil, text: "hello?", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "lin", policy: policy, at: at(30))
        XCTAssertTrue(try database.breaches(contactId: chat.id!).isEmpty, "taking a chat starts no pickup breach")
        _ = try database.reply(contactId: chat.id!, agent: "lin", text: "sorry for the wait", policy: policy, at: at(400))
        _ = try database.reply(contactId: chat.id!, agent: "lin", text: "anything else?", policy: policy, at: at(500))
        let breaches = try database.breaches(contactId: chat.id!)
        XCTAssertEqual(breaches, [Breach(id: breaches.first?.id, contactId: chat.id!, kind: .chatReply, startedAt: t0,
                                         deadline: at(300), recordedAt: at(400), agent: "lin")])
        XCTAssertEqual(try database.events(contactId: chat.id!).filter { $0.kind == .breached }.count, 1)
    }

    func testTimelyReplyRecordsNothing() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "e@example.com", name: nil, text: "hello?", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "lin", policy: policy, at: at(30))
        _ = try database.reply(contactId: chat.id!, agent: "lin", text: "hello", policy: policy, at: at(299))
        XCTAssertTrue(try database.breaches(contactId: chat.id!).isEmpty)
    }

    func testPhoneTakenLateRecordsAPickupBreach() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0107", name: nil, text: nil, at: t0)
        let onTime = try database.enqueue(channel: .phone, from: "+1 202-555-0108", name: nil, text: nil, at: t0)
        XCTAssertNotNil(try database.take(contactId: onTime.id!, agent: "emma", policy: policy, at: at(179)))
        XCTAssertNotNil(try database.take(contactId: call.id!, agent: "emma", policy: policy, at: at(200)))
        XCTAssertEqual(try database.breaches(contactId: call.id!).map(\.kind), [.pickup])
        XCTAssertEqual(try database.breaches(contactId: call.id!).first?.deadline, at(180))
        XCTAssertTrue(try database.breaches(contactId: onTime.id!).isEmpty)
    }

    func testRecordingTheBreachesOfGivenContactsTouchesOnlyThoseAndOnlyWhenLate() throws {
        let database = try makeStore()
        let first = try XCTUnwrap(database.enqueue(channel: .phone, from: "+1 202-555-0111", name: nil, text: nil, at: t0).id)
        let second = try XCTUnwrap(database.enqueue(channel: .phone, from: "+1 202-555-0112", name: nil, text: nil, at: t0).id)
        XCTAssertEqual(try database.recordBreaches(contactIds: [first], policy: policy, at: at(100)), 0, "not late yet")
        XCTAssertEqual(try database.recordBreaches(contactIds: [first], policy: policy, at: at(200)), 1)
        XCTAssertTrue(try database.breaches(contactId: second).isEmpty, "a contact not named is left for whoever sees it cross")
        XCTAssertEqual(try database.recordBreaches(contactIds: [first, second], policy: policy, at: at(201)), 1, "the first is already written down")
    }

    func testRecordBreachesIsIdempotentAndKeepsBreachesAfterTheContactEnds() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0109", name: nil, text: nil, at: t0)
        let chat = try database.enqueue(channel: .chat, from: "f@example.com", name: nil, text: "hi", at: t0)
        _ = try database.enqueue(channel: .email, from: "g@example.com", name: nil, text: "hi", at: t0)
        XCTAssertEqual(try database.recordBreaches(policy: policy, at: at(100)), 0)
        XCTAssertEqual(try database.recordBreaches(policy: policy, at: at(301)), 2, "the call and the chat, not the email")
        XCTAssertEqual(try database.recordBreaches(policy: policy, at: at(302)), 0)
        XCTAssertEqual(try database.recordBreaches(policy: policy, at: at(900)), 0)
        XCTAssertEqual(try database.events(contactId: call.id!).filter { $0.kind == .breached }.count, 1)

        // Taking the call later must not record the same pickup miss twice.
        _ = try database.take(contactId: call.id!, agent: "emma", policy: policy, at: at(1000))
        _ = try database.wrapUp(contactId: call.id!, agent: "emma", at: at(1100))
        XCTAssertEqual(try database.breaches(contactId: call.id!).count, 1)
        XCTAssertEqual(try database.breaches(contactId: call.id!).first?.recordedAt, at(301))
        XCTAssertEqual(try database.breaches(contactId: chat.id!).map(\.kind), [.chatReply])
    }
}
