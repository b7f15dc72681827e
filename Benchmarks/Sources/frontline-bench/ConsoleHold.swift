import Foundation

/// `frontline-bench hold`: one console on a terminal of its own (120×40), left idle for a while
/// with nobody typing, its pid printed first, so a profiler can attach to it from outside
/// (Benchmarks/profile-idle). Its output is read and dropped, as a terminal would show it.
enum ConsoleHold {
    static func run(frontline: String, database: String, seconds: Double, dataFolder: String) throws {
        let env = try BenchEnvironment(frontline: frontline, dataFolder: dataFolder)
        let terminal = try PseudoTerminal(frontline, ["console", "--db", database, "--agent", "bench", "--lang", "en"],
                                          environment: env.environment)
        defer { terminal.stop() }
        guard terminal.waitFor(ConsoleBenchmarks.lastDrawn) != nil else { throw BenchError("the console drew no first frame") }
        print(terminal.pid)
        fflush(stdout)
        sleepSeconds(seconds)
    }
}
