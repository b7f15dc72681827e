import Foundation

/// The PostgreSQL server benchmarks on that backend run against: the repository's throwaway
/// cluster (scripts/postgres-test-server.sh: loopback only, trusting local connections, started
/// when not running, the same one the tests use), with a database of its own per run. Needs the
/// postgresql package (`apt-get install postgresql`); SQL goes through `psql`.
struct PostgresServer {
    /// The server's URL, on its administrative database (`postgres://user@127.0.0.1:PORT/postgres?…`).
    let baseURL: String
    let environment: [String: String]

    /// Starts the server if it is not running (the script is idempotent) and returns it.
    static func start(environment: [String: String]) throws -> PostgresServer {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/postgres-test-server.sh").path
        let url = try Spawn.output(script, [], environment: environment).trimmingCharacters(in: .whitespacesAndNewlines)
        guard url.hasPrefix("postgres://") else { throw BenchError("\(script) printed no server URL: \(url)") }
        return PostgresServer(baseURL: url, environment: environment)
    }

    /// The URL of database `name` on this server.
    func url(of name: String) -> String {
        var parts = URLComponents(string: baseURL)!
        parts.path = "/" + name
        return parts.string!
    }

    /// Creates database `name` (dropping one left by an interrupted run), empty or as a copy of
    /// database `template` (a file-level copy, far quicker than filling it again), and returns its URL.
    @discardableResult
    func createDatabase(_ name: String, template: String? = nil) throws -> String {
        try dropDatabase(name)
        try sql("CREATE DATABASE \(name)" + (template.map { " TEMPLATE \($0)" } ?? ""))
        return url(of: name)
    }

    func dropDatabase(_ name: String) throws {
        try sql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs `statement` on database `name` (the administrative one when nil); returns its rows,
    /// one line each, columns separated by `|`.
    @discardableResult
    func sql(_ statement: String, on name: String? = nil) throws -> [String] {
        try Spawn.output("/usr/bin/env", ["psql", name.map(url(of:)) ?? baseURL, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", statement],
                         environment: environment.merging(["PGOPTIONS": "-c client_min_messages=warning"]) { $1 })
            .split(separator: "\n").map(String.init)
    }
}
