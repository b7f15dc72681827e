import Foundation

/// Every benchmark in one run, in the order of the table; prints the markdown and,
/// with `results`, writes it into BENCHMARKS.md between its markers.
struct Suite {
    let frontline: String
    let dataFolder: String
    let results: String?
    /// Fewer repetitions and a 20-second idle window: for trying the suite out, not for the record.
    let quick: Bool
    /// Run only the benchmarks whose name contains this (generate, cold, keys, lookup, take, queue, qa, report, idle, memory, ingest, api, hooks, outage, consoles, hosts).
    let only: String?

    static let seed: UInt64 = 1

    private func wanted(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }

    func run() throws {
        try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
        let env = try BenchEnvironment(frontline: frontline, dataFolder: dataFolder)
        let machine = Report.machine()
        // Generated (or found in the cache) only when a wanted benchmark needs them: `--only consoles`
        // needs none of the 2.5 GB.
        let main = Lazy { () throws -> String in
            let path = try env.database("console", (100_000, 1_000_000, 1_000), seed: Self.seed)
            try env.refreshQueue(path)
            return path
        }
        let big = Lazy { try env.database("lookup", (1_000_000, 1_000_000, 10_000), seed: Self.seed) }
        let take = Lazy { try env.database("take", (10_000, 20_000, 10_000), seed: Self.seed) }
        let console = Lazy { ConsoleBenchmarks(env: env, database: try main.value()) }
        let store = StoreBenchmarks(env: env)
        var findings: [Finding] = []
        func measure(_ name: String, _ body: () throws -> [Finding]) throws {
            guard wanted(name) else { return }
            log("measuring \(name)")
            findings += try body()
        }
        try measure("generate") {
            let path = try main.value()
            let seconds = Double((try? String(contentsOfFile: path + ".seconds", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? .nan
            return [Finding(what: "generate 100k customers / 1M contacts (`frontline db init --synthetic`)",
                            measured: String(format: "%.0f s (when first generated; cached by seed since)", seconds),
                            target: "well under 5 min", ratioToTarget: seconds / 300)]
        }
        try measure("cold") { [try console.value().coldStart(runs: quick ? 5 : 15)] }
        // The same console database on PostgreSQL (generated there once, kept by name), measured in the same run.
        let postgresConsole = Lazy { () throws -> ConsoleBenchmarks in
            let server = try PostgresBenchDatabase(env: env)
            let name = try server.database("console", (100_000, 1_000_000, 1_000), seed: Self.seed)
            try server.refreshQueue(name)
            return ConsoleBenchmarks(env: env, database: server.url(name))
        }
        try measure("keys") {
            [try console.value().keyLatency(runs: quick ? 1 : 3, rounds: 3),
             try postgresConsole.value().keyLatency(runs: quick ? 1 : 3, rounds: 3, backend: "PostgreSQL")]
        }
        try measure("lookup") { try store.lookups(try big.value(), runs: quick ? 1 : 3, count: quick ? 200 : 1_000) }
        // Both backends side by side, from the same template.
        try measure("take") {
            let server = try PostgresServer.start(environment: env.environment)
            return try [StoreBenchmarks.TakeBackend.sqlite, .postgres(server)].map {
                try store.takers(try take.value(), processes: 8, runs: quick ? 1 : 3, on: $0)
            }
        }
        try measure("queue") { [try store.queueJSON(try big.value(), runs: quick ? 3 : 9)] }
        try measure("qa") { [try QualityBenchmarks(env: env).sample(try main.value(), runs: quick ? 1 : 3)] }
        try measure("report") { try ReportBenchmarks(env: env).reports(try big.value(), runs: quick ? 3 : 9) }
        try measure("idle") { [try console.value().idleCPU(seconds: quick ? 20 : 60, runs: quick ? 1 : 3)] }
        try measure("memory") { [try console.value().memory()] }
        try measure("ingest") { [try IngestBenchmark(env: env).run(contacts: quick ? 2_000 : 10_000, runs: quick ? 1 : 3)] }
        try measure("api") { try APIBenchmarks(env: env).ingest(total: quick ? 3_000 : 6_000, probes: quick ? 5 : 10) }
        try measure("hooks") { [try APIBenchmarks(env: env).webhookLatency(rate: 100, seconds: quick ? 10 : 30)] }
        try measure("outage") { [try APIBenchmarks(env: env).receiverOutage(downFor: quick ? 20 : 60, rate: 20)] }
        try measure("consoles") { try ManyConsoles(env: env, window: quick ? 20 : 60, probes: quick ? 5 : 10).run() }
        try measure("hosts") { try HostsBenchmark(env: env, window: quick ? 20 : 60, probes: quick ? 5 : 10).run() }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        let notes = [
            "Load average at the end: \(load). Other work on the machine shows as long tails; medians resist it.",
            quick ? "A --quick run: fewer repetitions, a 20 s idle window. Not for the record." : "Full run.",
        ]
        let block = Report.markdown(findings, machine: machine, notes: notes)
        print(block)
        if let results {
            if let only {
                try Report.merge(findings, only: only, machine: machine, notes: notes, into: results)
            } else {
                try Report.write(block, into: results)
            }
        }
    }
}
