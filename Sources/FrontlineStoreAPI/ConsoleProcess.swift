import Foundation

/// A console's process on this host, named so that a pid the system hands out again is not
/// taken for it: the pid and where and when the process started ("host:start ticks", from /proc;
/// the host is the boot id, with the PID namespace outside the machine's first: `ConsoleHost`).
public struct ConsoleProcess: Equatable, Sendable {
    public var pid: Int32
    public var started: String

    public init(pid: Int32, started: String) {
        self.pid = pid
        self.started = started
    }

    /// This process. Nil where /proc does not say (not Linux, or a /proc not mounted again for
    /// this PID namespace): then nothing is recorded, and a shift without a process is never
    /// judged gone.
    public static func current() -> ConsoleProcess? { running(pid: getpid()) }

    /// The process running as `pid` now; nil when there is none or only its zombie is left.
    public static func running(pid: Int32) -> ConsoleProcess? {
        guard let host = ConsoleHost.this, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // "pid (name) state ..." : the name may hold spaces and parentheses, so count fields after
        // the last ")"; they start at field 3 (the state), and the start time is field 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X" else { return nil }
        return ConsoleProcess(pid: pid, started: host + ":" + fields[19])
    }

    /// True while this very process runs, not merely some process with its pid.
    public var isRunning: Bool { Self.running(pid: pid) == self }

    /// True when the process was named on this host (this boot, this PID namespace): only then
    /// can its pid be checked.
    public var isOnThisHost: Bool { ConsoleHost.this.map { host == $0 } ?? false }

    /// True when the process surely no longer runs, as far as this host can tell without a lease:
    /// named here and not running, or named in another boot (the machine restarted since, or
    /// another machine). A process in another PID namespace of this boot (a container) cannot be
    /// seen from here, so it is never judged gone by its pid.
    public var hasSurelyStopped: Bool {
        if isOnThisHost { return !isRunning }
        return ConsoleHost.thisBoot.map { host.prefix { $0 != "/" } != $0 } ?? false
    }

    /// The host part of `started`: everything before the last colon.
    private var host: Substring { started.lastIndex(of: ":").map { started[..<$0] } ?? "" }
}
