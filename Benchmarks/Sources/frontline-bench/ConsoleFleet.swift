import Foundation
import Glibc

/// Many consoles, one agent each, each on a terminal of its own (120×40), on one database file.
final class ConsoleFleet {
    let terminals: [PseudoTerminal]
    let agents: [String]

    /// Starts them one after another, each waiting for its first frame, so start-up work (which
    /// is not what is measured) does not pile up on two cores.
    init(frontline: String, floor: SharedFloor, count: Int) throws {
        var started: [PseudoTerminal] = []
        agents = Array(floor.agents.prefix(count))
        for agent in agents {
            let terminal = try PseudoTerminal(frontline, ["--db", floor.database, "--agent", agent, "--lang", "en"],
                                              environment: floor.environment)
            started.append(terminal)
            guard terminal.waitFor(ConsoleBenchmarks.lastDrawn) != nil else {
                started.forEach { $0.stop() }
                throw BenchError("console \(agent) drew no first frame; it printed:\n\(terminal.text.suffix(2000))")
            }
        }
        terminals = started
    }

    /// CPU seconds each console has used so far (user + system, from the scheduler's nanoseconds).
    func cpu() throws -> [Double] {
        try terminals.map {
            guard let seconds = ProcStat.onCPUSeconds($0.pid) else { throw BenchError("console \($0.pid) is gone") }
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

    func stop() { terminals.forEach { $0.stop() } }
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
