import Foundation
import Glibc

/// A team's floor on one database file: 20 consoles idle, then 5 of them typing complaints
/// while 15 watch, then calls enqueued from outside that every console must show; then 50
/// consoles idle. Measured from outside only (the release binary on terminals, /proc), so it
/// runs the same before and after any change to the loop or the store.
struct ManyConsoles {
    let env: BenchEnvironment
    /// Window for each CPU measurement (idle, typing, 50 idle).
    let window: Double
    let probes: Int

    static let consoles = 20
    static let typists = 5
    static let keysPerSecond = 4.0
    static let crowd = 50
    static let waiting = 50

    /// Capitals Q, X, Z and digits: no waiting customer's name has them (see `SharedFloor.names`).
    static func probeName(_ index: Int, run: Int) -> String { String(format: "ZQX%02d%02dXQZ", run % 100, index) }

    func run() throws -> [Finding] {
        var floor = try SharedFloor(env: env, name: "floor", consoles: Self.crowd, waiting: Self.waiting)
        let fleet = try ConsoleFleet(frontline: env.frontline, floor: floor, count: Self.consoles)
        var fleetStopped = false
        defer { if !fleetStopped { fleet.stop() } }
        sleepSeconds(3)   // past start-up: every console's first reloads and logins seen by the others

        log("20 consoles idle for \(Int(window)) s")
        let idleLoad = Load.now()
        let idle = try fleet.cpu(over: window)

        log("5 typing at \(Self.keysPerSecond) keys/s, 15 watching, for \(Int(window)) s")
        let typist = Typist(Array(fleet.terminals.prefix(Self.typists)), keysPerSecond: Self.keysPerSecond)
        typist.openForms()
        sleepSeconds(2)
        let typingLoad = Load.now()
        typist.start()
        let typing = try fleet.cpu(over: window)
        typist.stop()
        let keys = typist.keysSent
        let drafts = try draftLengths(floor)
        typist.closeForms()
        sleepSeconds(2)

        log("\(probes) calls enqueued from outside, each timed to every console's screen")
        let probeLoad = Load.now()
        let runId = Int(Date().timeIntervalSince1970) % 100
        var latencies: [Double] = [], missed = 0, enqueueTimes: [Double] = []
        for index in 0..<probes {
            let name = Self.probeName(index, run: runId)
            let offsets = fleet.terminals.map(\.bytesRead)
            let sent = monotonic()
            let id = try floor.run(env.frontline, ["enqueue", "--db", floor.database, "--channel", "phone",
                                                   "--from", String(format: "+1 202-555-09%02d", index), "--name", name])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            enqueueTimes.append(monotonic() - sent)
            for (terminal, offset) in zip(fleet.terminals, offsets) {
                if let shown = terminal.waitFor(name, after: offset, timeout: 5) { latencies.append(shown - sent) } else { missed += 1 }
            }
            // The caller hangs up, so the queue is the same for the next call.
            try floor.run(env.frontline, ["abandon", "--db", floor.database, "--contact", id])
            // Land the next call at another point of the consoles' poll cycles.
            sleepSeconds(Double.random(in: 0.7...1.6))
        }
        var locks = fleet.lockMessages()
        fleet.stop()
        fleetStopped = true

        log("50 consoles idle for \(Int(window)) s")
        let crowd = try ConsoleFleet(frontline: env.frontline, floor: floor, count: Self.crowd)
        sleepSeconds(3)
        let crowdLoad = Load.now()
        let crowdIdle: [Double]
        do {
            defer { crowd.stop() }
            crowdIdle = try crowd.cpu(over: window)
            locks += crowd.lockMessages()
        }
        locks += floor.stderrLog.flatMap { LockScan.hits(in: $0) }
        if !locks.isEmpty { log("locked/busy seen:\n" + locks.prefix(10).joined(separator: "\n")) }

        return [
            watchers(idle: idle, typing: typing, keys: keys, drafts: drafts, loads: (idleLoad, typingLoad)),
            enqueueToScreen(latencies, missed: missed, enqueueTimes: enqueueTimes, load: probeLoad),
            Finding(what: "\"database is locked\" / busy in any console's output or any command's stderr (all the runs above)",
                    measured: locks.isEmpty ? "none" : "\(locks.count): \(locks.first ?? "")",
                    target: "none", ratioToTarget: .nan, holdsOverride: locks.isEmpty),
            crowdIdleFinding(crowdIdle, twenty: idle, load: crowdLoad),
        ]
    }

