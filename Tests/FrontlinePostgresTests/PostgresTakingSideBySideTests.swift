import Foundation
@testable import FrontlinePostgres
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Takes run side by side on PostgreSQL (`PostgresStore.writeTaking`): several stores on connections
/// of their own take from one queue, none gets a contact twice, none waits for another's take,
/// and the change feed and the outbox stay gapless. Every other writer still runs alone.
final class PostgresTakingSideBySideTests: XCTestCase {
    private var backend: PostgresBackend!
    private let t0 = Date(timeIntervalSince1970: 1_767_000_000)

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testTakersOnTheirOwnConnectionsTakeEveryContactOnceAndTheNumbersStayGapless() throws {
        let store = try PostgresStore.open(backend.database)
        var waiting: [Int64] = []
        for n in 0..<120 {
            let channel: Channel = n % 3 == 0 ? .email : .phone
            waiting.append(try XCTUnwrap(try store.enqueue(channel: channel, from: "+86 130 0000 \(1000 + n)", name: "Customer \(n)",
                                                           text: channel == .email ? "Where is my order?" : nil,
                                                           priority: n % 7 == 0 ? .high : .normal, at: t0.addingTimeInterval(Double(n))).id))
        }
        let takers = 6
        let stores = try (0..<takers).map { _ in try PostgresStore.open(backend.database) }
        let taken = TakenIds()
        let done = DispatchGroup()
        // An hour on: the calls are past their pick-up deadline, so takes record breaches (and outbox entries) too.
        let at = t0.addingTimeInterval(3600)
        for (n, taker) in stores.enumerated() {
            done.enter()
            Thread.detachNewThread {
                defer { done.leave() }
                do {
                    while let contact = try taker.takeNext(agent: "agent\(n)", policy: .standard, at: at) { taken.add(contact.id ?? 0, by: n) }
                } catch {
                    taken.fail(error)
                }
            }
        }
        done.wait()
        XCTAssertNil(taken.error.map { "\($0)" })
        XCTAssertEqual(taken.ids.count, waiting.count, "every take returned a contact of its own")
        XCTAssertEqual(taken.ids.sorted(), waiting.sorted(), "every contact taken once")
        XCTAssertGreaterThan(taken.takers.count, 1, "more than one taker got contacts")

        let counts = try store.session.alone {
            try store.session.query("""
                SELECT (SELECT COUNT(*) FROM contacts WHERE state = 'waiting') AS waiting,
                       (SELECT COUNT(*) FROM (SELECT contact_id FROM contact_events WHERE kind = 'taken'
                            GROUP BY contact_id HAVING COUNT(*) > 1) AS twice) AS twice,
                       (SELECT COUNT(*) FROM contact_events WHERE kind = 'taken') AS takes,
                       (SELECT COUNT(*) FROM outbound_events WHERE kind = 'take') AS outbound_takes,
                       (SELECT COUNT(*) FROM breaches) AS breaches,
                       (SELECT COUNT(*) FROM change_feed) AS feed_rows, (SELECT MAX(seq) - MIN(seq) + 1 FROM change_feed) AS feed_span,
                       (SELECT COUNT(*) FROM outbound_events) AS outbound_rows,
                       (SELECT MAX(seq) - MIN(seq) + 1 FROM outbound_events) AS outbound_span
                """).rows[0]
        }
        XCTAssertEqual(try counts.get("waiting", as: Int64.self), 0)
        XCTAssertEqual(try counts.get("twice", as: Int64.self), 0)
        XCTAssertEqual(try counts.get("takes", as: Int64.self), Int64(waiting.count))
        XCTAssertEqual(try counts.get("outbound_takes", as: Int64.self), Int64(waiting.count))
        XCTAssertGreaterThan(try counts.get("breaches", as: Int64.self), 0)
        // Gapless: no number skipped, none given twice (the primary keys would refuse that).
        XCTAssertEqual(try counts.get("feed_rows", as: Int64.self), try counts.get("feed_span", as: Int64?.self))
        XCTAssertEqual(try counts.get("outbound_rows", as: Int64.self), try counts.get("outbound_span", as: Int64?.self))
        // A reader catching up from the start sees every take.
        XCTAssertTrue(try store.changes(after: 0).topics.isSuperset(of: Set(waiting.map { ChangeTopic.contact($0) })))
    }

