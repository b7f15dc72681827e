import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Group B's wrap-up reads on a real PostgreSQL server. Group A's `wrapUp` is not ported yet, so
/// the wrap-ups are written with `recordWrapUp` (the helper it will call) in a store transaction.
final class PostgresWrapUpReadsTests: XCTestCase {
    private var backend: PostgresBackend!
    private var store: PostgresStore!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        store = try PostgresStore.open(backend.database)
    }
    override func tearDownWithError() throws { try backend?.tearDown() }

    private func record(_ contactId: Int64, _ entry: WrapUpEntry, at time: Date) throws {
        try store.write(for: "lin") { db, changes in
            try PostgresStore.recordWrapUp(db, contactId: contactId, agent: "lin", entry: entry, at: time)
            changes.record(.contact(contactId))
        }
    }

    func testTheNewestWrapUpOfEachContactWithCodesInTheOrderChosenAndItsFollowUpAnswer() throws {
        let first = try XCTUnwrap(try store.enqueue(channel: .phone, from: "+1 202-555-0100", name: nil, text: nil, at: t0).id)
        let second = try XCTUnwrap(try store.enqueue(channel: .chat, from: "a@example.com", name: nil, text: "hi", at: t0).id)
        let silent = try XCTUnwrap(try store.enqueue(channel: .phone, from: "+1 202-555-0101", name: nil, text: nil, at: t0).id)
        try record(first, WrapUpEntry(codes: ["refund", "billing", "address"], outcome: .needsFollowUp, summary: "wants money back"), at: at(60))
        try record(first, WrapUpEntry(codes: ["refund"], outcome: .resolved, summary: "paid"), at: at(600))
        try record(second, WrapUpEntry(), at: at(120))
        try store.session.alone {
            _ = try store.session.query("INSERT INTO follow_up_answers (contact_id, answer, agent, at) VALUES ($1, 'satisfied', 'lin', $2)",
                                        [first, at(600)])
        }
        let latest = try store.latestWrapUps(contactIds: [first, second, silent])
        XCTAssertEqual(Set(latest.keys), [first, second])
        XCTAssertEqual(latest[first]?.entry, WrapUpEntry(codes: ["refund"], outcome: .resolved, summary: "paid"))
        XCTAssertEqual(latest[first]?.followUpAnswer, .satisfied)
        XCTAssertEqual(latest[second]?.entry, WrapUpEntry())
        XCTAssertNil(latest[second]?.followUpAnswer)
        XCTAssertEqual(try store.latestWrapUps(contactIds: []), [:])

        let window = try store.wrapUps(from: at(60), to: at(600))
        XCTAssertEqual(window.map(\.contactId), [first, second], "from inclusive, to exclusive, oldest first")
        XCTAssertEqual(window[0].entry.codes, ["refund", "billing", "address"])
        XCTAssertEqual(window[0].entry.outcome, .needsFollowUp)
        XCTAssertEqual(window[0].agent, "lin")
        XCTAssertEqual(window[0].at, at(60))
        XCTAssertEqual(try store.events(contactId: first).map(\.kind), [.queued, .wrapUpCoded, .wrapUpCoded])
        XCTAssertEqual(try store.events(contactId: first)[1].detail, "codes=refund,billing,address outcome=needs-follow-up summary=wants money back")
    }
}
