import Foundation

/// A console's process on this host, named so that a pid the system hands out again is not
/// taken for it: the pid and when the process started ("boot id:start ticks", from /proc).
public struct ConsoleProcess: Equatable, Sendable {
    public var pid: Int32
    public var started: String

    public init(pid: Int32, started: String) {
        self.pid = pid
        self.started = started
    }

    /// This process. Nil where /proc does not say (not Linux): then nothing is recorded, and a
    /// shift without a process is never judged gone.
    public static func current() -> ConsoleProcess? { running(pid: getpid()) }

    /// The process running as `pid` now; nil when there is none or only its zombie is left.
    public static func running(pid: Int32) -> ConsoleProcess? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let boot = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // "pid (name) state ..." : the name may hold spaces and parentheses, so count fields after
        // the last ")"; they start at field 3 (the state), and the start time is field 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X" else { return nil }
        return ConsoleProcess(pid: pid, started: boot.trimmingCharacters(in: .whitespacesAndNewlines) + ":" + fields[19])
    }

    /// True while this very process runs, not merely some process with its pid.
    public var isRunning: Bool { Self.running(pid: pid) == self }

    /// True when the process was named on this host (this boot): only then can its pid be checked.
    public var isOnThisHost: Bool { Self.thisBoot.map { started.hasPrefix($0 + ":") } ?? false }

    private static let thisBoot = (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))
        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
}
