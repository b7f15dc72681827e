import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class ConversationTests: StoreContractCase {
    func testSayStartsTheTimerOnlyWhenNothingIsAwaitingAReply() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "noah@example.com", name: "Noah", text: "hello", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "emma", policy: policy, at: at(10))
        _ = try database.reply(contactId: chat.id!, agent: "emma", text: "Hi Noah", policy: policy, at: at(20))
        XCTAssertNil(try database.contact(id: chat.id!)?.awaitingReplySince)

        _ = try database.say(contactId: chat.id!, text: "my order?", at: at(30))
        _ = try database.say(contactId: chat.id!, text: "hello??", at: at(40))
        XCTAssertEqual(try database.contact(id: chat.id!)?.awaitingReplySince, at(30), "the oldest unanswered message counts")
        XCTAssertEqual(try database.transcript(contactId: chat.id!, limit: 2).map(\.text), ["my order?", "hello??"])
        XCTAssertEqual(try database.events(contactId: chat.id!).map(\.kind), [.queued, .taken, .replied, .message, .message])
    }

    func testSayRefusesWhatCannotTakeAMessage() throws {
        let database = try makeStore()
        let phone = try database.enqueue(channel: .phone, from: "+1 202-555-0100", name: nil, text: nil, at: t0)
        let chat = try database.enqueue(channel: .chat, from: "a@example.com", name: nil, text: nil, at: t0)
        assertThrows(.noSuchContact(999)) { try database.say(contactId: 999, text: "hi", at: t0) }
        assertThrows(.notWritten(contactId: phone.id!, channel: .phone)) { try database.say(contactId: phone.id!, text: "hi", at: t0) }
        assertThrows(.emptyText) { try database.say(contactId: chat.id!, text: "  \n", at: t0) }
        _ = try database.take(contactId: chat.id!, agent: "emma", policy: policy, at: at(1))
        _ = try database.wrapUp(contactId: chat.id!, agent: "emma", at: at(2))
        // An ended chat is reopened by the message (ReopenTests); an empty one still changes nothing.
        assertThrows(.emptyText) { try database.say(contactId: chat.id!, text: "", at: at(3)) }
        XCTAssertEqual(try database.contact(id: chat.id!)?.state, .ended)
    }

    func testReplySetsFirstReplyOnceAndClearsTheWait() throws {
        let database = try makeStore()
        let email = try database.enqueue(channel: .email, from: "mia@example.com", name: "Mia", text: "Refund?", at: t0)
        _ = try database.take(contactId: email.id!, agent: "emma", policy: policy, at: at(60))
        let answer = try database.reply(contactId: email.id!, agent: "emma", text: "Done.", policy: policy, at: at(120))
        XCTAssertEqual(answer.direction, .outbound)
        XCTAssertEqual(answer.agent, "emma")
        _ = try database.reply(contactId: email.id!, agent: "emma", text: "Anything else?", policy: policy, at: at(180))
        let contact = try XCTUnwrap(try database.contact(id: email.id!))
        XCTAssertEqual(contact.firstReplyAt, at(120))
        XCTAssertNil(contact.awaitingReplySince)
        XCTAssertNil(policy.runningTimer(for: contact), "answered email: no timer runs")
        XCTAssertTrue(try database.breaches(contactId: email.id!).isEmpty)
    }

    func testOnlyTheHolderMayReplyOrWrapUp() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "b@example.com", name: nil, text: "hi", at: t0)
        assertThrows(.notActive(chat.id!)) { try database.reply(contactId: chat.id!, agent: "lin", text: "hi", policy: policy, at: at(1)) }
        _ = try database.take(contactId: chat.id!, agent: "lin", policy: policy, at: at(2))
        assertThrows(.notYours(contactId: chat.id!, holder: "lin")) {
            try database.reply(contactId: chat.id!, agent: "park", text: "hi", policy: policy, at: at(3))
        }
        assertThrows(.notYours(contactId: chat.id!, holder: "lin")) { try database.wrapUp(contactId: chat.id!, agent: "park", at: at(3)) }
        let ended = try database.wrapUp(contactId: chat.id!, agent: "lin", at: at(4))
        XCTAssertEqual(ended.state, .ended)
        XCTAssertEqual(ended.endedAt, at(4))
        XCTAssertEqual(try database.contact(id: chat.id!), ended)
        XCTAssertEqual(try database.events(contactId: chat.id!).last?.kind, .completed)
    }

    func testTranscriptGivesTheLastMessagesOldestFirst() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "c@example.com", name: nil, text: "m0", at: t0)
        for index in 1...9 { _ = try database.say(contactId: chat.id!, text: "m\(index)", at: at(Double(index))) }
        XCTAssertEqual(try database.transcript(contactId: chat.id!, limit: 3).map(\.text), ["m7", "m8", "m9"])
    }

    func testEnsureAgentCreatesOnceAndKeepsTheFirst() throws {
        let database = try makeStore()
        let first = try database.ensureAgent(name: "lin", at: t0)
        let second = try database.ensureAgent(name: "lin", at: at(100))
        XCTAssertEqual(first, second)
        XCTAssertEqual(second.createdAt, t0)
        XCTAssertEqual(second.role, .agent)
    }
}
