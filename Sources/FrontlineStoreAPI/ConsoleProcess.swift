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
    /// Read with plain open/read into a buffer on the stack: on PostgreSQL every console looks at
    /// this host's late consoles on every beat.
    public static func running(pid: Int32) -> ConsoleProcess? {
        guard let host = ConsoleHost.this else { return nil }
        let file = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer -> ConsoleProcess? in
            let count = read(file, buffer.baseAddress, buffer.count)
            guard count > 0 else { return nil }
            let stat = UnsafeBufferPointer(rebasing: buffer[0..<count])
            // "pid (name) state ..." : the name may hold spaces and parentheses, so count fields
            // after the last ")"; they start at field 3 (the state), and the start time is field 22.
            guard let close = stat.lastIndex(of: UInt8(ascii: ")")) else { return nil }
            let fields = stat[(close + 1)...].split(separator: UInt8(ascii: " "), maxSplits: 20)
            guard fields.count > 19, let state = fields[0].first, state != UInt8(ascii: "Z"), state != UInt8(ascii: "X") else { return nil }
            return ConsoleProcess(pid: pid, started: host + ":" + String(decoding: fields[19], as: UTF8.self))
        }
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
