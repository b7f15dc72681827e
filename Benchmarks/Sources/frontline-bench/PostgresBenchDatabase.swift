import Foundation

/// The PostgreSQL side of the console benchmarks: databases generated on the suite's server
/// (`PostgresServer`) once per size and seed with `frontline db init --synthetic`, kept by name
/// across runs as the SQLite files are kept in the data folder.
struct PostgresBenchDatabase {
    let env: BenchEnvironment
    let server: PostgresServer

    init(env: BenchEnvironment) throws {
        self.env = env
        server = try PostgresServer.start(environment: env.environment)
    }

    func url(_ name: String) -> String { server.url(of: name) }

    /// The same data as `BenchEnvironment.database` makes in SQLite (same sizes, same seed),
    /// generated into a database of its own the first time; returns its name.
    func database(_ name: String, _ size: (customers: Int, contacts: Int, waiting: Int), seed: UInt64) throws -> String {
        let final = "bench_\(name)_c\(size.customers)_k\(size.contacts)_w\(size.waiting)_s\(seed)"
        let partial = final + "_partial"
        if try server.sql("SELECT 1 FROM pg_database WHERE datname = '\(final)'").first != "1" {
            try server.createDatabase(partial)
            log("generating \(name) on PostgreSQL: \(size.customers) customers, \(size.contacts) contacts, \(size.waiting) waiting")
            let run = try Spawn.timed(env.frontline, ["db", "init", "--db", url(partial), "--synthetic", "--customers", "\(size.customers)",
                                                      "--contacts", "\(size.contacts)", "--waiting", "\(size.waiting)", "--seed", "\(seed)"],
                                      environment: env.environment, stdoutPath: "/dev/null")
            guard run.status == 0 else { throw BenchError("generating \(name) on PostgreSQL failed (exit \(run.status))") }
            try server.sql("VACUUM ANALYZE", on: partial)
            try server.sql("ALTER DATABASE \(partial) RENAME TO \(final)")
            log(String(format: "generated \(name) on PostgreSQL in %.1f s", run.seconds))
        }
        _ = try? Spawn.output(env.frontline, ["agents", "add", "bench", "--db", url(final)], environment: env.environment)
        return final
    }

    /// As `BenchEnvironment.refreshQueue`: the waiting contacts of database `name` arrived in the half hour before now.
    func refreshQueue(_ name: String) throws {
        try server.sql("""
            UPDATE contacts SET queued_at = queued_at + shift, awaiting_reply_since = awaiting_reply_since + shift
            FROM (SELECT extract(epoch FROM now())::double precision - MAX(queued_at) AS shift FROM contacts WHERE state = 'waiting') AS newest
            WHERE state = 'waiting'
            """, on: name)
    }
}