    /// Each watcher's CPU while five type, against its own idle CPU a minute before.
    private func watchers(idle: [Double], typing: [Double], keys: Int, drafts: [Int], loads: (Load, Load)) -> Finding {
        let watching = Self.typists..<Self.consoles
        let ratios = Sample(watching.map { typing[$0] / max(idle[$0], 0.01) })
        let idleW = Sample(watching.map { idle[$0] }), typingW = Sample(watching.map { typing[$0] })
        let typistsCPU = Sample(typing.prefix(Self.typists).map { $0 })
        return Finding(what: "20 consoles on one file, 5 typing a complaint at 4 keys/s (each key a draft saved): a watching console's CPU vs its own idle CPU",
                       measured: "per watcher: ratio median \(Format.ratio(ratios.median)) (\(Format.ratio(ratios.min))–\(Format.ratio(ratios.max)), 15 watchers); "
                           + "CPU median \(core(idleW.median)) idle (load \(loads.0)) → \(core(typingW.median)) while typing (load \(loads.1)); "
                           + "typists \(core(typistsCPU.median)); \(keys) keys in \(Int(window)) s, drafts \(drafts.map(String.init).joined(separator: "/")) characters long",
                       target: "≤ 1.5× (median watcher)", ratioToTarget: ratios.median / 1.5,
                       peer: "floor: the same watcher idle", ratioToPeer: ratios.median)
    }

    private func enqueueToScreen(_ latencies: [Double], missed: Int, enqueueTimes: [Double], load: Load) -> Finding {
        let sample = Sample(latencies)
        let worst = missed > 0 ? .infinity : sample.max
        return Finding(what: "a call enqueued from outside (`frontline enqueue`) to its name on every console's screen, 20 consoles",
                       measured: "median \(Format.ms(sample.median)), p95 \(Format.ms(sample.percentile(95))), max \(Format.ms(sample.max)) "
                           + "over \(sample.count) screens (\(probes) calls × 20)\(missed > 0 ? ", \(missed) never shown within 5 s" : ""); "
                           + "timed from the start of the command (itself median \(Format.ms(Sample(enqueueTimes).median))); load \(load)",
                       target: "≤ 1 s on every screen (max)", ratioToTarget: worst / 1.0,
                       peer: "floor: the 0.25 s store poll + the enqueue command", ratioToPeer: .nan)
    }

    private func crowdIdleFinding(_ crowd: [Double], twenty: [Double], load: Load) -> Finding {
        let per = Sample(crowd), base = Sample(twenty)
        return Finding(what: "50 consoles idle on one file: CPU per console",
                       measured: "median \(core(per.median)) (\(core(per.min))–\(core(per.max))), all 50 together \(core(crowd.reduce(0, +))); load \(load)",
                       target: "– (reported)", ratioToTarget: .nan,
                       peer: "20 consoles idle, same run: median \(core(base.median))", ratioToPeer: per.median / max(base.median, 0.0001),
                       reportOnly: true)
    }

    /// CPU seconds over the window as a share of one core.
    private func core(_ seconds: Double) -> String { String(format: "%.2f %% of a core", seconds / window * 100) }

    /// How long each typist's saved draft is: proof that the keys went in and were saved.
    private func draftLengths(_ floor: SharedFloor) throws -> [Int] {
        let agents = floor.agents.prefix(Self.typists).map { "'\($0)'" }.joined(separator: ",")
        let out = try Spawn.output("/usr/bin/env", ["sqlite3", floor.database,
                                                    "SELECT length(account) FROM complaint_drafts WHERE agent IN (\(agents)) ORDER BY agent"],
                                   environment: floor.environment)
        return out.split(separator: "\n").compactMap { Int($0) }
    }
}
