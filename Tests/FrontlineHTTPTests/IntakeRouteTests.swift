import Foundation
import FrontlineCore
import FrontlineHTTP
import FrontlineStoreAPI
import Hummingbird
import HummingbirdTesting
import XCTest

/// The intake routes through HTTP: idempotent retries, e-mail threading, abandons, deliveries, reads.
final class IntakeRouteTests: APITestCase {
    func testARetriedContactOrMessageIsTheSameOneNeverTwo() async throws {
        try await withServer { client in
            let contact: [String: Any] = ["external_id": "widget-1", "channel": "chat", "from": "ann@example.com", "name": "Ann", "text": "hello"]
            let first = try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(contact))
            XCTAssertEqual(first.status, .created)
            let again = try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(contact))
            XCTAssertEqual(again.status, .ok)
            let one = Self.object(first), two = Self.object(again)
            XCTAssertEqual(one["contact_id"] as? Int, two["contact_id"] as? Int)
            XCTAssertEqual(one["created"] as? Bool, true)
            XCTAssertEqual(two["created"] as? Bool, false)
            let id = one["contact_id"] as! Int

            let message: [String: Any] = ["external_id": "widget-1-m2", "text": "order 5521"]
            let sent = try await client.execute(uri: "/v1/contacts/\(id)/messages", method: .post, headers: self.headers(.ingest), body: Self.body(message))
            XCTAssertEqual(sent.status, .created)
            let resent = try await client.execute(uri: "/v1/contacts/\(id)/messages", method: .post, headers: self.headers(.ingest), body: Self.body(message))
            XCTAssertEqual(resent.status, .ok)
            XCTAssertEqual(Self.object(sent)["message_id"] as? Int, Self.object(resent)["message_id"] as? Int)

