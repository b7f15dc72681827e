import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// What the contract cannot see of the connector methods on PostgreSQL: a group commit's refused
/// intake rolled back to its savepoint alone, and outbound numbers without gaps when a write
/// that appended an event rolls back (an identity's `nextval` would not be given back).
final class PostgresConnectorTests: XCTestCase {
    private var backend: PostgresBackend!
    private var store: PostgresStore!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private let policy = SLAPolicy.standard
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        store = try PostgresStore.open(backend.database)
    }
    override func tearDownWithError() throws { try backend?.tearDown() }

    private func count(_ table: String) throws -> Int64 {
        try store.session.alone { try store.session.query("SELECT COUNT(*) AS n FROM \(table)").rows[0].get("n", as: Int64.self) }
    }

    func testARefusedIntakeInAGroupIsRolledBackAloneAfterItWrote() throws {
        // The unknown group is found only after the customer and the contact rows were written.
        let answers = try store.receive([
            .contact(InboundContact(externalId: "a", channel: .chat, from: "a@example.com", text: "one"), at: t0),
            .contact(InboundContact(externalId: "b", channel: .chat, from: "b@example.com", text: "two", group: "nobody"), at: at(1)),
            .contact(InboundContact(externalId: "c", channel: .chat, from: "c@example.com", text: "three"), at: at(2)),
        ], policy: policy)
        XCTAssertNoThrow(try answers[0].get())
        guard case .failure(.noSuchGroup("nobody", _)) = answers[1] else { return XCTFail("\(answers[1])") }
        XCTAssertNoThrow(try answers[2].get())
        XCTAssertEqual(try count("contacts"), 2)
        XCTAssertEqual(try count("customers"), 2, "the refused one's new customer went with it")
        XCTAssertEqual(try count("messages"), 2)
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 10).map(\.sequence), [1, 2])
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 10).map(\.contactId), try answers.compactMap { try? $0.get().contactId })
    }

    func testARolledBackEventLeavesNoGapInTheNumbers() throws {
        _ = try store.receive(InboundContact(channel: .chat, from: "a@example.com", text: "one"), policy: policy, at: t0)
        struct Refused: Error {}
        XCTAssertThrowsError(try store.write { db, changes -> Void in
            changes.record(.connectors)
            try PostgresStore.appendOutbound(db, kind: .agentState, contactId: nil, at: at(1), payload: ["agent": "lin"])
            throw Refused()
        })
        XCTAssertEqual(try store.latestOutboundEvent(), 1)
        _ = try store.receive(InboundContact(channel: .chat, from: "b@example.com", text: "two"), policy: policy, at: at(2))
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 10).map(\.sequence), [1, 2])
        // Pruned empty, the next number still follows the newest ever given.
        XCTAssertEqual(try store.pruneOutboundEvents(before: at(10)), 2)
        XCTAssertEqual(try store.latestOutboundEvent(), 2)
        _ = try store.receive(InboundContact(channel: .chat, from: "c@example.com", text: "three"), policy: policy, at: at(11))
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 10).map(\.sequence), [3])
    }
}
