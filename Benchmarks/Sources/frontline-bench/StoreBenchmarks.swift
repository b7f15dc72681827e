import Foundation
import FrontlineCore
import FrontlinePostgres
import FrontlineStore
import FrontlineStoreAPI
import Glibc

/// The store at scale: lookups against the sqlite3 shell, the queue command, and takers racing.
struct StoreBenchmarks {
    let env: BenchEnvironment

    /// A query kind, the queries sampled from the database, and the same lookup as plain SQL for the peer.
    struct LookupKind {
        var what: String
        var queries: [String]
        var sql: (String) -> String
    }

    private func sqlite(_ database: String, _ sql: String) throws -> [String] {
        try Spawn.output("/usr/bin/env", ["sqlite3", database, sql], environment: env.environment)
            .split(separator: "\n").map(String.init)
    }

    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// What the peer returns: the customer row and their phones, as `findCustomers` does.
    private static let customerColumns = """
        SELECT c.id, c.name, c.email, c.language, (SELECT group_concat(phone, ', ') FROM customer_phones WHERE customer_id = c.id)
        """

    func lookupKinds(_ database: String, count: Int) throws -> [LookupKind] {
        // Spread over the whole table, the same every run.
        let step = 997
        let phones = try sqlite(database, "SELECT phone FROM customer_phones WHERE customer_id % \(step) = 0 LIMIT \(count)")
        let orders = try sqlite(database, "SELECT number FROM orders WHERE id % \(step) = 0 LIMIT \(count)")
        func names(_ language: String, characters: Int) throws -> [String] {
            try sqlite(database, "SELECT name FROM customers WHERE language = '\(language)' AND id % \(step) = 0 LIMIT \(count)")
                .map { String($0.prefix(characters)) }
        }
        let byName: (String) -> String = { q in
            "\(Self.customerColumns) FROM customers c WHERE c.name COLLATE NOCASE >= \(Self.quoted(q)) AND c.name COLLATE NOCASE < (\(Self.quoted(q)) || char(1114111)) ORDER BY c.name COLLATE NOCASE, c.id LIMIT 20;"
        }
        return [
            LookupKind(what: "by phone", queries: phones, sql: { q in
                "\(Self.customerColumns) FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE p.digits = \(Self.quoted(String(q.filter(\.isNumber)))) ORDER BY c.id LIMIT 20;"
            }),
            LookupKind(what: "by order number", queries: orders, sql: { q in
                "\(Self.customerColumns) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = \(Self.quoted(q));"
            }),
            LookupKind(what: "by name prefix, Chinese (2 characters)", queries: try names("zh-Hans", characters: 2) + names("zh-Hant", characters: 2), sql: byName),
            LookupKind(what: "by name prefix, Korean (2 syllables)", queries: try names("ko", characters: 2), sql: byName),
            LookupKind(what: "by name prefix, Latin (4 letters, lower case)", queries: try names("en", characters: 4).map { $0.lowercased() }, sql: byName),
        ]
    }

    /// `findCustomers` in-process, timed per query, over `runs` passes; the peer is the
    /// sqlite3 shell running the same lookups as one script (its per-query mean, start-up subtracted).
    func lookups(_ database: String, runs: Int, count: Int) throws -> [Finding] {
        let store = try AppDatabase.open(path: database)
        var findings: [Finding] = []
        for kind in try lookupKinds(database, count: count) {
            guard !kind.queries.isEmpty else { throw BenchError("no sample for lookups \(kind.what)") }
            var all: [Double] = [], p99s: [Double] = [], found = 0
            for _ in 0..<runs {
                var times: [Double] = []
                for query in kind.queries {
                    let started = monotonic()
                    let customers = try store.findCustomers(matching: query, limit: 20)
                    times.append(monotonic() - started)
                    found += customers.isEmpty ? 0 : 1
                }
                all += times
                p99s.append(Sample(times).percentile(99))
            }
            guard found == runs * kind.queries.count else { throw BenchError("lookups \(kind.what): some queries found no one") }
            let peer = try sqlitePerQuery(database, kind.queries.map(kind.sql), runs: runs)
            let sample = Sample(all), p = Sample(p99s)
            findings.append(Finding(
                what: "customer lookup \(kind.what), 1M customers",
                measured: "p99 \(Format.ms(sample.percentile(99))) (runs \(Format.ms(p.min))–\(Format.ms(p.max))), median \(Format.ms(sample.median)), mean \(Format.ms(sample.mean)), \(kind.queries.count) queries × \(runs)",
                target: "p99 ≤ 5 ms", ratioToTarget: sample.percentile(99) / 0.005,
                peer: "sqlite3 shell, same SQL: mean \(Format.ms(peer))", ratioToPeer: sample.mean / peer))
        }
        return findings
    }

