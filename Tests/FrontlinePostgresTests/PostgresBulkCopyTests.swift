import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// The bulk loads send rows with COPY in its text format (`PostgresCopyText`): what goes in
/// comes back exactly, whatever the text holds, NULL stays NULL, and times keep every digit.
final class PostgresBulkCopyTests: XCTestCase {
    private var backend: PostgresBackend!

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testTextNullsAndNumbersComeBackAsTheyWent() throws {
        let store = try PostgresStore.open(backend.database)
        let texts = ["tab\there", "line\nbreak", "back\\slash \\N \\t", "carriage\rreturn", "\\", "王芳 — 김민준", "", "\\N"]
        let times = [1_790_000_000.123456, 0.1 + 0.2, 1e-7, 86_400.5]
        let session = try PostgresSession.connect(backend.database, password: PostgresPassword.find(for: backend.database))
        try session.transaction {
            // Small batches: several COPYs, the last one partial.
            let customers = PostgresBulkInsert(session, into: "customers", columns: ["id", "name", "email", "language", "notes", "created_at"],
                                               batchRows: 3)
            for (index, text) in texts.enumerated() {
                try customers.add([Int64(index + 1), text, index % 2 == 0 ? nil : text, "en", text, times[index % times.count]])
            }
            try customers.flush()
        }
        for (index, text) in texts.enumerated() {
            let customer = try XCTUnwrap(try store.customer(id: Int64(index + 1)))
            XCTAssertEqual(customer.name, text)
            XCTAssertEqual(customer.notes, text)
            XCTAssertEqual(customer.email, index % 2 == 0 ? nil : text, "NULL stays NULL; the text \\N stays text")
        }
        // Read as stored (a Date would round small numbers: it counts from 2001).
        let stored = try session.alone {
            try session.query("SELECT created_at FROM customers ORDER BY id").rows.map { try $0.get("created_at", as: Double.self) }
        }
        XCTAssertEqual(stored, texts.indices.map { times[$0 % times.count] })
    }

    func testARowTheDatabaseRefusesFailsTheLoad() throws {
        _ = try PostgresStore.open(backend.database)
        let session = try PostgresSession.connect(backend.database, password: PostgresPassword.find(for: backend.database))
        XCTAssertThrowsError(try session.transaction {
            let phones = PostgresBulkInsert(session, into: "customer_phones", columns: ["customer_id", "phone", "digits", "position"])
            try phones.add([Int64(42), "+1 555 0100", "15550100", 0])   // no customer 42
            try phones.flush()
        }) { XCTAssertTrue("\($0)".contains("customer_phones"), "\($0)") }
    }
}
