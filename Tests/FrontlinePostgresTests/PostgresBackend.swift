import Foundation
import FrontlineTestSupport
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// The contract runs here against the PostgreSQL store: a fresh database per test on the server
/// FRONTLINE_TEST_POSTGRES names (postgres://user@host:port/admin-database), or, when it is unset,
/// on the throwaway loopback server scripts/postgres-test-server.sh starts under .build/.
/// No server is a failed test, never a skipped one.
///
/// With FRONTLINE_TEST_POSTGRES_AS=supervisor the stores connect as a supervisor's own login
/// role (a member of `frontline_supervisor`, with CREATEROLE for the roster's roles) rather than
/// as the owner: the whole contract then proves the grants of v24 cover everything a supervisor's
/// console and commands do (see README, "Each agent a database role of their own").
final class PostgresBackend: StoreBackend {
    let database: PostgresLocation
    private let server: PostgresLocation
    /// The location the stores connect to: the owner's, or the supervisor role's.
    private(set) var storeLocation: PostgresLocation

    init() throws {
        server = try Self.testServer()
        database = PostgresLocation(user: server.user, host: server.host, port: server.port,
                                    database: "frontline_test_\(UUID().uuidString.prefix(8).lowercased())", requiresTLS: server.requiresTLS)
        storeLocation = database
        try Self.admin(server) { try $0.query("CREATE DATABASE \(self.database.database)") }
    }

    func makeStore(retention: ChangeFeedRetention, actor: String?) throws -> any FrontlineStores {
        if ProcessInfo.processInfo.environment["FRONTLINE_TEST_POSTGRES_AS"] == "supervisor", storeLocation == database {
            // The owner migrates (v24 makes the groups), then the supervisor's role is made.
            _ = try PostgresStore.open(database)
            let role = "frontline_test_supervisor_" + database.database.suffix(8)
            try Self.admin(server) { try $0.query("CREATE ROLE \(role) LOGIN CREATEROLE IN ROLE frontline_supervisor") }
            storeLocation.user = role
        }
        return try PostgresStore.open(storeLocation, retention: retention, actor: actor)
    }

    func tearDown() throws {
        try Self.admin(server) { try $0.query("DROP DATABASE IF EXISTS \(self.database.database) WITH (FORCE)") }
        if storeLocation.user != database.user {
            try Self.admin(server) { try $0.query("DROP ROLE IF EXISTS \(self.storeLocation.user)") }
        }
    }

    static func admin(_ server: PostgresLocation, _ body: (PostgresSession) throws -> Void) throws {
        let session = try PostgresSession.connect(server, password: PostgresPassword.find(for: server))
        try session.alone { try body(session) }
    }

    /// The server's URL, found once per test run.
    static func testServer() throws -> PostgresLocation {
        try serverURL.get()
    }

    private static let serverURL: Result<PostgresLocation, any Error> = Result {
        var url = ProcessInfo.processInfo.environment["FRONTLINE_TEST_POSTGRES"] ?? ""
        if url.isEmpty { url = try startThrowawayServer() }
        return try PostgresLocation(url: url, defaultUser: NSUserName())
    }

    /// Runs scripts/postgres-test-server.sh (idempotent) and returns the URL it prints.
    private static func startThrowawayServer() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let run = try SpawnedProgram.run(root.appendingPathComponent("scripts/postgres-test-server.sh").path, [])
        guard run.status == 0 else {
            throw NoTestServer(reason: "FRONTLINE_TEST_POSTGRES is unset and scripts/postgres-test-server.sh failed: "
                               + run.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

struct NoTestServer: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

/// This target's backend for the contract suite.
func makeContractBackend() throws -> any StoreBackend { try PostgresBackend() }
