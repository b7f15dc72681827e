import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

final class SyntheticDataTests: StoreTestCase {
    private let size = SyntheticSize(customers: 300, contacts: 2_000, waiting: 40, seed: 9)

    private func filled(_ name: String, _ size: SyntheticSize) throws -> AppDatabase {
        let database = try AppDatabase.open(path: folder.appendingPathComponent(name).path)
        _ = try database.fillSynthetic(size, now: t0)
        return database
    }

    private func snapshot(_ database: AppDatabase) throws -> [CustomerFile] {
        try (1...Int64(size.customers)).compactMap { try database.customerFile(customerId: $0, limit: 50, at: .distantFuture) }
    }

    func testTheSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws {
        let first = try snapshot(try filled("a.db", size))
        XCTAssertEqual(first, try snapshot(try filled("b.db", size)))
        var other = size
        other.seed = 10
        XCTAssertNotEqual(first, try snapshot(try filled("c.db", other)))
    }

    func testDistributionsLookLikeAContactCentre() throws {
        let database = try filled("a.db", size)
        let counts = try database.counts()
        XCTAssertEqual(counts.customers, 300)
        XCTAssertEqual(counts.contacts, 2_000)
        XCTAssertGreaterThan(counts.orders, 300, "most customers have ordered")

        let files = try snapshot(database)
        let byLanguage = Dictionary(grouping: files, by: { $0.customer.language }).mapValues(\.count)
        for language in Language.allCases { XCTAssertGreaterThan(byLanguage[language] ?? 0, 10, "\(language)") }
        XCTAssertTrue(files.contains { $0.customer.language == .zhHant && $0.customer.name.unicodeScalars.allSatisfy { $0.value >= 0x4E00 } })
        XCTAssertTrue(files.contains { $0.customer.language == .ko && $0.customer.name.unicodeScalars.allSatisfy { (0xAC00...0xD7A3).contains($0.value) } })

        let queue = try database.queue(agent: nil)
        XCTAssertEqual(queue.count, 40, "exactly the newest contacts wait")
        XCTAssertEqual(Set(queue.map(\.contact.state)), [.waiting])
        let channels = Set(files.flatMap(\.recentContacts).map(\.channel))
        XCTAssertEqual(channels, [.phone, .chat, .email, .callback])

        // The first waiting written contact carries the long transcript the console benchmark scrolls.
        let firstWritten = try XCTUnwrap(queue.filter { $0.contact.channel.isWritten }.min { $0.contact.id! < $1.contact.id! })
        let transcript = try database.transcript(contactId: firstWritten.contact.id!, limit: 500)
        XCTAssertEqual(transcript.count, SyntheticDataset.longTranscript)
        XCTAssertEqual(transcript.last?.direction, .inbound, "it waits for an answer")
    }

    func testEndedContactsHaveTheirEventLogAndIndexesAreRebuilt() throws {
        let database = try filled("a.db", size)
        let events = try database.events(contactId: 1)
        XCTAssertEqual(events.first?.kind, .queued)
        XCTAssertEqual(events.last?.kind, .completed)
        let indexes = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
        for name in ["contacts_on_state", "messages_on_contact", "contact_events_on_contact", "customers_on_name", "customer_phones_on_digits"] {
            XCTAssertTrue(indexes.contains(name), "\(name) is back after the bulk load")
        }
    }

    func testADatabaseWithDataIsRefusedAndKeptAsItWas() throws {
        let database = try AppDatabase.open(path: dbPath)
        _ = try database.enqueue(channel: .phone, from: "+82 10-1234-5678", name: "김민준", text: nil, at: t0)
        assertThrows(.alreadySeeded(customers: 1)) { try database.fillSynthetic(size, now: t0) }
        XCTAssertEqual(try database.counts().customers, 1)
        XCTAssertEqual(try database.counts().contacts, 1)
    }
}
