import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

final class DemoDatasetTests: StoreTestCase {
    private func seeded(_ name: String, seed: UInt64) throws -> AppDatabase {
        let database = try AppDatabase.open(path: folder.appendingPathComponent(name).path)
        try database.seedDemo(now: t0, seed: seed)
        return database
    }

    private func snapshot(_ database: AppDatabase) throws -> [CustomerFile] {
        try (1...260).compactMap { try database.customerFile(customerId: $0, limit: 10, at: t0) }
    }

    /// Korean lists use commas; the Chinese 、 is for Chinese only.
    func testOrdersListTheirGoodsAsTheirLanguageDoes() throws {
        let files = try snapshot(seeded("lists.db", seed: 7))
        let korean = files.filter { $0.customer.language == .ko }.flatMap(\.orders).map(\.items)
        XCTAssertFalse(korean.isEmpty)
        XCTAssertFalse(korean.contains { $0.contains("、") }, "\(korean.filter { $0.contains("、") }.prefix(3))")
        XCTAssertTrue(korean.contains { $0.contains(", ") }, "some Korean basket holds more than one thing")
    }

    func testSeedIsFastDeterministicAndCoversThreeLanguages() throws {
        let start = Date()
        let first = try seeded("a.db", seed: 42)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2, "seeding must stay under 2 s")
        let second = try seeded("b.db", seed: 42)
        let other = try seeded("c.db", seed: 7)

        let files = try snapshot(first)
        XCTAssertEqual(files, try snapshot(second))
        XCTAssertNotEqual(files, try snapshot(other))
        XCTAssertGreaterThanOrEqual(files.count, 240)

        let byLanguage = Dictionary(grouping: files, by: { $0.customer.language }).mapValues(\.count)
        XCTAssertGreaterThanOrEqual((byLanguage[.zhHans] ?? 0) + (byLanguage[.zhHant] ?? 0), 70)
        XCTAssertGreaterThan(byLanguage[.zhHant] ?? 0, 0)
        XCTAssertGreaterThanOrEqual(byLanguage[.ko] ?? 0, 70)
        XCTAssertGreaterThanOrEqual(byLanguage[.en] ?? 0, 70)

        let members = files.filter(\.customer.isMember).count
        XCTAssertTrue((40...110).contains(members), "about 30% members, got \(members)")
        XCTAssertTrue(files.allSatisfy { (1...4).contains($0.orders.count) })
        XCTAssertTrue(files.allSatisfy { !$0.customer.phones.isEmpty && $0.customer.email?.hasSuffix("@example.com") == true })
        let complaints = files.flatMap(\.openComplaints).count
        XCTAssertTrue((5...8).contains(complaints), "got \(complaints) open complaints")
        XCTAssertEqual(Set(files.flatMap(\.orders).map(\.currency)), ["CNY", "TWD", "KRW", "USD"])
        // Each customer pays in the currency of where they live: Taiwan's customers in New Taiwan dollars.
        for file in files where file.customer.language == .zhHant {
            XCTAssertTrue(file.orders.allSatisfy { $0.currency == "TWD" && $0.formattedTotal.hasPrefix("NT$") }, "\(file.orders)")
        }
        XCTAssertTrue(try first.queue(agent: nil).isEmpty, "the demo queue starts empty")

        let chats = files.flatMap(\.recentContacts).filter { $0.channel == .chat }
        XCTAssertFalse(chats.isEmpty)
        XCTAssertGreaterThanOrEqual(try first.transcript(contactId: chats[0].id!, limit: 10).count, 2)
        XCTAssertTrue(files.flatMap(\.recentContacts).allSatisfy { $0.state == .ended })
    }

    func testSeedingTwiceIsRefused() throws {
        let database = try seeded("d.db", seed: 42)
        let before = try database.counts()
        assertThrows(.alreadySeeded(customers: before.customers)) { try database.seedDemo(now: t0) }
        XCTAssertEqual(try database.counts().contacts, before.contacts)
    }

    func testDemoCustomersAreFoundByTheirPhones() throws {
        let database = try seeded("e.db", seed: 42)
        let customer = try XCTUnwrap(try database.customer(id: 2))
        let contact = try database.enqueue(channel: .phone, from: customer.phones[0], name: nil, text: nil, at: t0)
        XCTAssertEqual(contact.customerId, 2)
    }
}
