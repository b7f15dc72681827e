import Foundation
import FrontlineCore
@testable import FrontlineStore
import GRDB
import XCTest

/// One encoding of time for the whole store: every record that holds a date, written and read
/// back, keeps it to the sub-second, in its columns and in the JSON columns it nests.
final class DateRoundTripTests: StoreTestCase {
    /// An instant with a fraction, far from both 1970 and 2001, so a wrong epoch or unit shows.
    var when: Date { at(0.25) }
    var later: Date { at(86_400 * 9 + 0.5) }

    func testEveryRecordThatHoldsADateReadsBackTheSameDate() throws {
        let database = try openDatabase()
        try database.write { db, changes in
            changes.record(.everything)
            var agent = Agent(name: "mina", createdAt: when, languages: [.ko])
            agent.stateSince = when
            agent.wrapUpUntil = later
            agent.idleSince = when
            try agent.insert(db)
            XCTAssertEqual(try Agent.fetchOne(db, key: "mina"), agent)

            var customer = Customer(name: "김민준", createdAt: when)
            try customer.insert(db)
            let customerId = try XCTUnwrap(customer.id)
            XCTAssertEqual(try Customer.fetchOne(db, key: customerId), customer)

            var order = Order(customerId: customerId, number: "A-1", items: "mug", totalMinor: 1200, currency: "KRW",
                              paymentStatus: "paid", shippingStatus: "sent", placedAt: when)
            try order.insert(db)
            XCTAssertEqual(try Order.fetchOne(db, key: order.id), order)

            var contact = Contact(channel: .chat, state: .ended, customerId: customerId, address: "+82 10 0000 0001", queuedAt: when,
                                  takenAt: when, firstReplyAt: when, endedAt: later, agent: "mina", awaitingReplySince: when,
                                  pausedSince: when, pauseReason: "lookup", pausedSeconds: 1.5)
            try contact.insert(db)
            let contactId = try XCTUnwrap(contact.id)
            XCTAssertEqual(try Contact.fetchOne(db, key: contactId), contact)

            var message = ChatMessage(contactId: contactId, direction: .inbound, text: "안녕하세요", at: when)
            try message.insert(db)
            XCTAssertEqual(try ChatMessage.fetchOne(db, key: message.id), message)

            var note = Note(contactId: contactId, agent: "mina", text: "called twice", at: when)
            try note.insert(db)
            XCTAssertEqual(try Note.fetchOne(db, key: note.id), note)

            var complaint = Complaint(customerId: customerId, contactId: contactId, category: .delivery, severity: .major, account: "late",
                                      wants: "refund", promisedReplyAt: later, agent: "mina", receivedAt: when)
            complaint.resolvedAt = later
            complaint.archivedAt = later
            try complaint.insert(db)
            let complaintId = try XCTUnwrap(complaint.id)
            XCTAssertEqual(try Complaint.fetchOne(db, key: complaintId), complaint)

            var solution = ComplaintSolution(complaintId: complaintId, text: "refund", at: when, agent: "mina")
            try solution.insert(db)
            XCTAssertEqual(try ComplaintSolution.fetchOne(db, key: solution.id), solution)
            var followUp = ComplaintFollowUp(complaintId: complaintId, satisfaction: .satisfied, at: when, agent: "mina")
            try followUp.insert(db)
            XCTAssertEqual(try ComplaintFollowUp.fetchOne(db, key: followUp.id), followUp)
            var change = ComplaintChange(complaintId: complaintId, agent: "mina", at: when, kind: .field, field: "wants", oldValue: "a", newValue: "b")
            try change.insert(db)
            XCTAssertEqual(try ComplaintChange.fetchOne(db, key: change.id), change)

            var entry = AgentStateLogEntry(agent: "mina", presence: .available, at: when, byAgent: "mina")
            try entry.insert(db)
            XCTAssertEqual(try AgentStateLogEntry.fetchOne(db, key: entry.id), entry)

            var shift = Shift(agent: "mina", startedAt: when, endedAt: later, handoverNote: "call back",
                              openItems: [OpenItem(kind: .callback, id: contactId, customerName: "김민준", detail: "callback", due: later),
                                          OpenItem(kind: .contact, id: contactId, customerName: "김민준", detail: "chat")])
            try shift.insert(db)
            XCTAssertEqual(try Shift.fetchOne(db, key: shift.id), shift)
        }
    }

    /// Dates nested in a JSON column are unix seconds like every date column, so SQL and people
    /// reading the file see one encoding.
    func testDatesNestedInJSONColumnsAreUnixSeconds() throws {
        let database = try openDatabase()
        let stored = try database.write { db, changes -> String in
            changes.record(.everything)
            var agent = Agent(name: "mina", createdAt: when)
            try agent.insert(db)
            var shift = Shift(agent: "mina", startedAt: when,
                              openItems: [OpenItem(kind: .callback, id: 1, customerName: "x", detail: "callback", due: later)])
            try shift.insert(db)
            return try String.fetchOne(db, sql: "SELECT open_items FROM shifts") ?? ""
        }
        let items = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.first?["due"] as? Double, later.timeIntervalSince1970)
    }

    /// Handovers written before the one encoding (seconds since 2001) are rewritten by a migration.
    func testAMigrationMovesHandoverDatesWrittenSince2001() throws {
        let old = later.timeIntervalSinceReferenceDate
        let queue = try DatabaseQueue(path: dbPath)
        try Migrations.migrator.migrate(queue, upTo: "v12-change-feed")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO agents (name, display_name, role, created_at) VALUES ('mina', 'mina', 'agent', 0)")
            try db.execute(sql: "INSERT INTO shifts (agent, started_at, ended_at, handover_note, open_items) VALUES ('mina', 0, 1, 'n', ?)",
                           arguments: [#"[{"kind":"callback","id":7,"customerName":"x","detail":"callback","due":\#(old)},{"kind":"contact","id":8,"customerName":"y","detail":"chat"}]"#])
        }
        try queue.close()
        let database = try openDatabase()
        let handover = try XCTUnwrap(database.latestHandover())
        XCTAssertEqual(handover.openItems.map(\.due), [later, nil])
    }
}
