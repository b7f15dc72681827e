import Foundation
import FrontlineTestSupport
import Glibc

/// Many consoles, one agent each, each on a terminal of its own (120×40), on one database
/// (a file, or a PostgreSQL server's URL).
final class ConsoleFleet {
    let terminals: [PseudoTerminal]
    let agents: [String]
    /// Each console's process: the terminal's, or under `TestHosts.command` nsenter's child.
    let consoles: [pid_t]

    /// Starts them one after another, each waiting for its first frame, so start-up work (which
    /// is not what is measured) does not pile up on two cores. `database` overrides the floor's
    /// (the URL as a host sees it); `host(i)` is the command prefix that runs console i on its host.
    init(frontline: String, floor: SharedFloor, count: Int, agents from: Int = 0, database: String? = nil,
         host: ((Int) -> [String])? = nil) throws {
        var started: [PseudoTerminal] = [], pids: [pid_t] = []
        agents = Array(floor.agents.dropFirst(from).prefix(count))
        for (index, agent) in agents.enumerated() {
            let argv = (host?(index) ?? []) + [frontline, "--db", database ?? floor.database, "--agent", agent, "--lang", "en"]
            let terminal = try PseudoTerminal(argv[0], Array(argv.dropFirst()), environment: floor.environment)
            started.append(terminal)
            let console: pid_t? = host == nil ? terminal.pid : TestHosts.child(of: terminal.pid)
            guard let console, terminal.waitFor(ConsoleBenchmarks.lastDrawn) != nil else {
                started.forEach { $0.stop() }
                throw BenchError("console \(agent) drew no first frame; it printed:\n\(terminal.text.suffix(2000))")
            }
            pids.append(console)
        }
        terminals = started
        consoles = pids
    }

    /// CPU seconds each console has used so far (user + system, from the scheduler's nanoseconds).
    func cpu() throws -> [Double] {
        try consoles.map {
            guard let seconds = ProcStat.onCPUSeconds($0) else { throw BenchError("console \($0) is gone") }
            return seconds
        }
    }

    /// CPU each console used over `seconds` of wall time from now.
    func cpu(over seconds: Double) throws -> [Double] {
        let before = try cpu()
        sleepSeconds(seconds)
        return zip(try cpu(), before).map { $0 - $1 }
    }

    /// Lines of any console's output that mention a locked or busy database.
    func lockMessages() -> [String] {
        zip(agents, terminals).flatMap { agent, terminal in
            LockScan.hits(in: terminal.text).map { "\(agent): \($0)" }
        }
    }

    /// A console under nsenter is ended first itself (nsenter passes no signal on).
    func stop() {
        for (terminal, console) in zip(terminals, consoles) where console != terminal.pid { kill(console, SIGTERM) }
        terminals.forEach { $0.stop() }
    }
}

/// What SQLite contention looks like from outside: Frontline's own message for SQLITE_BUSY and
/// SQLITE_LOCKED ("… is locked by another program …"), or SQLite's ("database is locked").
enum LockScan {
    static let patterns = ["locked", "busy", "SQLITE_BUSY"]

    /// The bits of `text` around each hit (case-sensitive "busy", as the header's agent state
    /// is "Busy").
    static func hits(in text: String) -> [String] {
        var found: [String] = []
        for pattern in patterns {
            var from = text.startIndex
            while let range = text.range(of: pattern, range: from..<text.endIndex) {
                let lower = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
                let upper = text.index(range.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex
                found.append(String(text[lower..<upper]).replacingOccurrences(of: "\u{1b}", with: "␛"))
                from = range.upperBound
            }
        }
        return found
    }
}
