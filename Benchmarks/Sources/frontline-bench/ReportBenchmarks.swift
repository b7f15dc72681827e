import Foundation
import Glibc

/// `frontline report` over the 1M-contact database, as a team lead or a cron job runs it: the
/// whole process timed, its peak resident memory taken from the kernel when it ends (wait4).
struct ReportBenchmarks {
    let env: BenchEnvironment

    /// Runs to the end; wall time, exit status and peak resident memory (ru_maxrss, kB).
    private func timedWithPeak(_ arguments: [String]) throws -> (seconds: Double, peak: Int) {
        let started = monotonic()
        let pid = try Spawn.start(env.frontline, arguments, environment: env.environment)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = monotonic() - started
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw BenchError("frontline \(arguments.joined(separator: " ")) exited \(status)")
        }
        return (seconds, Int(usage.ru_maxrss))
    }

    /// The last day with contacts, as the generator spread them (its "now" is when it ran).
    private func lastDay(_ database: String) throws -> Date {
        let text = try Spawn.output("/usr/bin/env", ["sqlite3", database, "SELECT max(queued_at) FROM contacts"], environment: env.environment)
        guard let seconds = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw BenchError("no contacts in \(database)") }
        return Date(timeIntervalSince1970: seconds)
    }

    private func agentWithMostWork(_ database: String, from: Date, to: Date) throws -> String {
        let sql = "SELECT agent FROM contacts WHERE queued_at >= \(from.timeIntervalSince1970) AND queued_at < \(to.timeIntervalSince1970) "
            + "AND agent IS NOT NULL GROUP BY agent ORDER BY count(*) DESC LIMIT 1"
        let name = try Spawn.output("/usr/bin/env", ["sqlite3", database, sql], environment: env.environment)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw BenchError("no agent handled contacts on the last day") }
        return name
    }

    private static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    private func measure(_ arguments: [String], runs: Int) throws -> (Sample, peak: Int, count: Int) {
        var times: [Double] = []
        var peak = 0
        for _ in 0..<runs {
            let run = try timedWithPeak(arguments)
            times.append(run.seconds)
            peak = max(peak, run.peak)
        }
        return (Sample(times), peak, runs)
    }

    func reports(_ database: String, runs: Int) throws -> [Finding] {
        let end = try lastDay(database)
        let monthStart = end.addingTimeInterval(-31 * 86_400)
        let dayStart = end.addingTimeInterval(-86_400)
        let agent = try agentWithMostWork(database, from: dayStart, to: end.addingTimeInterval(1))
        let base = ["report", "--db", database, "--to", Self.iso(end.addingTimeInterval(1))]
        let monthly = try measure(base + ["--from", Self.iso(monthStart), "--format", "csv"], runs: runs)
        let daily = try measure(base + ["--from", Self.iso(dayStart), "--agent", agent], runs: runs)
        let history = try measure(["report", "--db", database, "--from", "2000-01-01", "--to", Self.iso(end.addingTimeInterval(1)),
                                   "--format", "json"], runs: 1)
        func line(_ result: (Sample, peak: Int, count: Int)) -> String {
            "median \(Format.ms(result.0.median)) (\(Format.ms(result.0.min))–\(Format.ms(result.0.max)), \(result.count) runs); peak memory \(Format.mb(result.peak))"
        }
        return [
            Finding(what: "`frontline report` for the team over the last 31 days (1M customers / 1M contacts over 3 years, CSV)",
                    measured: line(monthly), target: "≤ 2 s, ≤ 100 MB",
                    ratioToTarget: max(monthly.0.median / 2, Double(monthly.peak) / (100 * 1024))),
            Finding(what: "`frontline report` for one agent over the last day (the agent with most contacts)",
                    measured: line(daily), target: "≤ 200 ms, ≤ 100 MB",
                    ratioToTarget: max(daily.0.median / 0.2, Double(daily.peak) / (100 * 1024))),
            Finding(what: "`frontline report` over the whole history (all 1M contacts, JSON): how memory grows with the period",
                    measured: line(history), target: "≤ 100 MB", ratioToTarget: Double(history.peak) / (100 * 1024)),
        ]
    }
}