    func testATakePassesByAContactAnotherTakeHoldsAndDoesNotWaitForIt() throws {
        let store = try PostgresStore.open(backend.database)
        let first = try store.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "Wang Fang", text: nil, priority: .normal, at: t0)
        let second = try store.enqueue(channel: .phone, from: "+86 130 0000 0002", name: "Li Na", text: nil, priority: .normal, at: t0.addingTimeInterval(5))
        // A statement that waits for a lock fails instead (55P03), so waiting shows as an error, not a hang.
        let taker = try storeGivingUpOnLocks()
        let other = try rawSession()
        let taken = try other.transaction {
            // Another agent's take under way: the writer lock shared, the most urgent contact row-locked.
            try other.query("SELECT pg_advisory_xact_lock_shared($1)", [PostgresStore.writerLock])
            try other.query("SELECT id FROM contacts WHERE id = $1 FOR UPDATE", [first.id])
            return try taker.takeNext(agent: "lin", policy: .standard, at: t0.addingTimeInterval(10))
        }
        XCTAssertEqual(taken?.id, second.id)
        XCTAssertEqual(try store.contact(id: XCTUnwrap(first.id))?.state, .waiting, "the held contact is left to its take")
        XCTAssertEqual(try store.takeNext(agent: "kim", policy: .standard, at: t0.addingTimeInterval(20))?.id, first.id)
    }

    func testATakeStillWaitsForAWriterThatRunsAlone() throws {
        let store = try PostgresStore.open(backend.database)
        let contact = try store.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "Wang Fang", text: nil, priority: .normal, at: t0)
        let taker = try storeGivingUpOnLocks()
        let other = try rawSession()
        try other.transaction {
            // Routing, a wrap-up, a transfer…: the writer lock held exclusively, as `write` does.
            try other.query("SELECT pg_advisory_xact_lock($1)", [PostgresStore.writerLock])
            XCTAssertThrowsError(try taker.takeNext(agent: "lin", policy: .standard, at: t0.addingTimeInterval(10))) { error in
                XCTAssertTrue("\(error)".contains("lock timeout"), "\(error)")
            }
        }
        XCTAssertEqual(try store.takeNext(agent: "lin", policy: .standard, at: t0.addingTimeInterval(10))?.id, contact.id)
    }

    func testATakesOutboxEntryKeepsQuotesBackslashesAndDollarsAsWritten() throws {
        let store = try PostgresStore.open(backend.database)
        let address = #"o'brien\ $frontline$ '); DROP TABLE contacts; --"#
        let contact = try store.enqueue(channel: .email, from: address, name: "O'Brien", text: "Hello", priority: .normal, at: t0)
        let agent = #"d'arcy $frontline$\"#
        XCTAssertEqual(try store.takeNext(agent: agent, policy: .standard, at: t0.addingTimeInterval(10))?.id, contact.id)
        let payload = try store.session.alone {
            try store.session.query("SELECT payload FROM outbound_events WHERE kind = 'take'").rows[0].get("payload", as: String.self)
        }
        let fields = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
        XCTAssertEqual(fields["agent"] as? String, agent)
        XCTAssertEqual(fields["address"] as? String, address)
        XCTAssertEqual(try store.contact(id: XCTUnwrap(contact.id))?.agent, agent)
    }

    func testWhenTheFirstFewOfAGroupAreKeptForTheirOwnerTheNextOneIsTaken() throws {
        let store = try PostgresStore.open(backend.database)
        _ = try store.addFirstAgent(named: "mina", at: t0)
        // Three calls of a customer assigned to mina, kept for her: more than the first look reads of a group.
        let first = try store.enqueue(channel: .phone, from: "+86 130 0000 0003", name: "Kim", text: nil, priority: .normal, at: t0)
        _ = try store.assignCustomer(first.customerId, to: "mina", at: t0.addingTimeInterval(1))
        for n in 1...2 {
            _ = try store.enqueue(channel: .phone, from: "+86 130 0000 0003", name: nil, text: nil, priority: .normal, at: t0.addingTimeInterval(Double(n)))
        }
        let free = try store.enqueue(channel: .phone, from: "+86 130 0000 0009", name: "Lee", text: nil, priority: .normal, at: t0.addingTimeInterval(10))
        XCTAssertGreaterThan(PostgresStore.candidatesPerGroup, 3)
        XCTAssertLessThan(PostgresStore.fewCandidatesPerGroup, 3)
        XCTAssertEqual(try store.takeNext(agent: "jun", policy: .standard, at: t0.addingTimeInterval(20))?.id, free.id)
    }

    /// A store whose statements give up on a lock they would wait for.
    private func storeGivingUpOnLocks() throws -> PostgresStore {
        try PostgresBackend.admin(backend.database) { try $0.query("ALTER DATABASE \(self.backend.database.database) SET lock_timeout = '2s'") }
        return try PostgresStore.open(backend.database)
    }

    private func rawSession() throws -> PostgresSession {
        try PostgresSession.connect(backend.database, password: PostgresPassword.find(for: backend.database))
    }
}

/// What the taker threads took, by whom.
private final class TakenIds: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var ids: [Int64] = []
    private(set) var takers: Set<Int> = []
    private(set) var error: (any Error)?

    func add(_ id: Int64, by taker: Int) {
        lock.lock(); defer { lock.unlock() }
        ids.append(id)
        takers.insert(taker)
    }

    func fail(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        self.error = error
    }
}
