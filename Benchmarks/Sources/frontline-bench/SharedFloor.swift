import Foundation

/// One database file shared by many consoles, set up as a small team's floor: the demo
/// dataset, a queue of waiting emails counting down, and an agent per console. Made fresh for
/// each run (it is small) and set up only through `frontline`'s own commands.
struct SharedFloor {
    let database: String
    /// The suite's environment with a config of its own (routing off, see `config`).
    let environment: [String: String]
    let agents: [String]
    /// Everything the set-up commands wrote to stderr, to be searched for "locked".
    private(set) var stderrLog: [String] = []

    /// Routing off: no call rings a console and no chat is assigned, so every console keeps the
    /// same queue on screen and a probe call stays waiting until it is abandoned. Email timers
    /// run on the wall clock, so the queue counts down every second on any day of the week, and
    /// none of the waiting emails crosses its 4 h target during a run (no breach writes to blur
    /// idle against typing).
    static let config = """
        [agents]
        routing = false

        [timers.email-response]
        clock = "wall"

        """

    /// Names of the waiting customers: mixed scripts, as the real queue is, and no digits or
    /// capitals Q, X, Z, so a probe's name (see `ManyConsoles.probeName`) never shares a cell
    /// with the name it replaces on screen (curses sends only the cells that changed).
    static let names = ["王小明", "김서연", "Emma Wilson", "陈美玲", "이민준", "Oliver Brown", "林志强", "박지훈",
                        "Sophie Taylor", "張雅婷", "최수아", "James Walker"]

    /// `database`: a PostgreSQL URL to set up instead of a file of its own (an empty database).
    init(env: BenchEnvironment, name: String, consoles: Int, waiting: Int, database url: String? = nil) throws {
        let folder = "\(env.dataFolder)/\(name)"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder + "/config/frontline", withIntermediateDirectories: true)
        try Self.config.write(toFile: folder + "/config/frontline/config.toml", atomically: true, encoding: .utf8)
        var environment = env.environment
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        self.environment = environment
        database = url ?? folder + "/floor.db"
        agents = (1...consoles).map { String(format: "bench%02d", $0) }

        try run(env.frontline, ["db", "init", "--demo", "--db", database])
        let start = Date()
        for i in 0..<waiting {
            // Arrived over the last half hour, one every 30 s, oldest first.
            let at = ISO8601DateFormatter().string(from: start.addingTimeInterval(-Double(waiting - i) * 30))
            try run(env.frontline, ["enqueue", "--db", database, "--channel", "email", "--from", "waiting\(i)@example.com",
                                    "--name", Self.names[i % Self.names.count], "--text", "Where is my parcel? It was due last week.",
                                    "--at", at])
        }
        for agent in agents { try run(env.frontline, ["agents", "add", agent, "--db", database]) }
    }

    /// Runs a `frontline` command to the end; its stdout, and its stderr is kept for the search.
    @discardableResult
    mutating func run(_ executable: String, _ arguments: [String]) throws -> String {
        let base = NSTemporaryDirectory() + "frontline-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { unlink(base + ".out"); unlink(base + ".err") }
        let status = try Spawn.start(executable, arguments, environment: environment, stdoutPath: base + ".out",
                                     stderrPath: base + ".err").waitStatus
        let err = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
        if !err.isEmpty { stderrLog.append("\(arguments.prefix(2).joined(separator: " ")): \(err)") }
        guard status == 0 else { throw BenchError("frontline \(arguments.joined(separator: " ")) exited \(status): \(err)") }
        return (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
    }
}