    /// The shell's time per query: a script of all of them, less a script of none, over the count.
    private func sqlitePerQuery(_ database: String, _ statements: [String], runs: Int) throws -> Double {
        let script = "\(env.dataFolder)/peer.sql", empty = "\(env.dataFolder)/peer-empty.sql"
        try (statements.joined(separator: "\n") + "\n").write(toFile: script, atomically: true, encoding: .utf8)
        try "SELECT 1 FROM customers LIMIT 1;\n".write(toFile: empty, atomically: true, encoding: .utf8)
        var perQuery: [Double] = []
        for _ in 0..<runs {
            let full = try Spawn.timed("/bin/sh", ["-c", "sqlite3 '\(database)' < '\(script)'"], environment: env.environment)
            let base = try Spawn.timed("/bin/sh", ["-c", "sqlite3 '\(database)' < '\(empty)'"], environment: env.environment)
            perQuery.append(max(0, full.seconds - base.seconds) / Double(statements.count))
        }
        return Sample(perQuery).median
    }

    /// `frontline queue --json` as a script would run it, whole process.
    func queueJSON(_ database: String, runs: Int) throws -> Finding {
        let arguments = ["queue", "--db", database, "--json"]
        let output = "\(env.dataFolder)/queue.json"
        let first = try Spawn.timed(env.frontline, arguments, environment: env.environment, stdoutPath: output)
        guard first.status == 0 else { throw BenchError("frontline queue --json exited \(first.status)") }
        let listed = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [Any]
        guard let listed, listed.count >= 10_000 else { throw BenchError("queue --json listed \(listed?.count ?? 0) contacts, not 10,000") }
        var times: [Double] = []
        for _ in 0..<runs {
            times.append(try Spawn.timed(env.frontline, arguments, environment: env.environment).seconds)
        }
        let floor = Sample(try (0..<runs).map { _ in try Spawn.timed(env.frontline, ["keys"], environment: env.environment).seconds })
        let sample = Sample(times)
        return Finding(what: "`frontline queue --json` with 10,000 waiting (1M customers / 1M contacts)",
                       measured: "median \(Format.ms(sample.median)) (\(Format.ms(sample.min))–\(Format.ms(sample.max)), \(runs) runs; first run, recording breaches: \(Format.ms(first.seconds)))",
                       target: "≤ 200 ms", ratioToTarget: sample.median / 0.200,
                       peer: "floor, `frontline keys` (start-up, no database): \(Format.ms(floor.median))", ratioToPeer: sample.median / floor.median)
    }

    /// Where the takers take from: a copy of the template file, or a database on the PostgreSQL
    /// server filled from it by `frontline db copy`.
    enum TakeBackend {
        case sqlite
        case postgres(PostgresServer)

        var name: String {
            switch self {
            case .sqlite: "SQLite"
            case .postgres: "PostgreSQL"
            }
        }
    }