            let read = try await client.execute(uri: "/v1/contacts/\(id)", method: .get, headers: self.headers(.read))
            let transcript = Self.object(read)["transcript"] as? [[String: Any]] ?? []
            XCTAssertEqual(transcript.map { $0["text"] as? String }, ["hello", "order 5521"])
            XCTAssertEqual(Self.object(read)["customer"] as? String, "Ann")
        }
        XCTAssertEqual(try store.queue(agent: nil).count, 1)
        XCTAssertEqual(try store.transcript(contactId: 1, limit: 10).count, 2)
    }

    func testAnEmailReplyJoinsItsContact() async throws {
        try await withServer { client in
            let first: [String: Any] = ["channel": "email", "from": "bo@example.com", "text": "My parcel is late",
                                        "email": ["message_id": "<a1@example.com>", "subject": "Late parcel"]]
            let created = Self.object(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(first)))
            let reply: [String: Any] = ["channel": "email", "from": "bo@example.com", "text": "Any news?",
                                        "email": ["message_id": "<a2@example.com>", "in_reply_to": "<a1@example.com>",
                                                  "references": ["<a1@example.com>"], "subject": "Re: Late parcel"]]
            let joined = Self.object(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(reply)))
            XCTAssertEqual(joined["contact_id"] as? Int, created["contact_id"] as? Int)
        }
        XCTAssertEqual(try store.queue(agent: nil).count, 1)
    }

    func testAbandonAWaitingCallOnce() async throws {
        try await withServer { client in
            let call = Self.object(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest),
                                                            body: Self.body(["channel": "phone", "from": "+86 138 0000 0000"])))
            let id = call["contact_id"] as! Int
            // No body at all is fine: it hung up now.
            let abandoned = try await client.execute(uri: "/v1/contacts/\(id)/abandon", method: .post, headers: self.headers(.ingest, json: false))
            XCTAssertEqual(abandoned.status, .ok)
            XCTAssertEqual(Self.object(abandoned)["state"] as? String, "abandoned")
            self.assertProblem(try await client.execute(uri: "/v1/contacts/\(id)/abandon", method: .post, headers: self.headers(.ingest, json: false)),
                               .conflict, .conflict)
            let levels = Self.object(try await client.execute(uri: "/v1/service-levels", method: .get, headers: self.headers(.read)))
            let phone = (levels["channels"] as? [[String: Any]])?.first { $0["channel"] as? String == "phone" }
            XCTAssertEqual(phone?["short_abandons"] as? Int, 1)
        }
        XCTAssertEqual(try store.contact(id: 1)?.state, .abandoned)
    }

    func testDeliveryOfAnAgentsReply() async throws {
        let now = Date()
        try store.addAgent(Agent(name: "mei", createdAt: now))
        try await withServer { client in
            let chat = Self.object(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest),
                                                            body: Self.body(["channel": "chat", "from": "ann@example.com", "text": "hi"])))
            let contactId = Int64(chat["contact_id"] as! Int)
            _ = try self.store.take(contactId: contactId, agent: "mei", policy: .standard, at: Date())
            let reply = try self.store.reply(contactId: contactId, agent: "mei", text: "Hello, Ann", policy: .standard, at: Date())
            let ok = try await client.execute(uri: "/v1/messages/\(reply.id!)/delivery", method: .post, headers: self.headers(.ingest),
                                              body: Self.body(["status": "delivered"]))
            XCTAssertEqual(ok.status, .ok)
            XCTAssertEqual(Self.object(ok)["status"] as? String, "delivered")
            let read = Self.object(try await client.execute(uri: "/v1/contacts/\(contactId)", method: .get, headers: self.headers(.read)))
            let transcript = read["transcript"] as? [[String: Any]] ?? []
            XCTAssertEqual(transcript.map { $0["delivery"] as? String }, [nil, "delivered"])
            // The customer's own message is no reply to acknowledge.
            let customers = try await client.execute(uri: "/v1/messages/\(chat["message_id"] as! Int)/delivery", method: .post,
                                                     headers: self.headers(.ingest), body: Self.body(["status": "delivered"]))
            XCTAssertEqual(customers.status, .conflict)
            self.assertProblem(try await client.execute(uri: "/v1/messages/9999/delivery", method: .post, headers: self.headers(.ingest),
                                                        body: Self.body(["status": "failed", "reason": "mailbox full"])), .notFound, .notFound)
        }
    }

    func testReadsAnswerWithTheCommandsKeys() async throws {
        try store.addAgent(Agent(name: "mei", createdAt: Date()))
        _ = try store.enqueue(channel: .chat, from: "ann@example.com", name: "Ann", text: "hi", at: Date())
        try await withServer { client in
            let queue = Self.object(try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.read)))
            let line = (queue["contacts"] as? [[String: Any]])?.first
            XCTAssertEqual(line?["customer"] as? String, "Ann")
            XCTAssertEqual(line?["sla"] as? String, "ok")
            XCTAssertEqual(Set(line?.keys.map { $0 } ?? []), ["id", "channel", "customer", "customer_id", "state", "agent", "owner", "kept_until", "group",
                                                             "escalated", "waited_seconds", "deadline", "sla", "seconds_left", "priority"])
            let agents = Self.object(try await client.execute(uri: "/v1/agents", method: .get, headers: self.headers(.read)))
            XCTAssertEqual((agents["agents"] as? [[String: Any]])?.first?["name"] as? String, "mei")
            XCTAssertEqual((agents["agents"] as? [[String: Any]])?.first?["state"] as? String, "offline")
        }
    }

    func testEventsAfterAndTheLongPoll() async throws {
        let store = self.store!
        try await withServer { client in
            let empty = Self.object(try await client.execute(uri: "/v1/events?after=0", method: .get, headers: self.headers(.read)))
            XCTAssertEqual((empty["events"] as? [Any])?.count, 0)
            XCTAssertEqual(empty["next_after"] as? Int, 0)
            // A long poll held open; a contact arrives meanwhile and the poll answers with it.
            let writer = Task {
                try await Task.sleep(nanoseconds: 300_000_000)
                _ = try store.receive(InboundContact(channel: .chat, from: "ann@example.com", text: "hi"), policy: .standard, at: Date())
            }
            let polled = Self.object(try await client.execute(uri: "/v1/events?after=0&wait=5", method: .get, headers: self.headers(.read)))
            try await writer.value
            let events = polled["events"] as? [[String: Any]] ?? []
            XCTAssertFalse(events.isEmpty, "the long poll ended without the new event")
            XCTAssertEqual(events.first?["contact_id"] as? Int, 1)
            XCTAssertNotNil(events.first?["payload"] as? [String: Any])
            let next = polled["next_after"] as? Int ?? 0
            XCTAssertEqual(next, events.last?["seq"] as? Int)
            XCTAssertEqual(events.first?["kind"] as? String, "contact-created")
            let after = Self.object(try await client.execute(uri: "/v1/events?after=\(next)", method: .get, headers: self.headers(.read)))
            XCTAssertEqual((after["events"] as? [Any])?.count, 0)
        }
    }
}
