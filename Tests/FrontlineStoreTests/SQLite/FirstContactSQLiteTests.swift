import Foundation
import FrontlineCore
@testable import FrontlineStore
import GRDB
import XCTest

/// (The SQLite part: the assignment as stored on the customer row.) A customer newly assigned to an agent gets a first contact within a week, from the live queue.
final class FirstContactSQLiteTests: StoreTestCase {
    func testAssigningQueuesAFirstContactOnTheSevenDayTimer() throws {
        let database = try openDatabase()
        let customer = try database.enqueue(channel: .phone, from: "+82 10-0000-5555", name: "최유나", text: nil, at: t0).customerId
        _ = try database.addAgent(Agent(name: "mina", createdAt: t0))
        let callback = try database.assignCustomer(customer, to: "mina", at: at(60))
        XCTAssertEqual(callback.channel, .callback)
        XCTAssertEqual(callback.purpose, .firstContact)
        XCTAssertEqual(callback.address, "+82 10-0000-5555", "called on the customer's phone")
        let timer = try XCTUnwrap(policy.runningTimer(for: try XCTUnwrap(database.contact(id: callback.id!))))
        XCTAssertEqual(timer.kind, .firstContact)
        XCTAssertEqual(timer.deadline, at(60 + 7 * 86400))
        XCTAssertTrue(try database.queue(agent: nil).contains { $0.contact.id == callback.id }, "in the live queue at once")
        let assigned = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT assigned_agent, assigned_at FROM customers WHERE id = ?", arguments: [customer])
        }
        XCTAssertEqual(assigned?["assigned_agent"] as String?, "mina")
        XCTAssertEqual(assigned?["assigned_at"] as Double?, at(60).timeIntervalSince1970)
        XCTAssertEqual(try database.events(contactId: callback.id!).map(\.detail), ["callback"])
    }
}
