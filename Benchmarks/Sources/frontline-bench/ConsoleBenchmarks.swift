import Foundation
import Glibc

/// The console measured from outside, as an agent meets it: started in a terminal of its own.
struct ConsoleBenchmarks {
    let env: BenchEnvironment
    let database: String

    /// Drawn last in the first frame: the key bar's final entry, in the bottom row.
    static let lastDrawn = "quit"

    private func console() throws -> PseudoTerminal {
        try PseudoTerminal(env.frontline, ["console", "--db", database, "--agent", "bench", "--lang", "en"],
                           environment: env.environment)
    }

    /// From exec to the last byte of the first frame (queue, customer file and key bar drawn).
    func coldStart(runs: Int) throws -> Finding {
        var times: [Double] = []
        for _ in 0..<runs {
            let terminal = try console()
            guard let drawn = terminal.waitFor(Self.lastDrawn) else {
                terminal.stop()
                throw BenchError("the console drew no first frame; it printed:\n\(terminal.text.suffix(2000))")
            }
            times.append(drawn - terminal.started)
            terminal.stop()
        }
        let sample = Sample(times)
        return Finding(what: "console cold start to first complete frame (100k customers / 1M contacts, 1,000 waiting)",
                       measured: "median \(Format.ms(sample.median)) (\(Format.ms(sample.min))–\(Format.ms(sample.max)), \(runs) runs)",
                       target: "≤ 150 ms", ratioToTarget: sample.median / 0.150)
    }

    /// Resident memory after the first frame and a walk through twenty customer files.
    func memory() throws -> Finding {
        let terminal = try console()
        defer { terminal.stop() }
        guard terminal.waitFor(Self.lastDrawn) != nil else { throw BenchError("the console drew no first frame") }
        for _ in 0..<20 {
            terminal.send("j")
            sleepSeconds(0.05)
        }
        sleepSeconds(1)
        guard let memory = ProcStat.memory(terminal.pid) else { throw BenchError("cannot read the console's memory") }
        return Finding(what: "console resident memory on the 1M-contact database",
                       measured: "VmRSS \(Format.mb(memory.rss)), peak VmHWM \(Format.mb(memory.peak))",
                       target: "≤ 60 MB", ratioToTarget: Double(memory.peak) / (60 * 1024))
    }

