import Foundation
import Glibc

/// The PostgreSQL side of the suite: the repository's throwaway loopback server
/// (scripts/postgres-test-server.sh, started when not running) and databases generated on it
/// once per size and seed with `frontline db init --synthetic`, kept by name across runs as
/// the SQLite files are kept in the data folder. Talks to the server through psql.
struct PostgresBenchDatabase {
    let env: BenchEnvironment
    /// postgres://…/postgres, the server's maintenance database.
    let server: String

    init(env: BenchEnvironment) throws {
        self.env = env
        let root = URL(fileURLWithPath: env.dataFolder).deletingLastPathComponent().deletingLastPathComponent().path
        server = try Spawn.output(root + "/scripts/postgres-test-server.sh", [], environment: env.environment)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard server.hasPrefix("postgres://") else { throw BenchError("scripts/postgres-test-server.sh gave no URL: \(server)") }
    }

    /// The URL of database `name` on the server.
    func url(_ name: String) -> String {
        server.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    func psql(_ database: String, _ sql: String) throws -> String {
        try Spawn.output("/usr/bin/env", ["psql", database, "-qtAX", "-v", "ON_ERROR_STOP=1", "-c", sql], environment: env.environment)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The same data as `BenchEnvironment.database` makes in SQLite (same sizes, same seed),
    /// generated into a database of its own the first time; returns its URL.
    func database(_ name: String, _ size: (customers: Int, contacts: Int, waiting: Int), seed: UInt64) throws -> String {
        let final = "bench_\(name)_c\(size.customers)_k\(size.contacts)_w\(size.waiting)_s\(seed)"
        let partial = final + "_partial"
        if try psql(server, "SELECT 1 FROM pg_database WHERE datname = '\(final)'") != "1" {
            _ = try psql(server, "DROP DATABASE IF EXISTS \(partial)")
            _ = try psql(server, "CREATE DATABASE \(partial)")
            log("generating \(name) on PostgreSQL: \(size.customers) customers, \(size.contacts) contacts, \(size.waiting) waiting")
            let run = try Spawn.timed(env.frontline, ["db", "init", "--db", url(partial), "--synthetic", "--customers", "\(size.customers)",
                                                      "--contacts", "\(size.contacts)", "--waiting", "\(size.waiting)", "--seed", "\(seed)"],
                                      environment: env.environment, stdoutPath: "/dev/null")
            guard run.status == 0 else { throw BenchError("generating \(name) on PostgreSQL failed (exit \(run.status))") }
            _ = try psql(url(partial), "VACUUM ANALYZE")
            _ = try psql(server, "ALTER DATABASE \(partial) RENAME TO \(final)")
            log(String(format: "generated \(name) on PostgreSQL in %.1f s", run.seconds))
        }
        let location = url(final)
        _ = try? Spawn.output(env.frontline, ["agents", "add", "bench", "--db", location], environment: env.environment)
        return location
    }

    /// As `BenchEnvironment.refreshQueue`: the waiting contacts arrived in the half hour before now.
    func refreshQueue(_ location: String) throws {
        _ = try psql(location, """
            UPDATE contacts SET queued_at = queued_at + shift, awaiting_reply_since = awaiting_reply_since + shift
            FROM (SELECT extract(epoch FROM now())::double precision - MAX(queued_at) AS shift FROM contacts WHERE state = 'waiting') AS newest
            WHERE state = 'waiting'
            """)
    }
}
