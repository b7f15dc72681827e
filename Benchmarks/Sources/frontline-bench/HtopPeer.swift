import Foundation
import Glibc

/// `htop -d 10` (redrawing every second) on a terminal of its own: the idle benchmark's peer.
/// htop's work grows with the processes it lists (it reads /proc for each, every second), so
/// on a shared machine its CPU moves with everyone else's builds: 0.09 s a minute on a quiet
/// machine, 0.55 s with a few compilers and 20 consoles around. `alone` runs it in a PID
/// namespace of its own (`unshare -p -f --mount-proc`, needs root), where it lists only itself:
/// a bar that stays put, about what htop costs on a quiet machine.
struct HtopPeer {
    let terminal: PseudoTerminal
    /// The htop process itself (under `unshare`, its child).
    let pid: pid_t
    let alone: Bool

    static func start(alone: Bool, environment: [String: String]) throws -> HtopPeer {
        guard alone else {
            let terminal = try PseudoTerminal("/usr/bin/htop", ["-d", "10"], environment: environment)
            return HtopPeer(terminal: terminal, pid: terminal.pid, alone: false)
        }
        let terminal = try PseudoTerminal("/usr/bin/unshare", ["-p", "-f", "--mount-proc", "/usr/bin/htop", "-d", "10"],
                                          environment: environment)
        let deadline = monotonic() + 5
        while monotonic() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(terminal.pid)/task/\(terminal.pid)/children", encoding: .utf8)) ?? ""
            if let child = children.split(separator: " ").first.flatMap({ pid_t($0) }) {
                return HtopPeer(terminal: terminal, pid: child, alone: true)
            }
            usleep(10_000)
        }
        terminal.stop()
        throw BenchError("htop did not start under unshare")
    }

    /// Whether this machine lets us make a PID namespace (root, and no seccomp rule against it).
    static var canRunAlone: Bool {
        (try? Spawn.start("/usr/bin/unshare", ["-p", "-f", "--mount-proc", "/bin/true"], environment: [:]).waitStatus) == 0
    }

    func stop() { terminal.stop() }
}
