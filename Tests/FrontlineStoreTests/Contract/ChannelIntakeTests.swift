import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Contacts and messages from connectors: idempotent by external id, e-mail threading, and the
/// delivery marks of agents' replies.
final class ChannelIntakeTests: StoreContractCase {
    func testTheSameExternalIdTwiceGivesOneContactAndWritesNothing() throws {
        let database = try makeStore()
        let inbound = InboundContact(externalId: "widget-42", channel: .chat, from: "kim@example.com", name: "Kim", text: "hello")
        let first = try database.receive(inbound, policy: policy, at: t0)
        XCTAssertTrue(first.created)
        let events = try database.latestOutboundEvent()
        let feed = try database.latestChange()
        let again = try database.receive(inbound, policy: policy, at: at(5))
        XCTAssertEqual(again, IntakeResult(contactId: first.contactId, messageId: first.messageId, created: false))
        XCTAssertEqual(try database.queue(agent: nil).count, 1)
        XCTAssertEqual(try database.latestOutboundEvent(), events, "no second event")
        XCTAssertEqual(try database.latestChange(), feed, "nothing written")
        // Another channel's id 'widget-42' is another thing.
        let other = try database.receive(InboundContact(externalId: "widget-42", channel: .email, from: "kim@example.com", text: "hi"),
                                         policy: policy, at: at(6))
        XCTAssertTrue(other.created)
        XCTAssertNotEqual(other.contactId, first.contactId)
    }

    /// A group commit answers each as it alone would be answered: a refused one (unknown contact,
    /// bad value) fails alone and leaves no trace; an id repeated inside the group is one contact.
    func testAGroupIsAnsweredEachAsAloneAndARefusalTakesNoOtherDown() throws {
        let database = try makeStore()
        let chat = InboundContact(externalId: "g-1", channel: .chat, from: "kim@example.com", name: "Kim", text: "hello")
        let answers = try database.receive([
            .contact(chat, at: t0),
            .message(InboundMessage(contactId: 9_999, text: "to nobody"), at: t0),
            .contact(InboundContact(channel: .phone, from: "", name: "No number"), at: t0),
            .contact(chat, at: at(1)),
            .contact(InboundContact(channel: .phone, from: "+44 20 7946 0000", name: "Lee"), at: at(2)),
        ], policy: policy)
        XCTAssertEqual(answers.count, 5)
        let first = try answers[0].get()
        XCTAssertTrue(first.created)
        guard case .failure(.noSuchContact) = answers[1] else { return XCTFail("\(answers[1])") }
        guard case .failure = answers[2] else { return XCTFail("\(answers[2])") }
        XCTAssertEqual(try answers[3].get(), IntakeResult(contactId: first.contactId, messageId: first.messageId, created: false))
        let call = try answers[4].get()
        XCTAssertEqual(try database.queue(agent: nil).map(\.contact.id), [first.contactId, call.contactId])
        XCTAssertEqual(try database.outboundEvents(after: 0, limit: 10).map(\.contactId), [first.contactId, call.contactId],
                       "one event each for what was written, none for the refused")
    }

    /// A refusal found only after the intake wrote rows (a group nobody belongs to) is answered
    /// alone too, even when it is the whole group: the rows went with its savepoint.
    func testAGroupOfOneRefusedAfterWritingIsAnsweredWithItsRefusal() throws {
        let database = try makeStore()
        let feed = try database.latestChange()
        let answers = try database.receive([
            .contact(InboundContact(channel: .chat, from: "kim@example.com", text: "hello", group: "nobody"), at: t0),
        ], policy: policy)
        guard case .failure(.noSuchGroup("nobody", _)) = answers.first else { return XCTFail("\(answers)") }
        XCTAssertTrue(try database.queue(agent: nil).isEmpty)
        XCTAssertEqual(try database.latestOutboundEvent(), 0)
        XCTAssertEqual(try database.latestChange(), feed, "nothing written, nothing to tell")
    }

    func testAMessageIsIdempotentByItsExternalId() throws {
        let database = try makeStore()
        let chat = try database.receive(InboundContact(channel: .chat, from: "kim@example.com", text: "hello"), policy: policy, at: t0)
        let message = InboundMessage(externalId: "m-1", contactId: chat.contactId, text: "are you there?")
        let first = try database.receive(message, policy: policy, at: at(1))
        let second = try database.receive(message, policy: policy, at: at(2))
        XCTAssertTrue(first.created)
        XCTAssertFalse(second.created)
        XCTAssertEqual(second.messageId, first.messageId)
        XCTAssertEqual(try database.transcript(contactId: chat.contactId, limit: 10).map(\.text), ["hello", "are you there?"])
    }

