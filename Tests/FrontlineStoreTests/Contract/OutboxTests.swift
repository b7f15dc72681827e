import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The events connectors read: one per change worth telling, in order, under rising numbers.
final class OutboxTests: StoreContractCase {
    func payload(_ event: OutboundEvent) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any])
    }

    func testAContactsLifeBecomesEventsInOrder() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.addAgent(Agent(name: "jun", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(1))
        try database.changeState(of: "jun", .logIn, at: at(2))
        let chat = try database.receive(InboundContact(externalId: "w-1", channel: .chat, from: "kim@example.com", text: "hello"),
                                        policy: policy, at: at(3))
        _ = try database.take(contactId: chat.contactId, agent: "mina", policy: policy, at: at(4))
        let reply = try database.reply(contactId: chat.contactId, agent: "mina", text: "Hi Kim", policy: policy, at: at(5))
        _ = try database.transfer(contactId: chat.contactId, by: "mina", to: .agent("jun"), note: "for you", policy: policy, at: at(6))
        _ = try database.wrapUp(contactId: chat.contactId, agent: "jun", at: at(7))

        let events = try database.outboundEvents(after: 0, limit: 100)
        XCTAssertEqual(events.map(\.kind), ["agent-state", "agent-state", "contact-created", "take", "reply", "transfer", "end", "agent-state"])
        XCTAssertEqual(events.map(\.sequence), Array(1...Int64(events.count)), "rising, without gaps")
        XCTAssertEqual(try database.latestOutboundEvent(), Int64(events.count))
        XCTAssertEqual(try database.outboundEvents(after: 4, limit: 2).map(\.sequence), [5, 6])

        let created = try payload(events[2])
        XCTAssertEqual(created["external_id"] as? String, "w-1")
        XCTAssertEqual(created["channel"] as? String, "chat")
        XCTAssertEqual(created["text"] as? String, "hello")
        let replied = try payload(events[4])
        XCTAssertEqual(replied["message_id"] as? Int, Int(reply.id!))
        XCTAssertEqual(replied["text"] as? String, "Hi Kim")
        XCTAssertEqual(replied["address"] as? String, "kim@example.com")
        XCTAssertEqual(replied["agent"] as? String, "mina")
        XCTAssertEqual(events[4].contactId, chat.contactId)
        let state = try payload(events[0])
        XCTAssertEqual(state["agent"] as? String, "mina")
        XCTAssertNil(events[0].contactId)
    }

    func testAnEmailReplyCarriesItsThreadingHeaders() throws {
        let database = try makeStore()
        let mail = try database.receive(InboundContact(channel: .email, from: "mia@example.com", text: "Refund?",
                                                       email: EmailHeaders(messageId: "<a1@mail.example>", subject: "Refund")),
                                        policy: policy, at: t0)
        _ = try database.take(contactId: mail.contactId, agent: "emma", policy: policy, at: at(1))
        _ = try database.reply(contactId: mail.contactId, agent: "emma", text: "Done.", policy: policy, at: at(2))
        let reply = try XCTUnwrap(try database.outboundEvents(after: 0, limit: 10).last)
        let email = try XCTUnwrap(try payload(reply)["email"] as? [String: Any])
        XCTAssertEqual(email["in_reply_to"] as? String, "a1@mail.example")
        XCTAssertEqual(email["references"] as? [String], ["a1@mail.example"])
        XCTAssertEqual(email["subject"] as? String, "Re: Refund")
    }

    func testAComplaintStepIsAnEvent() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "lin", createdAt: t0))
        let contact = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let complaintId = try XCTUnwrap(try database.fileComplaint(Complaint(
            customerId: contact.customerId, contactId: contact.id, category: .delivery, severity: .major, account: "快递丢了",
            wants: "重新发货", promisedReplyAt: nil, agent: "lin", receivedAt: t0)).id)
        let filed = try XCTUnwrap(try database.outboundEvents(after: 0, limit: 10).last)
        XCTAssertEqual(filed.kind, "complaint-step", "filing is the first step connectors see")
        XCTAssertEqual(filed.contactId, contact.id)
        XCTAssertEqual(try payload(filed)["step"] as? String, "file")
        XCTAssertEqual(try payload(filed)["complaint_id"] as? Int, Int(complaintId))
        XCTAssertNil(try payload(filed)["previous_state"])
        let before = try database.latestOutboundEvent()
        try database.apply(.judge(valid: true, explanation: nil), to: complaintId, by: "lin", role: .agent, policy: policy, at: at(100))
        let step = try XCTUnwrap(try database.outboundEvents(after: before, limit: 10).first { $0.kind == "complaint-step" })
        let fields = try payload(step)
        XCTAssertEqual(fields["step"] as? String, "judged-valid")
        XCTAssertEqual(fields["complaint_id"] as? Int, Int(complaintId))
    }

    func testPruningKeepsWhatAWebhookStillHasToDeliver() throws {
        let database = try makeStore()
        _ = try database.receive(InboundContact(channel: .chat, from: "a@example.com", text: "one"), policy: policy, at: t0)
        let hook = try database.addWebhook(url: "http://127.0.0.1:9/", kinds: nil, secret: "s", at: at(1))
        _ = try database.receive(InboundContact(channel: .chat, from: "b@example.com", text: "two"), policy: policy, at: at(2))
        XCTAssertEqual(try database.pruneOutboundEvents(before: at(10)), 1, "only the event from before the webhook")
        XCTAssertEqual(try database.outboundEvents(after: 0, limit: 10).map(\.sequence), [2])
        let due = try database.dueDeliveries(at: at(11), limit: 10)
        XCTAssertEqual(due.map(\.event.sequence), [2])
        XCTAssertEqual(try database.pruneOutboundEvents(before: at(20)), 0, "still to be delivered")
        try database.markDelivered(webhookId: hook.id, sequence: 2, at: at(12))
        XCTAssertEqual(try database.pruneOutboundEvents(before: at(20)), 1)
        XCTAssertEqual(try database.latestOutboundEvent(), 2, "a number is never given twice, even with the table empty")
    }
}
