import Foundation
@testable import FrontlinePostgres
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// What the contract classes of group A do not reach yet on PostgreSQL: an agent's JSON columns
/// round-trip, and a complaint the agent owns is among their open items (its reader is this
/// group's own, not the complaints' port).
final class PostgresAgentWorkTests: XCTestCase {
    private var backend: PostgresBackend!
    private let t0 = Date(timeIntervalSince1970: 1_767_000_000)

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testAnAgentsLanguagesGroupsAndTimesComeBackAsWritten() throws {
        let store = try PostgresStore.open(backend.database)
        _ = try store.addFirstAgent(named: "boss", at: t0)
        var lin = Agent(name: "lin", displayName: "Lin", createdAt: t0, capacity: 2, languages: [.zhHans, .en], groups: ["orders"])
        lin.removedAt = nil
        _ = try store.addAgent(lin, by: "boss")
        XCTAssertEqual(try store.agent(named: "lin"), lin)
        let raw = try store.session.alone {
            try store.session.query("SELECT languages, groups FROM agents WHERE name = 'lin'").rows[0]
        }
        XCTAssertEqual(try raw.get("languages", as: String.self), #"["zh-Hans","en"]"#)
        XCTAssertEqual(try raw.get("groups", as: String.self), #"["orders"]"#)
    }

    func testAnOwnedComplaintIsAmongTheOpenItemsWithItsDeadline() throws {
        let store = try PostgresStore.open(backend.database)
        _ = try store.addFirstAgent(named: "lin", at: t0)
        let contact = try store.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "Wang Fang", text: nil, priority: .normal, at: t0)
        let id: Int64 = try store.session.alone {
            try store.session.query("""
                INSERT INTO complaints (customer_id, contact_id, category, severity, account, wants, state, agent, received_at, paraphrase_confirmed)
                VALUES ($1, $2, 'product-quality', 'minor', 'the kettle leaks', 'a new one', 'received', 'lin', $3, 1) RETURNING id
                """, [contact.customerId, contact.id, t0]).rows[0].get("id")
        }
        let items = try store.openItems(agent: "lin", policy: .standard)
        let complaint = try XCTUnwrap(items.first { $0.kind == .complaint })
        XCTAssertEqual(complaint.id, id)
        XCTAssertEqual(complaint.customerName, "Wang Fang")
        XCTAssertEqual(complaint.detail, ComplaintState.received.rawValue)
        XCTAssertNotNil(complaint.due)
        XCTAssertTrue(try store.openItems(agent: "someone-else", policy: .standard).isEmpty)
    }
}
