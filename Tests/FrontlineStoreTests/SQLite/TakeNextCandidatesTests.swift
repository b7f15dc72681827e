import Foundation
import FrontlineCore
import FrontlineStoreAPI
@testable import FrontlineStore
import GRDB
import XCTest

/// `takeNext` reads only a few candidates per timer group; it must still pick exactly what
/// ordering the whole queue would.
final class TakeNextCandidatesTests: StoreTestCase {
    func testCandidatesGiveTheSameOrderAsTheWholeQueue() throws {
        let database = try openDatabase()
        _ = try database.fillSynthetic(SyntheticSize(customers: 200, contacts: 900, waiting: 600, seed: 3), now: t0)
        // Some paused time and a call-back not yet due, the cases the candidate query treats apart.
        try database.write { db, changes in
            changes.record(.everything)
            try db.execute(sql: "UPDATE contacts SET paused_seconds = 900 WHERE state = 'waiting' AND id % 37 = 0")
            try db.execute(sql: "UPDATE contacts SET queued_at = ? WHERE state = 'waiting' AND channel = 'callback' AND id % 5 = 0",
                           arguments: [t0.addingTimeInterval(3600).timeIntervalSince1970])
        }
        for (offset, policy) in [(0.0, SLAPolicy.standard), (7200, .standard), (86400 * 3, .standard)] {
            let now = t0.addingTimeInterval(offset)
            let expected = try database.read { db in
                try Contact.filter(sql: "state = 'waiting'").fetchAll(db)
                    .filter { $0.isDue(at: now) }
                    .map { QueueEntry(contact: $0, customerName: "", customerLanguage: .en, status: policy.status(of: $0, at: now)) }
                    .sorted(by: QueueEntry.byUrgency)
                    .prefix(8).compactMap(\.contact.id)
            }
            let candidates = try database.read { db in try AppDatabase.waitingByUrgency(db, policy: policy, at: now, limit: 8) }
            XCTAssertEqual(candidates, Array(expected), "at +\(offset) s")
        }
    }

    func testTakeNextEmptiesTheQueueInUrgencyOrderTakingEachOnce() throws {
        let database = try openDatabase()
        _ = try database.fillSynthetic(SyntheticSize(customers: 50, contacts: 120, waiting: 100, seed: 4), now: t0)
        var taken: [Int64] = []
        while let contact = try database.takeNext(agent: "ana", policy: .standard, at: t0) { taken.append(contact.id!) }
        XCTAssertEqual(taken.count, 100)
        XCTAssertEqual(Set(taken).count, 100)
    }

    func testCandidatesAreIndexSeeksNotAScanOfTheQueue() throws {
        let database = try openDatabase()
        let plan = try database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.takeCandidates, arguments: [0, 8]).map { $0["detail"] as String }
        }
        // Scanning the partial index of irregular contacts is fine: only they are in it.
        let scans = plan.filter { $0.contains("SCAN contacts") || $0.contains("contacts_on_state") }
        XCTAssertEqual(scans, ["SCAN contacts USING INDEX contacts_waiting_irregular"], plan.joined(separator: "\n"))
        XCTAssertTrue(plan.contains { $0.contains("contacts_waiting_by_reply") }, plan.joined(separator: "\n"))
    }
}
