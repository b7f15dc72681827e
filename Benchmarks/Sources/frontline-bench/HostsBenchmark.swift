import Foundation
import FrontlineTestSupport
import Glibc

/// Several hosts on one PostgreSQL server, side by side with one SQLite file (issue 18): 50
/// consoles on two hosts of the suite's own (`TestHosts`, 25 each, each host a network and a PID
/// namespace reaching the server over a veth pair) and 50 consoles on one file, all running at
/// once so both see the same machine. Idle CPU per console over the same window, then calls
/// enqueued from outside into each database in turn, each timed to its name on all 50 screens.
struct HostsBenchmark {
    let env: BenchEnvironment
    let window: Double
    let probes: Int

    static let perHost = 25
    static let hostCount = 2
    static var consoles: Int { perHost * hostCount }

    func run() throws -> [Finding] {
        let hosts = try TestHosts(count: Self.hostCount, lifetime: 7200)
        defer { hosts.stop() }
        let server = try HostsPostgres(dataFolder: env.dataFolder, listenOn: hosts.serverAddress, trusting: hosts.network)
        defer { server.stop() }

        log("setting up the SQLite floor and the PostgreSQL floor (50 agents, 50 waiting emails each)")
        var file = try SharedFloor(env: env, name: "hosts-sqlite", consoles: Self.consoles, waiting: ManyConsoles.waiting)
        var postgres = try SharedFloor(env: env, name: "hosts-postgres", consoles: Self.consoles, waiting: ManyConsoles.waiting,
                                       database: server.url(host: "127.0.0.1"))
        log("50 consoles on the file, then 25 on each host")
        let sqliteFleet = try ConsoleFleet(frontline: env.frontline, floor: file, count: Self.consoles)
        defer { sqliteFleet.stop() }
        var hostFleets: [ConsoleFleet] = []
        defer { hostFleets.forEach { $0.stop() } }
        for host in 0..<Self.hostCount {
            hostFleets.append(try ConsoleFleet(frontline: env.frontline, floor: postgres, count: Self.perHost, agents: host * Self.perHost,
                                               database: server.url(host: hosts.serverAddress), host: { _ in hosts.command([], on: host) }))
        }
        sleepSeconds(5)   // past start-up: logins seen, first leases renewed

        log("100 consoles idle for \(Int(window)) s")
        let load = Load.now()
        let before = (try sqliteFleet.cpu(), try hostFleets.flatMap { try $0.cpu() }, server.cpu())
        sleepSeconds(window)
        let sqliteIdle = zip(try sqliteFleet.cpu(), before.0).map { $0 - $1 }
        let postgresIdle = zip(try hostFleets.flatMap { try $0.cpu() }, before.1).map { $0 - $1 }
        // The server's share: its processes that lived through the window.
        let serverIdle = server.cpu().compactMap { pid, seconds in before.2[pid].map { seconds - $0 } }.reduce(0, +)

        log("\(probes) calls into each database, each timed to its 50 screens")
        let probeLoad = Load.now()
        let runId = Int(Date().timeIntervalSince1970) % 100
        var sqliteShown = Probes(), postgresShown = Probes()
        for index in 0..<probes {
            try probe(&file, database: file.database, terminals: sqliteFleet.terminals, name: ManyConsoles.probeName(index, run: runId),
                      index: index, into: &sqliteShown)
            sleepSeconds(Double.random(in: 0.7...1.6))
            try probe(&postgres, database: postgres.database, terminals: hostFleets.flatMap(\.terminals),
                      name: ManyConsoles.probeName(index + 50, run: runId), index: index, into: &postgresShown)
            sleepSeconds(Double.random(in: 0.7...1.6))
        }
        let loggedOut = try postgres.run(env.frontline, ["agents", "list", "--db", postgres.database])
            .split(separator: "\n").filter { $0.hasPrefix("bench") && $0.contains(" offline") }.count

        let pg = Sample(postgresIdle), lite = Sample(sqliteIdle)
        let ratio = pg.median / max(lite.median, 1e-6)
        return [
            Finding(what: "50 consoles on one PostgreSQL server from two hosts (network + PID namespaces, 25 each; leases renewed every 3 s) vs 50 on one SQLite file, all idle at once: CPU per console",
                    measured: "PostgreSQL median \(core(pg.median)) (\(core(pg.min))–\(core(pg.max))), all 50 \(core(postgresIdle.reduce(0, +))); "
                        + "the server (every backend) \(core(serverIdle)), \(core(serverIdle / Double(Self.consoles))) a console; agents logged out meanwhile (a lease judged lapsed, or a pid): \(loggedOut) of 50; load \(load)",
                    target: "≤ 1.5× the SQLite figure", ratioToTarget: ratio / 1.5,
                    peer: "SQLite, same window: median \(core(lite.median)) (\(core(lite.min))–\(core(lite.max))), all 50 \(core(sqliteIdle.reduce(0, +)))",
                    ratioToPeer: ratio),
            postgresShown.finding(what: "a call enqueued from outside (`frontline enqueue`) to its name on every screen, 50 consoles on PostgreSQL from two hosts",
                                  peer: sqliteShown, probes: probes, load: probeLoad),
        ]
    }

    /// One call enqueued into `database`, timed to its name on every terminal, then abandoned.
    private func probe(_ floor: inout SharedFloor, database: String, terminals: [PseudoTerminal], name: String, index: Int,
                       into probes: inout Probes) throws {
        let offsets = terminals.map(\.bytesRead)
        let sent = monotonic()
        let id = try floor.run(env.frontline, ["enqueue", "--db", database, "--channel", "phone",
                                               "--from", String(format: "+1 202-555-08%02d", index), "--name", name])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for (terminal, offset) in zip(terminals, offsets) {
            if let shown = terminal.waitFor(name, after: offset, timeout: 5) { probes.latencies.append(shown - sent) } else { probes.missed += 1 }
        }
        try floor.run(env.frontline, ["abandon", "--db", database, "--contact", id])
    }

    private func core(_ seconds: Double) -> String { String(format: "%.3f %% of a core", seconds / window * 100) }
}

/// Enqueue-to-screen times of one database's probes.
private struct Probes {
    var latencies: [Double] = []
    var missed = 0

    var summary: String {
        let sample = Sample(latencies)
        return "median \(Format.ms(sample.median)), p95 \(Format.ms(sample.percentile(95))), max \(Format.ms(sample.max)) over \(sample.count) screens"
            + (missed > 0 ? ", \(missed) never shown within 5 s" : "")
    }

    var worst: Double { missed > 0 ? .infinity : Sample(latencies).max }

    func finding(what: String, peer: Probes, probes: Int, load: Load) -> Finding {
        Finding(what: what, measured: summary + " (\(probes) calls × 50); timed from the start of the command; load \(load)",
                target: "≤ 1 s on every screen (max)", ratioToTarget: worst / 1.0,
                peer: "50 consoles on one SQLite file, same run: " + peer.summary, ratioToPeer: Sample(latencies).median / max(Sample(peer.latencies).median, 1e-6))
    }
}
