import Foundation
import FrontlineCore
@testable import FrontlinePostgres
@testable import FrontlineStore
import FrontlineStoreAPI
import GRDB
import XCTest

/// `db copy` through the table seam: a real SQLite file to a real PostgreSQL database and back.
final class DatabaseCopyTests: XCTestCase {
    private var backend: PostgresBackend!
    private var folder: URL!

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try backend?.tearDown()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testEveryTableTravelsToPostgresAndBackWithTheSameCountsAndChecksums() throws {
        let original = path("original.db")
        try CopyFixture.makeDemoFile(at: original)
        let before = try DatabaseCopy.checksums(of: try SQLiteCopy.source(path: original))
        for result in before {
            XCTAssertGreaterThan(result.sourceRows, 0, "the fixture has rows in \(result.table)")
        }

        // Small batches: several inserts per table, and the merged customer names a row of a later batch.
        let toPostgres = try DatabaseCopy.run(from: try SQLiteCopy.source(path: original), to: try PostgresCopy.target(backend.database),
                                              batchRows: 7)
        XCTAssertEqual(toPostgres.map(\.table), CopiedTable.all.map(\.name))
        XCTAssertTrue(toPostgres.allSatisfy(\.matches))
        let onPostgres = try DatabaseCopy.checksums(of: try PostgresCopy.source(backend.database))
        XCTAssertEqual(onPostgres, before, "PostgreSQL returns every table as SQLite did")

        let back = path("back.db")
        try DatabaseCopy.run(from: try PostgresCopy.source(backend.database), to: try SQLiteCopy.target(path: back))
        XCTAssertEqual(try DatabaseCopy.checksums(of: try SQLiteCopy.source(path: back)), before, "and back again")

        // The outbox keeps counting from where the source stopped, though its newest event was pruned.
        let sqlite = try AppDatabase.open(path: original)
        let postgres = try PostgresStore.open(backend.database)
        let restored = try AppDatabase.open(path: back)
        let latest = try sqlite.latestOutboundEvent()
        XCTAssertGreaterThan(latest, try GRDB.DatabaseQueue(path: original).read { try Int64.fetchOne($0, sql: "SELECT MAX(seq) FROM outbound_events") } ?? 0)
        XCTAssertEqual(try postgres.latestOutboundEvent(), latest)
        XCTAssertEqual(try restored.latestOutboundEvent(), latest)
        // A removed webhook's id is never given again, on either side.
        let removedWebhook = try GRDB.DatabaseQueue(path: original).read { try Int64.fetchOne($0, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'webhooks'") } ?? 0
        XCTAssertGreaterThan(try postgres.addWebhook(url: "https://example.com/new", kinds: nil, secret: "s", at: Date()).id, removedWebhook)
        XCTAssertGreaterThan(try restored.addWebhook(url: "https://example.com/new", kinds: nil, secret: "s", at: Date()).id, removedWebhook)
    }

    func testAContactAddedAfterTheCopyGetsAFreshNumber() throws {
        let original = path("original.db")
        try CopyFixture.makeDemoFile(at: original)
        try DatabaseCopy.run(from: try SQLiteCopy.source(path: original), to: try PostgresCopy.target(backend.database))
        let store = try PostgresStore.open(backend.database)
        let contact = try store.enqueue(channel: .chat, from: "new@example.com", name: "New Customer", text: "hello", at: Date())
        XCTAssertEqual(contact.id, 9002, "the next number after the largest copied contact (9001)")
        XCTAssertEqual(contact.customerId, 9003, "and after the largest copied customer (9002)")
        let complaintDraftRows = try DatabaseCopy.checksums(of: try PostgresCopy.source(backend.database)).first { $0.table == "contacts" }
        XCTAssertEqual(complaintDraftRows?.sourceRows,
                       try DatabaseCopy.checksums(of: try SQLiteCopy.source(path: original)).first { $0.table == "contacts" }.map { $0.sourceRows + 1 })
    }

    func testATargetThatHoldsRowsIsRefusedAndKeptAsItWas() throws {
        let original = path("original.db")
        try CopyFixture.makeDemoFile(at: original)
        try DatabaseCopy.run(from: try SQLiteCopy.source(path: original), to: try PostgresCopy.target(backend.database))
        let before = try DatabaseCopy.checksums(of: try PostgresCopy.source(backend.database))

        XCTAssertThrowsError(try DatabaseCopy.run(from: try SQLiteCopy.source(path: original), to: try PostgresCopy.target(backend.database))) {
            guard case CopyProblem.targetNotEmpty(_, "agents", let rows)? = $0 as? CopyProblem else { return XCTFail("\($0)") }
            XCTAssertGreaterThan(rows, 0)
        }
        XCTAssertEqual(try DatabaseCopy.checksums(of: try PostgresCopy.source(backend.database)), before)

        XCTAssertThrowsError(try SQLiteCopy.target(path: original)) {
            XCTAssertEqual($0 as? CopyProblem, .targetExists(path: original))
        }
    }

    func testASourceWithAnOlderSchemaIsRefusedAndNotMigrated() throws {
        let old = path("old.db")
        let queue = try DatabaseQueue(path: old)
        try Migrations.migrator.migrate(queue, upTo: "v22-api-tokens")
        try queue.close()
        XCTAssertThrowsError(try SQLiteCopy.source(path: old)) {
            XCTAssertEqual($0 as? CopyProblem, .sourceNotCurrent(place: old, missing: "v23-worker-leases"))
        }
        let applied = try DatabaseQueue(path: old).read { try Migrations.migrator.appliedIdentifiers($0) }
        XCTAssertFalse(applied.contains("v23-worker-leases"), "the source was only read")

        let foreign = path("foreign.db")
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE recipes (id INTEGER PRIMARY KEY)") }
        XCTAssertThrowsError(try SQLiteCopy.source(path: foreign)) {
            XCTAssertEqual($0 as? CopyProblem, .notFrontline(place: foreign))
        }
    }

    /// How many tables the test's PostgreSQL database holds (the migration log included).
    private func tablesOnPostgres() throws -> Int64 {
        let session = try PostgresSession.connect(backend.database, password: PostgresPassword.find(for: backend.database))
        return try session.alone {
            try session.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()").rows[0].get("n", as: Int64.self)
        }
    }

    /// A failed copy leaves the target as it found it: a database with an empty schema keeps it
    /// (and no rows); one without is left without, and a second try works.
    func testAFailedCopyLeavesTheTargetAsItFoundIt() throws {
        let original = path("original.db")
        try CopyFixture.makeDemoFile(at: original)
        let changed = ChangedFlag(try SQLiteCopy.source(path: original)) { .real(Double($0)) }

        XCTAssertThrowsError(try DatabaseCopy.run(from: changed, to: try PostgresCopy.target(backend.database)))
        XCTAssertEqual(try tablesOnPostgres(), 0, "no schema was left behind")
        try DatabaseCopy.run(from: try SQLiteCopy.source(path: original), to: try PostgresCopy.target(backend.database))
        XCTAssertEqual(try DatabaseCopy.checksums(of: try PostgresCopy.source(backend.database)),
                       try DatabaseCopy.checksums(of: try SQLiteCopy.source(path: original)), "the second try copied everything")

        let migrated = try PostgresBackend()
        defer { try? migrated.tearDown() }
        _ = try PostgresStore.open(migrated.database)
        XCTAssertThrowsError(try DatabaseCopy.run(from: changed, to: try PostgresCopy.target(migrated.database)))
        let left = try DatabaseCopy.checksums(of: try PostgresCopy.source(migrated.database))
        XCTAssertEqual(left.map(\.table), CopiedTable.all.map(\.name), "the empty schema it had is still there")
        XCTAssertTrue(left.allSatisfy { $0.sourceRows == 0 })
    }

    /// A failure half-way leaves nothing. A source that hands over a flag as a double (1.0 for 1):
    /// both backends store it as the integer 1 in their integer column, which the checksum of what
    /// they return catches; PostgreSQL's transaction is rolled back, SQLite's temporary file removed.
    func testAValueThatChangesTypeOnTheWayLeavesNothingBehind() throws {
        let original = path("original.db")
        try CopyFixture.makeDemoFile(at: original)
        let changed = ChangedFlag(try SQLiteCopy.source(path: original)) { .real(Double($0)) }

        XCTAssertThrowsError(try DatabaseCopy.run(from: changed, to: try PostgresCopy.target(backend.database))) {
            XCTAssertEqual($0 as? CopyProblem, .checksumsDiffer(tables: ["customers"]))
        }
        XCTAssertEqual(try tablesOnPostgres(), 0, "the database is left as it was found: without a schema")

        let copy = path("copy.db")
        var shown: [TableCopyResult] = []
        XCTAssertThrowsError(try DatabaseCopy.run(from: changed, to: try SQLiteCopy.target(path: copy)) { shown = $0 }) {
            XCTAssertEqual($0 as? CopyProblem, .checksumsDiffer(tables: ["customers"]))
        }
        XCTAssertEqual(shown.filter { !$0.matches }.map(\.table), ["customers"])

        // A value of a type the column cannot take at all: PostgreSQL refuses the rows.
        let text = ChangedFlag(try SQLiteCopy.source(path: original)) { .text("yes \($0)") }
        XCTAssertThrowsError(try DatabaseCopy.run(from: text, to: try PostgresCopy.target(backend.database))) {
            guard case CopyProblem.rowsRefused("customers", let reason)? = $0 as? CopyProblem else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.contains("is_member"), reason)
        }
        XCTAssertEqual(try tablesOnPostgres(), 0, "the database is left as it was found: without a schema")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("copy.db") }, [],
                       "no copy and no temporary file is left")
    }

    func testTheTableListIsEveryTableOfBothSchemasWithTheSameColumns() throws {
        let file = path("new.db")
        _ = try AppDatabase.open(path: file)
        _ = try PostgresStore.open(backend.database)
        let names = Set(CopiedTable.all.map(\.name))
        XCTAssertEqual(names.count, CopiedTable.all.count, "no table listed twice")
        try SQLiteCopy.source(path: file).snapshot { sqlite in
            try PostgresCopy.source(backend.database).snapshot { postgres in
                XCTAssertEqual(try sqlite.tableNames(), names)
                XCTAssertEqual(try postgres.tableNames(), names)
                for table in CopiedTable.all {
                    let columns = try sqlite.columns(of: table.name)
                    XCTAssertEqual(try postgres.columns(of: table.name), columns, table.name)
                    for column in table.key + table.laterColumns { XCTAssertTrue(columns.contains(column), "\(table.name).\(column)") }
                }
            }
        }
    }
}

