import Foundation

/// What the suite runs against: the release binary, the cached databases, and a hermetic
/// environment (its own XDG folders, so nobody's phrases or policy change the figures).
struct BenchEnvironment {
    let frontline: String
    let bench: String
    let dataFolder: String
    let environment: [String: String]

    init(frontline: String, dataFolder: String) throws {
        self.frontline = frontline
        self.dataFolder = dataFolder
        bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let home = dataFolder + "/home"
        for folder in ["config", "data", "state"] {
            try FileManager.default.createDirectory(atPath: "\(home)/\(folder)", withIntermediateDirectories: true)
        }
        let outside = ProcessInfo.processInfo.environment
        environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data",
                       "XDG_STATE_HOME": home + "/state", "TERM": "xterm-256color", "LANG": "C.UTF-8",
                       "PATH": outside["PATH"] ?? "/usr/bin:/bin"]
    }

    /// A database generated once per size and seed and kept in the data folder; returns its path.
    /// How long the generation took is kept beside it, in `<path>.seconds`.
    func database(_ name: String, _ size: (customers: Int, contacts: Int, waiting: Int), seed: UInt64) throws -> String {
        let path = "\(dataFolder)/\(name)-c\(size.customers)-k\(size.contacts)-w\(size.waiting)-s\(seed).db"
        if FileManager.default.fileExists(atPath: path) { return try withBenchAgent(path) }
        let partial = path + ".partial"
        for suffix in ["", "-wal", "-shm"] { unlink(partial + suffix) }
        log("generating \(name): \(size.customers) customers, \(size.contacts) contacts, \(size.waiting) waiting")
        let run = try Spawn.timed(frontline, ["db", "init", "--db", partial, "--synthetic", "--customers", "\(size.customers)",
                                              "--contacts", "\(size.contacts)", "--waiting", "\(size.waiting)", "--seed", "\(seed)"],
                                  environment: environment, stdoutPath: "/dev/null")
        guard run.status == 0 else { throw BenchError("generating \(name) failed (exit \(run.status))") }
        // Fold the WAL in so copies and cold starts read one file.
        _ = try Spawn.output("/usr/bin/env", ["sqlite3", partial, "PRAGMA wal_checkpoint(TRUNCATE);"], environment: environment)
        guard rename(partial, path) == 0 else { throw BenchError("cannot rename \(partial)") }
        for suffix in ["-wal", "-shm"] { unlink(partial + suffix) }
        try String(format: "%.1f", run.seconds).write(toFile: path + ".seconds", atomically: true, encoding: .utf8)
        return try withBenchAgent(path)
    }

    /// The consoles measured work as the agent "bench", who must be on the roster: a console logs in
    /// only an agent who exists. Added by whoever runs the suite (the database's first agent, or
    /// anyone on a file generated before roles were kept); already there is fine.
    private func withBenchAgent(_ path: String) throws -> String {
        _ = try? Spawn.output(frontline, ["agents", "add", "bench", "--db", path], environment: environment)
        return path
    }

    /// Moves the waiting contacts' arrival to the half hour before now, as it was when the file
    /// was generated, so that every run, however old the cached file, sees a live queue: timers
    /// counting down and crossing their deadlines (each crossing is written down, and every
    /// console then reloads), not a queue that breached long ago and only counts up.
    func refreshQueue(_ path: String) throws {
        let newest = try Spawn.output("/usr/bin/env", ["sqlite3", path, "SELECT MAX(queued_at) FROM contacts WHERE state = 'waiting'"],
                                      environment: environment).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let newest = Double(newest) else { return }
        let shift = Date().timeIntervalSince1970 - newest
        _ = try Spawn.output("/usr/bin/env", ["sqlite3", path, """
            UPDATE contacts SET queued_at = queued_at + \(shift), awaiting_reply_since = awaiting_reply_since + \(shift)
            WHERE state = 'waiting';
            """], environment: environment)
    }

    /// A fresh copy of `path` for a benchmark that writes.
    func copy(_ path: String, to name: String) throws -> String {
        let target = "\(dataFolder)/\(name).db"
        for suffix in ["", "-wal", "-shm"] { unlink(target + suffix) }
        try FileManager.default.copyItem(atPath: path, toPath: target)
        return target
    }
}

func log(_ text: String) {
    FileHandle.standardError.write(Data("· \(text)\n".utf8))
}
