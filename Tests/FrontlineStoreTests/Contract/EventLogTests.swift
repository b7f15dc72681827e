import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class EventLogTests: StoreContractCase {
    func testAChatsWholeLifeIsLoggedInOrderWithItsAgents() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "life@example.com", name: nil, text: "hello?", at: t0)
        let id = chat.id!
        _ = try database.take(contactId: id, agent: "lin", policy: policy, at: at(10))
        _ = try database.addNote(contactId: id, agent: "lin", text: "regular customer", at: at(20))
        _ = try database.reply(contactId: id, agent: "lin", text: "sorry for the wait", policy: policy, at: at(400))
        _ = try database.wrapUp(contactId: id, agent: "lin", at: at(500))
        _ = try database.say(contactId: id, text: "it broke again", at: at(600))
        // Not kept for lin, its owner: this log is about who did what, not who may take it.
        var noHold = policy
        noHold.ownerWait = 0
        _ = try database.take(contactId: id, agent: "park", policy: noHold, at: at(610))
        _ = try database.reply(contactId: id, agent: "park", text: "sending a new one", policy: policy, at: at(620))
        _ = try database.wrapUp(contactId: id, agent: "park", at: at(700))

        let events = try database.events(contactId: id)
        XCTAssertEqual(events.map(\.kind), [.queued, .taken, .noted, .breached, .replied, .completed,
                                            .reopened, .message, .taken, .replied, .completed])
        XCTAssertEqual(events.map(\.at), [t0, at(10), at(20), at(400), at(400), at(500),
                                          at(600), at(600), at(610), at(620), at(700)])
        XCTAssertEqual(events.map(\.agent), [nil, "lin", "lin", "lin", "lin", "lin", nil, nil, "park", "park", "park"])
        XCTAssertEqual(events.first?.detail, "chat")
        XCTAssertEqual(events[3].detail, TimerKind.chatReply.rawValue)
    }

    func testACallThatWaitedTooLongAndHungUpIsLoggedInOrder() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0150", name: nil, text: nil, at: t0)
        XCTAssertEqual(try database.recordBreaches(policy: policy, at: at(200)), 1)
        _ = try database.abandon(contactId: call.id!, policy: policy, at: at(250))
        XCTAssertEqual(try database.events(contactId: call.id!).map(\.kind), [.queued, .breached, .abandoned])
        XCTAssertEqual(try database.events(contactId: call.id!).map(\.at), [t0, at(200), at(250)])
    }
}
