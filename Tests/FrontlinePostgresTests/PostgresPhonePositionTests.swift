import Foundation
import FrontlineCore
@testable import FrontlinePostgres
@testable import FrontlineStore
import FrontlineStoreAPI
import XCTest

/// v26-phone-positions on PostgreSQL: a customer's phones keep the order given though the rows
/// move on disk (an UPDATE writes a new row version elsewhere, VACUUM FULL rewrites the table),
/// a database from before v26 keeps the order it showed, and `db copy` carries the order over.
final class PostgresPhonePositionTests: XCTestCase {
    private var backend: PostgresBackend!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private let given = ["+86 139 0000 0007", "+86 130 0000 0001", "+1 555 0100"]

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    private func session() throws -> PostgresSession {
        try PostgresSession.connect(backend.database, password: PostgresPassword.find(for: backend.database))
    }

    func testTheOrderHoldsWhenTheRowsMoveOnDisk() throws {
        let store = try PostgresStore.open(backend.database)
        let call = try store.enqueue(channel: .phone, from: given[0], name: "王芳", text: nil, at: t0)
        try store.editCustomer(call.customerId, edits: [.addPhone(given[1]), .addPhone(given[2])], agent: "emma", at: t0)
        let raw = try session()
        // The first phone's new row version lands after the others: physical order is now 2, 3, 1.
        try raw.alone { try raw.query("UPDATE customer_phones SET digits = digits WHERE phone = $1", [given[0]]) }
        let physical = try raw.alone {
            try raw.query("SELECT phone FROM customer_phones WHERE customer_id = $1 ORDER BY ctid", [call.customerId]).rows
                .map { try $0.get("phone", as: String.self) }
        }
        XCTAssertNotEqual(physical, given, "the update moved the row (else this test proves nothing)")
        try raw.alone { try raw.query("VACUUM FULL customer_phones") }
        XCTAssertEqual(try store.customer(id: call.customerId)?.phones, given)
        XCTAssertEqual(try store.findCustomers(matching: given[2]).map(\.phones), [given])
    }

    func testADatabaseFromBeforeV26KeepsTheOrderItShowed() throws {
        let raw = try session()
        try raw.transaction {
            try raw.query("CREATE TABLE frontline_migrations (identifier TEXT PRIMARY KEY NOT NULL, applied_at DOUBLE PRECISION NOT NULL)")
            for migration in PostgresMigrations.all.prefix(while: { $0.identifier != "v26-phone-positions" }) {
                try raw.run(script: migration.sql)
                try raw.query("INSERT INTO frontline_migrations (identifier, applied_at) VALUES ($1, 0)", [migration.identifier])
            }
            try raw.query("INSERT INTO customers (id, name, language, created_at) VALUES (1, 'A', 'en', 0), (2, 'B', 'en', 0)")
            // As a v25 store wrote them: one at a time, two customers' phones interleaved.
            for (customer, phone) in [(1, given[0]), (2, "+44 20 7946 0000"), (1, given[1]), (2, "+33 1 00 00 00 00"), (1, given[2])] {
                try raw.query("INSERT INTO customer_phones (customer_id, phone, digits) VALUES ($1, $2, $3)",
                              [customer, phone, PhoneNumber.digits(of: phone)])
            }
        }
        let store = try PostgresStore.open(backend.database)
        XCTAssertEqual(try store.customer(id: 1)?.phones, given)
        XCTAssertEqual(try store.customer(id: 2)?.phones, ["+44 20 7946 0000", "+33 1 00 00 00 00"])
        let positions = try raw.alone {
            try raw.query("SELECT position FROM customer_phones ORDER BY customer_id, position").rows.map { try $0.get("position", as: Int64.self) }
        }
        XCTAssertEqual(positions, [0, 1, 2, 0, 1])
    }

    func testACopyKeepsTheOrderBothWays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-phones-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("original.db").path
        let sqlite = try AppDatabase.open(path: original)
        let call = try sqlite.enqueue(channel: .phone, from: given[0], name: "王芳", text: nil, at: t0)
        try sqlite.editCustomer(call.customerId, edits: [.addPhone(given[1]), .addPhone(given[2])], agent: "emma", at: t0)

        try DatabaseCopy.run(from: try SQLiteCopy.source(path: original), to: try PostgresCopy.target(backend.database))
        XCTAssertEqual(try PostgresStore.open(backend.database).customer(id: call.customerId)?.phones, given)
        let back = folder.appendingPathComponent("back.db").path
        try DatabaseCopy.run(from: try PostgresCopy.source(backend.database), to: try SQLiteCopy.target(path: back))
        XCTAssertEqual(try AppDatabase.open(path: back).customer(id: call.customerId)?.phones, given)
    }
}
