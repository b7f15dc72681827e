import Foundation

/// `frontline ingest` as a connector script drives it: contacts and messages as JSON lines on
/// standard input, into a fresh database, each one its own transaction with its outbox event.
struct IngestBenchmark {
    let env: BenchEnvironment

    func run(contacts: Int, runs: Int) throws -> Finding {
        var rates: [Double] = []
        for run in 0..<runs {
            let folder = NSTemporaryDirectory() + "frontline-bench-ingest-\(getpid())-\(run)"
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let database = folder + "/frontline.db"
            _ = try Spawn.output(env.frontline, ["db", "init", "--db", database], environment: env.environment)
            // Every tenth line is a second message on an earlier contact; the rest are new chats and e-mails.
            var lines: [String] = []
            for i in 0..<contacts {
                if i % 10 == 9 {
                    lines.append(#"{"contact_id":\#(i / 2 + 1),"text":"any news?","external_id":"m-\#(i)"}"#)
                } else if i % 3 == 0 {
                    lines.append(#"{"channel":"email","from":"c\#(i)@example.com","name":"Customer \#(i)","text":"Where is my order?","external_id":"e-\#(i)","email":{"message_id":"<\#(i)@mail.example>","subject":"Order"}}"#)
                } else {
                    lines.append(#"{"channel":"chat","from":"c\#(i)@example.com","text":"hello","external_id":"w-\#(i)"}"#)
                }
            }
            let input = folder + "/input.jsonl"
            try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
            let command = "exec '\(env.frontline)' ingest --db '\(database)' < '\(input)'"
            let (seconds, status) = try Spawn.timed("/bin/sh", ["-c", command], environment: env.environment)
            guard status == 0 else { throw BenchError("frontline ingest exited \(status)") }
            rates.append(Double(contacts) / seconds)
        }
        let sorted = rates.sorted()
        let median = sorted[sorted.count / 2]
        let r = { (v: Double) in String(format: "%.0f/s", v) }
        return Finding(what: "ingest: \(contacts) contacts and messages through `frontline ingest` (JSON lines on stdin, one transaction and outbox event each, fresh database)",
                       measured: "median \(r(median)) (\(r(sorted.first!))–\(r(sorted.last!)), \(runs) runs)",
                       target: "≥ 1,000 contacts+messages/s", ratioToTarget: 1_000 / median)
    }
}