    /// Eight processes call `takeNext` until the queue is empty; every take is checked. One finding per backend.
    func takers(_ template: String, processes: Int, runs: Int, on backend: TakeBackend) throws -> Finding {
        var rates: [Double] = [], doubles = 0, total = 0
        if case .postgres(let server) = backend {
            // Filled once by `db copy` (which makes the schema and checks every table's count and checksum);
            // each run gets a copy of it.
            let url = try server.createDatabase(Self.postgresTemplate)
            let copy = try Spawn.timed(env.frontline, ["db", "copy", "--from", template, "--to", url], environment: env.environment)
            guard copy.status == 0 else { throw BenchError("frontline db copy --from \(template) --to \(url) exited \(copy.status)") }
        }
        defer { if case .postgres(let server) = backend { try? server.dropDatabase(Self.postgresTemplate) } }
        for run in 0..<runs {
            let (database, count, discard) = try prepare(template, run: run, on: backend)
            defer { try? discard() }
            let waiting = try count("SELECT COUNT(*) FROM contacts WHERE state = 'waiting'")
            let started = monotonic()
            let pids = try (0..<processes).map { n in
                try Spawn.start(env.bench, ["taker", "--db", database, "--agent", String(format: "taker%02d", n)],
                                environment: env.environment, stdoutPath: "\(env.dataFolder)/taken-\(n).txt")
            }
            let statuses = pids.map { Spawn.wait($0) }
            let seconds = monotonic() - started
            guard statuses.allSatisfy({ $0 == 0 }) else { throw BenchError("a taker failed on \(backend.name): exit statuses \(statuses)") }
            let taken = try (0..<processes).flatMap { n in
                try String(contentsOfFile: "\(env.dataFolder)/taken-\(n).txt", encoding: .utf8).split(separator: "\n")
            }
            let logged = try count("""
                SELECT COUNT(*) FROM (SELECT contact_id FROM contact_events WHERE kind = 'taken' GROUP BY contact_id HAVING COUNT(*) > 1) AS twice
                """)
            let left = try count("SELECT COUNT(*) FROM contacts WHERE state = 'waiting'")
            guard left == 0, taken.count == waiting else {
                throw BenchError("takers took \(taken.count) of \(waiting) on \(backend.name); \(left) still waiting")
            }
            doubles += (taken.count - Set(taken).count) + logged
            total += taken.count
            rates.append(Double(taken.count) / seconds)
        }
        let sample = Sample(rates)
        func r(_ v: Double) -> String { String(format: "%.0f/s", v) }
        let server = if case .postgres = backend { ", server on loopback" } else { "" }
        return Finding(what: "taking contacts, \(backend.name): \(processes) processes from one queue of 10,000 (`takeNext`, as the console's n\(server))",
                       measured: "median \(r(sample.median)) (\(r(sample.min))–\(r(sample.max)), \(runs) runs); taken twice: \(doubles) of \(total)",
                       target: "≥ 300 takes/s, zero taken twice", ratioToTarget: 300 / sample.median,
                       holdsOverride: sample.median >= 300 && doubles == 0)
    }

    /// The PostgreSQL database the take template is copied into once per suite run.
    private static let postgresTemplate = "frontline_bench_take_template"

    /// A fresh copy of the template for one run: where the takers find it, a counting query, and its removal.
    private func prepare(_ template: String, run: Int, on backend: TakeBackend)
        throws -> (database: String, count: (String) throws -> Int, discard: () throws -> Void) {
        switch backend {
        case .sqlite:
            let database = try env.copy(template, to: "take-\(run)")
            return (database, { sql in Int(try sqlite(database, sql).first ?? "") ?? -1 },
                    { for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) } })
        case .postgres(let server):
            let name = "frontline_bench_take_\(run)"
            let url = try server.createDatabase(name, template: Self.postgresTemplate)
            try server.sql("ANALYZE", on: name)   // as autovacuum soon would on a live server
            return (url, { sql in Int(try server.sql(sql, on: name).first ?? "") ?? -1 }, { try server.dropDatabase(name) })
        }
    }
}

/// `frontline-bench taker`: takes the most urgent waiting contact until none is left, printing each id.
enum TakerChild {
    static func run(database: String, agent: String) throws {
        let store: any AgentWork = PostgresLocation.isURL(database)
            ? try PostgresStore.open(try PostgresLocation(url: database, defaultUser: NSUserName()))
            : try AppDatabase.open(path: database)
        var out = ""
        while let contact = try store.takeNext(agent: agent, policy: .standard, at: Date()) {
            out += "\(contact.id ?? 0)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
