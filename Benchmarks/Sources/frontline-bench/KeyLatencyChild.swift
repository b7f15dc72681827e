import Foundation
import FrontlineConsole
import FrontlineCore
import FrontlinePostgres
import FrontlineScreen
import FrontlineStore
import FrontlineStoreAPI
import FrontlineTerminal

/// Runs inside a pseudo-terminal: the real console loop (`ConsoleRunner`) over the real
/// `NcursesTerminal`, with key presses handed to the loop by a wrapper that times each one
/// from the moment the loop receives it to the moment its frame has been written to the
/// terminal (update, effects and their store reads, render, curses diff and output).
/// Writes one line per key to `output`: wall seconds, CPU seconds of the loop's thread, and the script's part.
enum KeyLatencyChild {
    static func run(database: String, output: String, rounds: Int) throws {
        // A postgres:// URL measures the PostgreSQL store, as `frontline console --db URL` opens it.
        let store: any ConsoleStore = try PostgresLocation.isURL(database)
            ? PostgresStore.open(PostgresLocation(url: database, defaultUser: NSUserName()))
            : AppDatabase.open(path: database)
        let terminal = TimingTerminal(inner: try NcursesTerminal(theme: .builtinDefault, useColor: true), rounds: rounds)
        let runner = try ConsoleRunner(terminal: terminal, database: store, clock: SystemClock(), agentName: "bench")
        terminal.runner = runner
        runner.run()
        terminal.inner.shutdown()
        let lines = terminal.latencies.map { "\($0.wall) \($0.cpu) \($0.part)" }.joined(separator: "\n")
        try lines.write(toFile: output, atomically: true, encoding: .utf8)
    }
}

/// Feeds the key script and times each key to its presented frame.
final class TimingTerminal: Terminal {
    let inner: NcursesTerminal
    weak var runner: ConsoleRunner?
    private(set) var latencies: [(wall: Double, cpu: Double, part: String)] = []
    private var script: [(key: KeyPress, part: String)]?
    private var part = ""
    private var measuring = false
    private var pressedAt: (wall: Double, cpu: Double)?
    private let rounds: Int

    init(inner: NcursesTerminal, rounds: Int) {
        self.inner = inner
        self.rounds = rounds
    }

    var size: (width: Int, height: Int) { inner.size }

    func present(_ buffer: ScreenBuffer) {
        inner.present(buffer)
        if let pressedAt, measuring { latencies.append((monotonic() - pressedAt.wall, threadCPU() - pressedAt.cpu, part)) }
        pressedAt = nil
    }

    func nextEvent(timeout: Double?) -> TerminalEvent? {
        if script == nil, let state = runner?.state { script = Self.script(for: state, rounds: rounds) }
        guard var keys = script, !keys.isEmpty else {
            ConsoleRunner.stopRequested = 1   // whatever mode the script left it in
            return nil
        }
        let (key, part) = keys.removeFirst()
        script = keys
        // The setup moves are not measured; the first measured key follows them.
        if key == .function(12) { measuring = true; return nextEvent(timeout: timeout) }
        self.part = part
        pressedAt = (monotonic(), threadCPU())
        return .key(key)
    }

    func shutdown() {}

    /// Walk the selection to the contact with the longest transcript (unmeasured), then, per
    /// round: hop off it and back 20 times (each hop reads a customer file and up to 200
    /// messages), scroll its transcript in the customer pane, and type a phrase filter.
    /// Each key carries the name of its part, for the per-part figures.
    static func script(for state: AppState, rounds: Int) -> [(key: KeyPress, part: String)] {
        let written = state.queue.entries.enumerated().filter { $0.element.contact.channel.isWritten }
        let target = written.min { ($0.element.contact.id ?? 0) < ($1.element.contact.id ?? 0) }?.offset ?? 0
        let current = state.queue.entries.firstIndex { $0.contact.id == state.queue.selectedContactId } ?? 0
        var keys = Array(repeating: (target >= current ? KeyPress.down : .up, "setup"), count: abs(target - current))
        keys.append((.function(12), "start"))   // start measuring
        for _ in 0..<rounds {
            for _ in 0..<20 { keys += [(.down, "hop"), (.up, "hop")] }
            keys.append((.tab, "focus"))   // queue → customer pane
            keys += Array(repeating: (.down, "scroll"), count: 20) + Array(repeating: (.up, "scroll"), count: 20)
            keys += [(.backTab, "focus"), (.char("/"), "filter")] + "refund".map { (.char($0), "filter") } + [(.escape, "filter")]
            keys += [(.backTab, "focus"), (.backTab, "focus")]   // phrases → customer → queue
        }
        return keys
    }
}
