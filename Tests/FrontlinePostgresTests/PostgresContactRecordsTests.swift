import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Group B's contact methods on a real PostgreSQL server: a customer writing (and reopening an
/// ended contact), notes, reopening, giving a customer to an agent, and finding customers.
/// Group A's take/wrapUp/ensureAgent are not ported yet, so the few rows they would write
/// (an ended contact, an agent on the roster) are set up with plain SQL.
final class PostgresContactRecordsTests: XCTestCase {
    private var backend: PostgresBackend!
    private var store: PostgresStore!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        store = try PostgresStore.open(backend.database)
    }
    override func tearDownWithError() throws { try backend?.tearDown() }

    /// Runs set-up SQL outside the store's methods.
    private func sql(_ text: String, _ binds: [SQLValue] = []) throws {
        try store.session.alone { _ = try store.session.query(text, binds) }
    }

    private func topics(after sequence: Int64) throws -> Set<ChangeTopic> { try store.changes(after: sequence).topics }

    func testSayKeepsTheOldestUnansweredTimeAndRecordsTheMessageEventAndOutboxRow() throws {
        let chat = try store.enqueue(channel: .chat, from: "wang@example.com", name: "王芳", text: nil, at: t0)
        let id = try XCTUnwrap(chat.id)
        let before = try store.latestChange()
        let first = try store.say(contactId: id, text: "你好", at: at(10))
        _ = try store.say(contactId: id, text: "还在吗", at: at(70))
        XCTAssertNotNil(first.id)
        XCTAssertEqual(first.direction, .inbound)
        XCTAssertEqual(try store.transcript(contactId: id, limit: 10).map(\.text), ["你好", "还在吗"])
        // A second message does not restart the reply timer.
        XCTAssertEqual(try store.contact(id: id)?.awaitingReplySince, t0)
        XCTAssertEqual(try store.events(contactId: id).map(\.kind), [.queued, .message, .message])
        XCTAssertEqual(try topics(after: before), [.queueRow(id), .contact(id)])   // its queue row alone, as on SQLite
        let outbox = try store.session.alone {
            try store.session.query("SELECT kind, payload FROM outbound_events WHERE contact_id = $1 ORDER BY seq", [id]).rows
                .map { (try $0.get("kind", as: String.self), try $0.get("payload", as: String.self)) }
        }
        XCTAssertEqual(outbox.map(\.0), ["contact-created", "message", "message"])
        XCTAssertTrue(outbox[2].1.contains("还在吗"), outbox[2].1)
    }

    func testSayRefusesEmptyTextACallAnUnknownOrAbandonedContactAndReopensAnEndedOne() throws {
        let chat = try XCTUnwrap(try store.enqueue(channel: .chat, from: "a@example.com", name: nil, text: "hi", at: t0).id)
        let call = try XCTUnwrap(try store.enqueue(channel: .phone, from: "+1 202-555-0100", name: nil, text: nil, at: t0).id)
        XCTAssertThrowsError(try store.say(contactId: chat, text: "  ", at: at(1))) { XCTAssertEqual($0 as? StoreError, .emptyText) }
        XCTAssertThrowsError(try store.say(contactId: call, text: "x", at: at(1))) {
            XCTAssertEqual($0 as? StoreError, .notWritten(contactId: call, channel: .phone))
        }
        XCTAssertThrowsError(try store.say(contactId: 999, text: "x", at: at(1))) { XCTAssertEqual($0 as? StoreError, .noSuchContact(999)) }
        try sql("UPDATE contacts SET state = 'abandoned', ended_at = $1 WHERE id = $2", [at(5), call])
        try sql("UPDATE contacts SET state = 'ended', agent = 'lin', taken_at = $1, ended_at = $2, awaiting_reply_since = NULL WHERE id = $3",
                [at(2), at(5), chat])
        _ = try store.say(contactId: chat, text: "one more thing", at: at(100))
        let reopened = try XCTUnwrap(try store.contact(id: chat))
        XCTAssertEqual(reopened.state, .waiting)
        XCTAssertEqual(reopened.queuedAt, at(100))
        XCTAssertNil(reopened.agent)
        XCTAssertEqual(reopened.awaitingReplySince, at(100))
        XCTAssertEqual(try store.events(contactId: chat).map(\.kind), [.queued, .reopened, .message])
        let abandonedChat = try XCTUnwrap(try store.enqueue(channel: .chat, from: "b@example.com", name: nil, text: "hi", at: t0).id)
        try sql("UPDATE contacts SET state = 'abandoned' WHERE id = $1", [abandonedChat])
        let before = try store.latestChange()
        XCTAssertThrowsError(try store.say(contactId: abandonedChat, text: "x", at: at(1))) {
            XCTAssertEqual($0 as? StoreError, .contactEnded(abandonedChat))
        }
        XCTAssertEqual(try store.latestChange(), before, "a refused write adds nothing to the feed")
        XCTAssertEqual(try store.transcript(contactId: abandonedChat, limit: 10).map(\.text), ["hi"])
    }

    func testReopenStartsANewTimerAndRefusesCallBacksAndOpenContacts() throws {
        let email = try XCTUnwrap(try store.enqueue(channel: .email, from: "c@example.com", name: nil, text: "order?", at: t0).id)
        XCTAssertThrowsError(try store.reopen(contactId: email, at: at(1))) {
            XCTAssertEqual($0 as? StoreError, .cannotReopen(contactId: email, channel: .email, state: .waiting))
        }
        try sql("UPDATE contacts SET state = 'ended', agent = 'lin', ended_at = $1, paused_seconds = 30, pause_reason = 'x' WHERE id = $2",
                [at(50), email])
        let reopened = try store.reopen(contactId: email, at: at(300))
        XCTAssertEqual(reopened.state, .waiting)
        XCTAssertEqual(reopened.pausedSeconds, 0)
        let stored = try XCTUnwrap(try store.contact(id: email))
        XCTAssertEqual(stored, reopened)
        XCTAssertNil(stored.pauseReason)
        XCTAssertEqual(try store.events(contactId: email).last?.detail, "email")
        XCTAssertEqual(try store.queue(agent: nil).map(\.contact.id), [email])
    }

    func testNotesAreKeptInOrderTouchNoTimerAndNameTheCustomerTopic() throws {
        let chat = try store.enqueue(channel: .chat, from: "d@example.com", name: nil, text: "hi", at: t0)
        let id = try XCTUnwrap(chat.id)
        let before = try store.latestChange()
        let first = try store.addNote(contactId: id, agent: "lin", text: "VIP", at: at(20))
        _ = try store.addNote(contactId: id, agent: "park", text: "called back", at: at(10))
        XCTAssertEqual(try store.notes(contactId: id).map(\.text), ["called back", "VIP"])
        XCTAssertEqual(try store.notes(contactId: id).last, first)
        XCTAssertEqual(try store.contact(id: id)?.awaitingReplySince, t0, "a note is no reply")
        XCTAssertEqual(try topics(after: before), [.contact(id), .customer(chat.customerId)])
        XCTAssertThrowsError(try store.addNote(contactId: id, agent: "lin", text: "\n", at: at(30))) { XCTAssertEqual($0 as? StoreError, .emptyText) }
        XCTAssertThrowsError(try store.addNote(contactId: 404, agent: "lin", text: "x", at: at(30))) {
            XCTAssertEqual($0 as? StoreError, .noSuchContact(404))
        }
        XCTAssertEqual(try store.notes(contactId: id).count, 2)
    }

    func testAssigningACustomerQueuesAFirstContactCallBackForAnAgentOnTheRoster() throws {
        let contact = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        try sql("INSERT INTO agents (name, display_name, role, created_at) VALUES ('lin', 'Lin', 'agent', $1)", [t0])
        try sql("INSERT INTO agents (name, display_name, role, created_at, removed_at) VALUES ('gone', 'Gone', 'agent', $1, $1)", [t0])
        XCTAssertThrowsError(try store.assignCustomer(contact.customerId, to: "nobody", policy: .standard, at: t0)) {
            XCTAssertEqual($0 as? StoreError, .noSuchAgent("nobody"))
        }
        XCTAssertThrowsError(try store.assignCustomer(contact.customerId, to: "gone", policy: .standard, at: t0)) {
            XCTAssertEqual($0 as? StoreError, .refused(AuthorityRefusal.removed("gone").description))
        }
        XCTAssertThrowsError(try store.assignCustomer(999, to: "lin", policy: .standard, at: t0)) {
            XCTAssertEqual($0 as? StoreError, .noSuchCustomer(999))
        }
        let before = try store.latestChange()
        let callback = try store.assignCustomer(contact.customerId, to: "lin", policy: .standard, at: t0)
        let id = try XCTUnwrap(callback.id)
        XCTAssertEqual(try store.contact(id: id), callback)
        XCTAssertEqual(callback.channel, .callback)
        XCTAssertEqual(callback.purpose, .firstContact)
        XCTAssertEqual(callback.owner, "lin")
        XCTAssertEqual(callback.address, "+86 130 0000 0042")
        XCTAssertGreaterThanOrEqual(callback.queuedAt, t0)
        XCTAssertEqual(try store.events(contactId: id).map(\.kind), [.queued])
        XCTAssertEqual(try topics(after: before), [.queue, .contact(id), .customer(contact.customerId)])
        let assigned = try store.session.alone {
            try store.session.query("SELECT assigned_agent FROM customers WHERE id = $1", [contact.customerId]).rows[0]
                .get("assigned_agent", as: String?.self)
        }
        XCTAssertEqual(assigned, "lin")
    }

    func testFindingCustomersByPhoneEmailOrderAndNamePrefixInAnyCase() throws {
        let wang = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0).customerId
        let anna = try store.enqueue(channel: .email, from: "Anna.Berg@Example.com", name: "Anna Berg", text: "hi", at: t0).customerId
        let annika = try store.enqueue(channel: .phone, from: "+46 70 123 45 67", name: "annika Lund", text: nil, at: t0).customerId
        let percent = try store.enqueue(channel: .phone, from: "+1 202-555-0199", name: "50%_off Ltd", text: nil, at: t0).customerId
        try sql("INSERT INTO orders (customer_id, number, items, total_minor, currency, payment_status, shipping_status, placed_at) VALUES ($1, 'A-1001', '[]', 100, 'CNY', 'paid', 'shipped', $2)", [anna, t0])

        XCTAssertEqual(try store.findCustomers(matching: "+86 130-0000-0042", limit: 20).map(\.id), [wang])
        XCTAssertEqual(try store.findCustomers(matching: "anna.berg@example.COM", limit: 20).map(\.id), [anna])
        XCTAssertEqual(try store.findCustomers(matching: "a-1001", limit: 20).map(\.id), [anna])
        XCTAssertEqual(try store.findCustomers(matching: "AN", limit: 20).map(\.id), [anna, annika], "names in name order, any case")
        XCTAssertEqual(try store.findCustomers(matching: "an", limit: 1).map(\.id), [anna])
        XCTAssertEqual(try store.findCustomers(matching: "王", limit: 20).map(\.id), [wang])
        // LIKE's wildcards in the query are letters to match, not patterns.
        XCTAssertEqual(try store.findCustomers(matching: "50%_off", limit: 20).map(\.id), [percent])
        XCTAssertEqual(try store.findCustomers(matching: "5_%off", limit: 20).map(\.id), [])
        XCTAssertEqual(try store.findCustomers(matching: "a%", limit: 20).map(\.id), [])
        XCTAssertEqual(try store.findCustomers(matching: "   ", limit: 20), [])
        XCTAssertEqual(try store.findCustomers(matching: "anna", limit: 20).first?.phones, [])
        XCTAssertEqual(try store.findCustomers(matching: "annika", limit: 20).first?.phones, ["+46 70 123 45 67"])
        // A merged customer is found under the one it was merged into, never by name.
        try sql("UPDATE customers SET merged_into = $1 WHERE id = $2", [anna, annika])
        XCTAssertEqual(try store.findCustomers(matching: "ann", limit: 20).map(\.id), [anna])
    }

    func testTheCustomerFileShowsContactsNotesOrdersTheFirstContactCallBackAndAgentNames() throws {
        let call = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        try sql("INSERT INTO agents (name, display_name, role, created_at) VALUES ('lin', 'Lin Mei', 'agent', $1)", [t0])
        try sql("""
            INSERT INTO orders (customer_id, number, items, total_minor, currency, payment_status, shipping_status, placed_at)
            VALUES ($1, 'A-1', '[]', 100, 'CNY', 'paid', 'shipped', $2), ($1, 'A-2', '[]', 200, 'CNY', 'paid', 'new', $3)
            """, [call.customerId, at(-100), at(-50)])
        _ = try store.addNote(contactId: call.id!, agent: "lin", text: "VIP", at: at(10))
        // Outside calling hours the call-back is due later: it is a scheduled one, not a past contact.
        let callback = try store.assignCustomer(call.customerId, to: "lin", policy: .standard, at: at(20))
        let file = try XCTUnwrap(try store.customerFile(customerId: call.customerId, limit: 10, at: at(30)))
        XCTAssertEqual(file.customer.name, "王芳")
        XCTAssertEqual(file.orders.map(\.number), ["A-2", "A-1"], "newest first")
        XCTAssertEqual(file.notes.map(\.text), ["VIP"])
        XCTAssertEqual(Set((file.recentContacts + file.scheduledCallbacks).compactMap(\.id)), [call.id!, callback.id!])
        XCTAssertEqual(file.callbackReasons[callback.id!], .firstContact(agent: "lin"))
        XCTAssertEqual(file.agentNames["lin"], "Lin Mei")
        XCTAssertNil(try store.customerFile(customerId: 999, limit: 10, at: at(30)))
    }
}
