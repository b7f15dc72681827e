import Foundation
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Opening a PostgreSQL store: migrations recorded under the SQLite store's names, a foreign
/// database refused, an unreachable server one clear error, unported methods saying so.
final class PostgresOpeningTests: XCTestCase {
    private var backend: PostgresBackend!

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testOpeningRecordsEveryMigrationOnceUnderTheSQLiteNames() throws {
        let store = try PostgresStore.open(backend.database)
        _ = try PostgresStore.open(backend.database)   // a second console: nothing runs again
        let names = try store.session.alone {
            try store.session.query("SELECT identifier FROM frontline_migrations ORDER BY applied_at, identifier").rows
                .map { try $0.get("identifier", as: String.self) }
        }
        XCTAssertEqual(Set(names), Set(PostgresMigrations.all.map(\.identifier)))
        XCTAssertEqual(names.count, 27)
        XCTAssertTrue(names.contains("v1") && names.contains("v12-change-feed") && names.contains("v22-api-tokens") && names.contains("v23-worker-leases")
                      && names.contains("v24-database-roles") && names.contains("v25-console-leases") && names.contains("v26-phone-positions")
                      && names.contains("v27-gone-consoles-by-any-console"))
    }

    /// A server that answers but will not let this user in, or has no such database, is not
    /// "cannot reach": the line says what it refused and what to do.
    func testALoginOrDatabaseTheServerRefusesIsSaidAsSuchWithWhatToDo() throws {
        var noRole = backend.database
        noRole.user = "nobody_\(UInt32.random(in: 0...UInt32.max))"
        var noDatabase = backend.database
        noDatabase.database = "missing_\(UInt32.random(in: 0...UInt32.max))"
        for (location, advice) in [(noRole, "frontline agents add \(noRole.user)"), (noDatabase, "createdb \(noDatabase.database)")] {
            XCTAssertThrowsError(try PostgresStore.open(location)) { error in
                guard case let .server(_, message)? = error as? StoreError else { return XCTFail("\(error)") }
                XCTAssertTrue(message.contains("does not exist") && message.contains(advice), message)
            }
        }
    }

    /// Both ends of a TCP connection give up on a network that died in silence within seconds
    /// (keep-alive probes, a limit on unacknowledged data), not after TCP's hours or minutes.
    func testBothEndsOfATCPConnectionNoticeADeadNetworkWithinSeconds() throws {
        let store = try PostgresStore.open(backend.database)
        let server = try store.session.alone {
            try store.session.query("SELECT current_setting('tcp_keepalives_idle') AS idle, current_setting('tcp_user_timeout') AS limit").rows[0]
        }
        XCTAssertEqual(try server.get("idle", as: String.self), "5")
        XCTAssertEqual(try server.get("limit", as: String.self), "10000")
    }

    func testADatabaseMigratedByANewerFrontlineIsRefused() throws {
        let store = try PostgresStore.open(backend.database)
        try store.session.alone { try store.session.query("INSERT INTO frontline_migrations VALUES ('v99-future', 0)") }
        XCTAssertThrowsError(try PostgresStore.open(backend.database)) { error in
            XCTAssertEqual(error as? StoreError, .schemaTooNew(path: self.backend.database.description))
        }
    }

    func testAnotherProgramsDatabaseIsLeftUntouched() throws {
        let session = try PostgresSession.connect(backend.database, password: nil)
        try session.alone { try session.query("CREATE TABLE invoices (id bigint)") }
        XCTAssertThrowsError(try PostgresStore.open(backend.database)) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: self.backend.database.description))
        }
        let tables = try session.alone { try session.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'").rows[0].get("n", as: Int64.self) }
        XCTAssertEqual(tables, 1)
    }

    func testAnUnreachableServerIsOneLineNamingIt() throws {
        // A loopback port nothing listens on.
        let nowhere = PostgresLocation(user: "lin", host: "127.0.0.1", port: 1, database: "frontline", requiresTLS: false)
        XCTAssertThrowsError(try PostgresStore.open(nowhere, password: "s3cret")) { error in
            guard case let .unreachable(server, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(server, "postgres://lin@127.0.0.1:1/frontline")
            let message = "\(error)"
            XCTAssertFalse(message.contains("\n"), message)
            XCTAssertFalse(message.contains("s3cret"), message)
            XCTAssertTrue(message.hasPrefix("cannot reach the database server postgres://lin@127.0.0.1:1/frontline ("), message)
        }
    }

    /// What a stub in Pending/ throws (none may be left: this checks the message a user would get).
    func testAMethodNotYetPortedSaysSoInOneLineWithWhatToDo() {
        let error: any Error = StoreError.notYetOnPostgres(method: "TrainingStore.makeTraining")
        XCTAssertEqual("\(error)", "not yet available on PostgreSQL: TrainingStore.makeTraining; use a SQLite database (--db PATH) for this")
    }

    func testARolledBackWriteTakesNoFeedNumber() throws {
        let store = try PostgresStore.open(backend.database)
        _ = try store.enqueue(channel: .phone, from: "+1 202-555-0100", name: nil, text: nil, at: Date())
        let first = try store.latestChange()
        XCTAssertThrowsError(try store.write { db, changes -> Void in
            changes.record(.queue)
            try db.query("INSERT INTO change_feed (seq, topic) VALUES (1, 'duplicate')")   // fails: seq 1 exists
        })
        _ = try store.enqueue(channel: .phone, from: "+1 202-555-0101", name: nil, text: nil, at: Date())
        let batch = try store.changes(after: first)
        XCTAssertEqual(batch.latest, first + 3)   // queue, contact, customer
        XCTAssertFalse(batch.topics.contains(.everything))
    }
}
