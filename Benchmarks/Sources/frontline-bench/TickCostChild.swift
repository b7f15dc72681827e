import Foundation
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import FrontlineTerminal

/// `frontline-bench ticks`: what one idle second costs the console, part by part, without the
/// noise of a 60 s window on a shared machine. Runs inside a terminal (a pseudo-terminal or
/// `script`): the real program and the real `NcursesTerminal` on the console database; the loop
/// is started (log-in, first frame), then the clock is stepped a second at a time and each step's
/// tick (update and the work it asks for), frame (`view`) and present are timed in this thread's
/// CPU time. Writes microseconds per second: median and mean of each part.
enum TickCostChild {
    static func run(database: String, ticks: Int, output: String) throws {
        let store = try AppDatabase.open(path: database)
        let terminal = try NcursesTerminal(theme: .builtinDefault, useColor: true)
        let clock = ManualClock(Date())
        let runner = ConsoleRunner(terminal: terminal, database: store, clock: clock, agentName: "bench")
        runner.loop.start()
        let program = runner.program
        var tick: [Double] = [], frame: [Double] = [], present: [Double] = []
        for _ in 0..<ticks {
            clock.advance(by: 1)
            let t0 = threadCPU()
            var pending = [program.tick(clock.now)]
            while !pending.isEmpty {
                for work in program.update(pending.removeFirst()) { pending += program.perform(work) }
            }
            let t1 = threadCPU()
            let buffer = program.view()
            let t2 = threadCPU()
            terminal.present(buffer)
            let t3 = threadCPU()
            tick.append(t1 - t0); frame.append(t2 - t1); present.append(t3 - t2)
        }
        runner.loop.finish()
        terminal.shutdown()
        func line(_ name: String, _ values: [Double]) -> String {
            let sample = Sample(values)
            return name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: " median %7.1f µs  mean %7.1f µs", sample.median * 1e6, sample.mean * 1e6)
        }
        let total = zip(zip(tick, frame), present).map { $0.0 + $0.1 + $1 }
        try ([line("tick", tick), line("frame", frame), line("present", present), line("total", total)].joined(separator: "\n") + "\n")
            .write(toFile: output, atomically: true, encoding: .utf8)
    }
}
