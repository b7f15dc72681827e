import Foundation
import Glibc

/// Child processes for the benchmarks, started with posix_spawn (Foundation's Process adds
/// its own threads and run-loop time to what is measured).
enum Spawn {
    /// glibc's POSIX_SPAWN_SETSID, which Swift does not import.
    static let setSessionFlag: Int16 = 0x80

    /// Starts `executable` with stdin from /dev/null and stdout to `stdoutPath`; returns its pid.
    /// stderr goes to `stderrPath` when given (to be searched afterwards), else it is inherited.
    static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                      stdoutPath: String = "/dev/null", stderrPath: String? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if let stderrPath { posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        return try spawn(executable, arguments, environment: environment, actions: &actions, attributes: nil)
    }

    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                      actions: inout posix_spawn_file_actions_t, attributes: UnsafePointer<posix_spawnattr_t>?) throws -> pid_t {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, attributes, argv, envp)
        guard status == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(status)))") }
        return pid
    }

    /// Waits for `pid`; returns its exit status (128 + signal when killed).
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }

    /// Runs to the end; returns the wall time and exit status.
    static func timed(_ executable: String, _ arguments: [String], environment: [String: String],
                      stdoutPath: String = "/dev/null") throws -> (seconds: Double, status: Int32) {
        let started = monotonic()
        let pid = try start(executable, arguments, environment: environment, stdoutPath: stdoutPath)
        let status = wait(pid)
        return (monotonic() - started, status)
    }

    /// Runs to the end and returns what it printed (small outputs only).
    static func output(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "frontline-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(path) }
        let status = try start(executable, arguments, environment: environment, stdoutPath: path).waitStatus
        guard status == 0 else { throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited \(status)") }
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

extension pid_t {
    var waitStatus: Int32 { Spawn.wait(self) }
}

/// What the kernel says a process has used.
enum ProcStat {
    /// User plus system CPU time in seconds (/proc/PID/stat fields 14 and 15).
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the ")" field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Seconds on a CPU, summed over the live threads' /proc/PID/task/TID/schedstat
    /// (nanoseconds): finer than utime + stime, which move in 10 ms ticks, too coarse for a
    /// console idling at a fraction of a percent. Threads that have ended are not counted.
    static func onCPUSeconds(_ pid: pid_t) -> Double? {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return nil }
        var total = 0.0
        for task in tasks {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let nanoseconds = Double(first) else { continue }
            total += nanoseconds / 1e9
        }
        return total
    }

    /// Resident and peak resident memory in kB (VmRSS, VmHWM).
    static func memory(_ pid: pid_t) -> (rss: Int, peak: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            status.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
        }
        guard let rss = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return (rss, peak)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
