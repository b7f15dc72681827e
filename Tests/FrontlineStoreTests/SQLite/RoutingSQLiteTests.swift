import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

/// The part of RoutingStoreTests that looks into the SQLite file itself.
final class RoutingSQLiteTests: StoreTestCase {
    let rules = AgentStateRules.standard

    /// Agents logged in one after the other, `gap` seconds apart: the first is idle longest.
    func loggedIn(_ names: [String], _ database: AppDatabase, gap: TimeInterval = 10) throws {
        for (index, name) in names.enumerated() {
            try database.addAgent(Agent(name: name, createdAt: t0))
            try database.changeState(of: name, .logIn, at: at(Double(index) * gap))
        }
    }

    func call(_ database: AppDatabase, at seconds: TimeInterval) throws -> Int64 {
        try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 \(1000 + Int(seconds))", name: nil, text: nil, at: at(seconds)).id)
    }

    func kinds(_ database: AppDatabase, _ id: Int64) throws -> [String] {
        try database.events(contactId: id).map { "\($0.kind.rawValue) \($0.agent ?? "")" }
    }

    func testTheDatabaseRefusesASecondOpenOfferOfOneContact() throws {
        let database = try openDatabase()
        try loggedIn(["ana", "bo"], database)
        let id = try call(database, at: 100)
        _ = try database.route(rules: rules, policy: policy, at: at(101))
        XCTAssertThrowsError(try database.pool.write { db in
            try db.execute(sql: "INSERT INTO offers (contact_id, agent, offered_at, expires_at) VALUES (?, 'bo', 0, 0)", arguments: [id])
        })
    }
}