    /// The console (timers on screen) and htop (refreshing every second) side by side, idle:
    /// htop alone in a PID namespace is the peer when the machine allows it (see `HtopPeer`),
    /// htop seeing the whole machine is measured beside it.
    func idleCPU(seconds: Double, runs: Int) throws -> Finding {
        var ours: [Double] = [], alone: [Double] = [], whole: [Double] = [], processes: [Int] = []
        // The console's CPU a minute in the window's first 20 s and in the rest: with routing on, it
        // rings its own (available) agent at start until the ring is missed 15 s later.
        var early: [Double] = [], late: [Double] = []
        let split = min(20, seconds / 2)
        let canRunAlone = HtopPeer.canRunAlone
        for _ in 0..<runs {
            let terminal = try console()
            let htop = try HtopPeer.start(alone: false, environment: env.environment)
            let lone = canRunAlone ? try HtopPeer.start(alone: true, environment: env.environment) : nil
            defer { terminal.stop(); htop.stop(); lone?.stop() }
            guard terminal.waitFor(Self.lastDrawn) != nil else { throw BenchError("the console drew no first frame") }
            sleepSeconds(2)   // all past their start-up work
            let pids = [terminal.pid, htop.pid] + (lone.map { [$0.pid] } ?? [])
            let start = try pids.map { pid -> Double in
                guard let cpu = ProcStat.onCPUSeconds(pid) else { throw BenchError("cannot read CPU times") }
                return cpu
            }
            let before = terminal.bytesRead
            sleepSeconds(split)
            guard let middle = ProcStat.onCPUSeconds(terminal.pid) else { throw BenchError("cannot read CPU times") }
            sleepSeconds(seconds - split)
            let end = try pids.map { pid -> Double in
                guard let cpu = ProcStat.onCPUSeconds(pid) else { throw BenchError("cannot read CPU times") }
                return cpu
            }
            guard terminal.bytesRead > before else { throw BenchError("the console did not redraw its timers while idle") }
            processes.append(((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int($0) != nil }.count)
            ours.append(end[0] - start[0])
            early.append((middle - start[0]) / split * 60)
            late.append((end[0] - middle) / (seconds - split) * 60)
            whole.append(end[1] - start[1])
            if lone != nil { alone.append(end[2] - start[2]) }
        }
        let us = Sample(ours), wholeMachine = Sample(whole), lone = Sample(alone)
        func s(_ v: Double) -> String { String(format: "%.3f s", v) }
        let wholeText = "htop -d 10 seeing the whole machine (\(Int(Sample(processes.map(Double.init)).median)) processes): median \(s(wholeMachine.median)) (\(s(wholeMachine.min))–\(s(wholeMachine.max)))"
        let peer = canRunAlone ? lone : wholeMachine
        let peerText = canRunAlone
            ? "htop -d 10 alone in a PID namespace: median \(s(lone.median)) (\(s(lone.min))–\(s(lone.max))); beside it, \(wholeText)"
            : wholeText
        return Finding(what: "idle console over \(Int(seconds)) s with timers on screen (time on a CPU, all threads, from schedstat)",
                       measured: "median \(s(us.median)) (\(s(us.min))–\(s(us.max)), \(runs) runs); a minute's rate in the first \(Int(split)) s \(s(Sample(early).median)), after \(s(Sample(late).median))",
                       target: "≤ htop's", ratioToTarget: us.median / max(peer.median, 0.001),
                       peer: peerText,
                       ratioToPeer: us.median / max(peer.median, 0.001), holdsOverride: us.median <= peer.median)
    }

    /// Key press to presented frame, measured inside the real loop by `KeyLatencyChild`.
    /// The loop's CPU time per key is reported beside it: on a shared machine wall time also
    /// counts the time other processes held the cores.
    /// `backend` names the store in the row when it is not SQLite (nil).
    func keyLatency(runs: Int, rounds: Int, backend: String? = nil) throws -> Finding {
        var wall: [Double] = [], cpu: [Double] = [], medians: [Double] = [], p99s: [Double] = []
        var byPart: [String: [Double]] = [:]
        for run in 0..<runs {
            let output = "\(env.dataFolder)/keys-\(run).txt"
            unlink(output)
            let terminal = try PseudoTerminal(env.bench, ["keys", "--db", database, "--out", output, "--rounds", "\(rounds)"],
                                              environment: env.environment)
            let status = Spawn.wait(terminal.pid)
            terminal.stop()
            guard status == 0, let text = try? String(contentsOfFile: output, encoding: .utf8) else {
                throw BenchError("the key latency run failed (exit \(status)):\n\(terminal.text.suffix(1500))")
            }
            let lines = text.split(separator: "\n").map { $0.split(separator: " ") }.filter { $0.count == 3 }
            let pairs = lines.map { [Double($0[0]) ?? .nan, Double($0[1]) ?? .nan] }
            wall += pairs.map { $0[0] }
            cpu += pairs.map { $0[1] }
            for (line, pair) in zip(lines, pairs) { byPart[String(line[2]), default: []].append(pair[1]) }
            medians.append(Sample(pairs.map { $0[0] }).median)
            p99s.append(Sample(pairs.map { $0[0] }).percentile(99))
        }
        let sample = Sample(wall), m = Sample(medians), p = Sample(p99s), work = Sample(cpu)
        let parts = byPart.sorted { $0.key < $1.key }.map { "\($0.key) \(Format.ms(Sample($0.value).median))" }.joined(separator: ", ")
        let on = backend.map { " on \($0)" } ?? ""
        return Finding(what: "key press to presented frame\(on) (1,000 waiting, 200-message transcript; real loop + ncurses on a pty)",
                       measured: "median \(Format.ms(sample.median)) (runs \(Format.ms(m.min))–\(Format.ms(m.max))), p99 \(Format.ms(sample.percentile(99))) (runs \(Format.ms(p.min))–\(Format.ms(p.max))), \(sample.count) keys; CPU of the loop per key: median \(Format.ms(work.median)), p99 \(Format.ms(work.percentile(99))) (median by kind: \(parts))",
                       target: "median ≤ 2 ms, p99 ≤ 10 ms",
                       ratioToTarget: max(sample.median / 0.002, sample.percentile(99) / 0.010),
                       peer: "floor: the loop's own CPU time", ratioToPeer: sample.median / work.median)
    }
}