/// A source that hands `customers.is_member` over as another type: what a backend with the
/// wrong column type would return.
private final class ChangedFlag: CopySource {
    let inner: any CopySource
    let change: (Int64) -> TableValue
    var place: String { inner.place }
    init(_ inner: any CopySource, _ change: @escaping (Int64) -> TableValue) { (self.inner, self.change) = (inner, change) }

    func snapshot<T>(_ body: (any TableReading) throws -> T) throws -> T {
        try inner.snapshot { try body(Reading(inner: $0, change: change)) }
    }

    struct Reading: TableReading {
        let inner: any TableReading
        let change: (Int64) -> TableValue
        func tableNames() throws -> Set<String> { try inner.tableNames() }
        func rowCount(of table: String) throws -> Int { try inner.rowCount(of: table) }
        func columns(of table: String) throws -> [String] { try inner.columns(of: table) }
        func numbersGiven() throws -> [String: Int64] { try inner.numbersGiven() }
        func forEachRow(of table: CopiedTable, columns: [String], _ body: ([TableValue]) throws -> Void) throws {
            let flag = table.name == "customers" ? columns.firstIndex(of: "is_member") : nil
            try inner.forEachRow(of: table, columns: columns) { row in
                var row = row
                if let flag, case .integer(let number) = row[flag] { row[flag] = change(number) }
                try body(row)
            }
        }
    }
}
