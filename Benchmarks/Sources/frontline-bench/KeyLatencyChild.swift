import Foundation
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import FrontlineTerminal

/// Runs inside a pseudo-terminal: the real console loop (`ConsoleRunner`) over the real
/// `NcursesTerminal`, with key presses handed to the loop by a wrapper that times each one
/// from the moment the loop receives it to the moment its frame has been written to the
/// terminal (update, effects and their store reads, render, curses diff and output).
/// Writes one latency in seconds per line to `output`.
enum KeyLatencyChild {
    static func run(database: String, output: String, rounds: Int) throws {
        let store = try AppDatabase.open(path: database)
        let terminal = TimingTerminal(inner: try NcursesTerminal(theme: .builtinDefault, useColor: true), rounds: rounds)
        let runner = try ConsoleRunner(terminal: terminal, database: store, clock: SystemClock(), agentName: "bench")
        terminal.runner = runner
        runner.run()
        terminal.inner.shutdown()
        let lines = terminal.latencies.map { String($0) }.joined(separator: "\n")
        try lines.write(toFile: output, atomically: true, encoding: .utf8)
    }
}

/// Feeds the key script and times each key to its presented frame.
final class TimingTerminal: Terminal {
    let inner: NcursesTerminal
    weak var runner: ConsoleRunner?
    private(set) var latencies: [Double] = []
    private var script: [KeyPress]?
    private var measuring = false
    private var pressedAt: Double?
    private let rounds: Int

    init(inner: NcursesTerminal, rounds: Int) {
        self.inner = inner
        self.rounds = rounds
    }

    var size: (width: Int, height: Int) { inner.size }

    func present(_ buffer: ScreenBuffer) {
        inner.present(buffer)
        if let pressedAt, measuring { latencies.append(monotonic() - pressedAt) }
        pressedAt = nil
    }

    func nextEvent(timeout: Double?) -> TerminalEvent? {
        if script == nil, let state = runner?.state { script = Self.script(for: state, rounds: rounds) }
        guard var keys = script, !keys.isEmpty else {
            ConsoleRunner.stopRequested = 1   // whatever mode the script left it in
            return nil
        }
        let key = keys.removeFirst()
        script = keys
        // The setup moves are not measured; the first measured key follows them.
        if key == .function(12) { measuring = true; return nextEvent(timeout: timeout) }
        pressedAt = monotonic()
        return .key(key)
    }

    func shutdown() {}

    /// Walk the selection to the contact with the longest transcript (unmeasured), then, per
    /// round: hop off it and back 20 times (each hop reads a customer file and up to 200
    /// messages), scroll its transcript, and type a phrase filter.
    static func script(for state: AppState, rounds: Int) -> [KeyPress] {
        let written = state.entries.enumerated().filter { $0.element.contact.channel.isWritten }
        let target = written.min { ($0.element.contact.id ?? 0) < ($1.element.contact.id ?? 0) }?.offset ?? 0
        let current = state.entries.firstIndex { $0.contact.id == state.selectedContactId } ?? 0
        var keys = Array(repeating: target >= current ? KeyPress.down : .up, count: abs(target - current))
        keys.append(.function(12))   // start measuring
        for _ in 0..<rounds {
            for _ in 0..<20 { keys += [.down, .up] }
            keys.append(.tab)   // the customer pane: scroll the transcript
            keys += Array(repeating: .down, count: 20) + Array(repeating: .up, count: 20)
            keys += [.backTab, .char("/")] + "refund".map { .char($0) } + [.escape]
        }
        return keys
    }
}