    func testAnEmailReplyJoinsItsThreadAndReopensAnEndedContact() throws {
        let database = try makeStore()
        let opening = InboundContact(channel: .email, from: "mia@example.com", text: "Refund?",
                                     email: EmailHeaders(messageId: "<a1@mail.example>", subject: "Refund"))
        let first = try database.receive(opening, policy: policy, at: t0)
        _ = try database.take(contactId: first.contactId, agent: "emma", policy: policy, at: at(10))
        _ = try database.wrapUp(contactId: first.contactId, agent: "emma", at: at(20))
        let reply = InboundContact(channel: .email, from: "mia@example.com", text: "Still waiting",
                                   email: EmailHeaders(messageId: "<a2@mail.example>", inReplyTo: "<zz@elsewhere>",
                                                       references: ["<a1@mail.example>", "<zz@elsewhere>"], subject: "Re: Refund"))
        let joined = try database.receive(reply, policy: policy, at: at(30))
        XCTAssertEqual(joined.contactId, first.contactId, "found through References when In-Reply-To is unknown")
        XCTAssertTrue(joined.created)
        XCTAssertTrue(joined.reopened)
        XCTAssertEqual(try database.contact(id: first.contactId)?.state, .waiting)
        XCTAssertEqual(try database.transcript(contactId: first.contactId, limit: 10).map(\.text), ["Refund?", "Still waiting"])
        // The same Message-ID again (a mail server retrying) writes nothing.
        let retried = try database.receive(reply, policy: policy, at: at(40))
        XCTAssertFalse(retried.created)
        XCTAssertEqual(retried.messageId, joined.messageId)
        // An unknown thread starts a new contact.
        let fresh = try database.receive(InboundContact(channel: .email, from: "mia@example.com", text: "New matter",
                                                        email: EmailHeaders(messageId: "<b1@mail.example>", inReplyTo: "<nobody@x>")),
                                         policy: policy, at: at(50))
        XCTAssertNotEqual(fresh.contactId, first.contactId)
    }

    func testIntakeRefusesBadValuesNamingTheField() throws {
        let database = try makeStore()
        assertThrows(.invalidField(field: "from", problem: ValueRules.emailProblem("nope")!)) {
            try database.receive(InboundContact(channel: .email, from: "nope", text: "x"), policy: policy, at: t0)
        }
        XCTAssertThrowsError(try database.receive(InboundContact(channel: .phone, from: "+1 202-555-0100", text: "x"), policy: policy, at: t0)) {
            guard case .invalidField(field: "text", _)? = $0 as? StoreError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try database.receive(InboundContact(channel: .chat, from: "a@example.com", arrivedAt: at(3600)), policy: policy, at: t0)) {
            guard case .invalidField(field: "arrived_at", _)? = $0 as? StoreError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try database.receive(InboundMessage(contactId: 1, text: " "), policy: policy, at: t0))
        XCTAssertEqual(try database.latestOutboundEvent(), 0)
        XCTAssertTrue(try database.queue(agent: nil).isEmpty)
    }

    func testAReplyIsPendingUntilAcknowledgedAndAFailedOneCanBeSentAgain() throws {
        let database = try makeStore()
        let chat = try database.receive(InboundContact(channel: .chat, from: "kim@example.com", text: "hello"), policy: policy, at: t0)
        _ = try database.take(contactId: chat.contactId, agent: "emma", policy: policy, at: at(1))
        let reply = try database.reply(contactId: chat.contactId, agent: "emma", text: "Hi Kim", policy: policy, at: at(2))
        XCTAssertEqual(try database.transcript(contactId: chat.contactId, limit: 5).last?.delivery, .pending)
        XCTAssertNil(try database.transcript(contactId: chat.contactId, limit: 5).first?.delivery, "a customer's message has no mark")

        try database.acknowledgeDelivery(messageId: reply.id!, .failed(reason: "widget closed\nby user"), at: at(3))
        var last = try XCTUnwrap(try database.transcript(contactId: chat.contactId, limit: 5).last)
        XCTAssertEqual(last.delivery, .failed)
        XCTAssertEqual(last.deliveryReason, "widget closed by user")
        XCTAssertEqual(last.deliveryAt, at(3))

        let before = try database.latestOutboundEvent()
        try database.resend(messageId: reply.id!, by: "emma", at: at(4))
        last = try XCTUnwrap(try database.transcript(contactId: chat.contactId, limit: 5).last)
        XCTAssertEqual(last.delivery, .pending)
        let resent = try XCTUnwrap(try database.outboundEvents(after: before, limit: 10).first)
        XCTAssertEqual(resent.kind, "reply")
        XCTAssertTrue(resent.payload.contains("\"message_id\":\(reply.id!)"), resent.payload)
        XCTAssertTrue(resent.payload.contains("\"resend\":true"), resent.payload)

        try database.acknowledgeDelivery(messageId: reply.id!, .delivered, at: at(5))
        XCTAssertEqual(try database.transcript(contactId: chat.contactId, limit: 5).last?.delivery, .delivered)
        assertThrows(.refused("message \(reply.id!) has not failed; only a failed reply is sent again")) {
            try database.resend(messageId: reply.id!, by: "emma", at: at(6))
        }
        XCTAssertThrowsError(try database.acknowledgeDelivery(messageId: chat.messageId!, .delivered, at: at(7)), "a customer's message")
        XCTAssertThrowsError(try database.acknowledgeDelivery(messageId: 9999, .delivered, at: at(7)))
    }
}
