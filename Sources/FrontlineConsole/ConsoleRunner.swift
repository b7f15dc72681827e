import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The agent console on the program loop: what `frontline console`, `frontline demo` and the
/// benchmarks start. Log-in is the console's first effect; a stop (a signal) logs out.
public final class ConsoleRunner {
    public let program: ConsoleProgram
    public let loop: ProgramLoop<ConsoleProgram>

    public var state: AppState { program.state }

    /// Why the console could not start (the log-in failed), once `run` has returned.
    public var loginFailure: String? { program.state.shift.loginFailure }

    /// The process's one stop flag, which SIGTERM and SIGHUP set (`StopFlag.signals`).
    public static var stopRequested: Int32 {
        get { StopFlag.signals.isRequested ? 1 : 0 }
        set { if newValue != 0 { StopFlag.signals.request() } }
    }

    public init(terminal: Terminal, database: any ConsoleStore, clock: Clock, agentName: String, person: Agent? = nil,
                policy: SLAPolicy = .standard, rules: AgentStateRules = .standard, phrasebook: Phrasebook = .shipped,
                wording: WordingGuard = .shipped, text: any ConsoleText = EnglishText(), companions: [ConsoleCompanion] = [],
                stop: StopFlag = .signals, unsentFile: UnsentWorkFile? = nil) {
        let size = terminal.size
        program = ConsoleProgram(database: database, clock: clock, agentName: agentName, person: person, policy: policy, rules: rules,
                                 phrasebook: phrasebook, wording: wording, text: text, width: size.width, height: size.height,
                                 companions: companions, unsentFile: unsentFile)
        loop = ProgramLoop(program: program, terminal: terminal, feed: database, clock: clock, stop: stop)
    }

    public func run() {
        loop.run()
    }
}
