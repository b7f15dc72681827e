import Foundation
import Glibc

/// The quarterly quality sample at scale: `frontline qa sample --percent 20` over the newest full
/// quarter of the 1M-contact database, the whole command as a supervisor runs it (start-up, one
/// indexed read of the quarter, the draw, the review tasks and re-calls written in one transaction).
struct QualityBenchmarks {
    let env: BenchEnvironment

    private func sqlite(_ database: String, _ sql: String) throws -> String {
        try Spawn.output("/usr/bin/env", ["sqlite3", database, sql], environment: env.environment)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func sample(_ template: String, runs: Int) throws -> Finding {
        let database = try env.copy(template, to: "qa-sample")
        defer { for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) } }
        // The migration (its covering index over a million contacts) runs once, untimed, as it would on upgrade.
        let migrate = try Spawn.timed(env.frontline, ["qa", "list", "--db", database, "--limit", "1"], environment: env.environment,
                                      stdoutPath: "/dev/null")
        guard migrate.status == 0 else { throw BenchError("qa list exited \(migrate.status)") }
        // The newest quarter that ended before the data did.
        guard let newest = Double(try sqlite(database, "SELECT MAX(ended_at) FROM contacts WHERE state = 'ended'")) else {
            throw BenchError("no ended contacts")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let last = Date(timeIntervalSince1970: newest)
        let month = calendar.component(.month, from: last)
        let thisQuarter = calendar.date(from: DateComponents(year: calendar.component(.year, from: last), month: month - (month - 1) % 3, day: 1))!
        let start = calendar.date(byAdding: .month, value: -3, to: thisQuarter)!
        let formatter = ISO8601DateFormatter()
        let ended = try sqlite(database, "SELECT COUNT(*) FROM contacts WHERE state = 'ended' AND ended_at >= \(start.timeIntervalSince1970) AND ended_at < \(thisQuarter.timeIntervalSince1970)")
        let arguments = ["qa", "sample", "--db", database, "--percent", "20", "--from", formatter.string(from: start),
                         "--to", formatter.string(from: thisQuarter), "--seed", "1"]
        var times: [Double] = []
        var queued = ""
        for _ in 0..<runs {
            let output = "\(env.dataFolder)/qa-sample.txt"
            let run = try Spawn.timed(env.frontline, arguments, environment: env.environment, stdoutPath: output)
            guard run.status == 0 else { throw BenchError("qa sample exited \(run.status)") }
            times.append(run.seconds)
            queued = (try String(contentsOfFile: output, encoding: .utf8)).split(separator: "\n").last.map(String.init) ?? ""
            // Back to unsampled for the next run.
            _ = try sqlite(database, """
                DELETE FROM contact_events WHERE contact_id IN (SELECT id FROM contacts WHERE purpose = 'quality-recall');
                DELETE FROM contacts WHERE purpose = 'quality-recall'; DELETE FROM quality_reviews;
                """)
        }
        let sample = Sample(times)
        let summary = queued.split(separator: ";").first.map(String.init) ?? queued
        return Finding(what: "QA sample: 20% of a quarter per agent (`frontline qa sample`, \(ended) ended contacts of 1M)",
                       measured: "median \(Format.ms(sample.median)) (\(Format.ms(sample.min))–\(Format.ms(sample.max)), \(runs) runs, whole command); \(summary)",
                       target: "≤ 1 s", ratioToTarget: sample.median / 1.0)
    }
}
