import Foundation
import FrontlineCore
import FrontlineStoreAPI
@testable import FrontlineStore
import GRDB
import XCTest

/// The outbox shares the change's transaction: a write that rolls back leaves no event.
final class OutboxSQLiteTests: StoreTestCase {
    struct Boom: Error {}

    func testARolledBackWriteLeavesNoEvent() throws {
        let database = try openDatabase()
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "hello", at: t0)
        let before = try database.latestOutboundEvent()
        XCTAssertEqual(before, 1)
        XCTAssertThrowsError(try database.write { db, changes in
            _ = try AppDatabase.say(db, changes, contactId: chat.id!, text: "second", at: self.at(1))
            // The event is there inside the transaction...
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbound_events"), 2)
            throw Boom()
        })
        // ...and gone with it.
        XCTAssertEqual(try database.latestOutboundEvent(), before)
        XCTAssertEqual(try database.outboundEvents(after: 0, limit: 10).count, 1)
        XCTAssertEqual(try database.transcript(contactId: chat.id!, limit: 10).count, 1)
    }

    func testTheMigrationAddsItsTablesAndIndexes() throws {
        let database = try openDatabase()
        let names = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name")
        }
        for name in ["outbound_events", "webhooks", "webhook_deliveries", "contacts_on_external_id", "messages_on_external_id",
                     "messages_on_email_message_id"] {
            XCTAssertTrue(names.contains(name), name)
        }
        let detail = try database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM messages WHERE email_message_id = 'x'").map { $0["detail"] as String }
        }
        XCTAssertTrue(detail.joined().contains("messages_on_email_message_id"), "\(detail)")
    }
}
