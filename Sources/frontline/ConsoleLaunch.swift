import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import FrontlineTerminal

/// What opening the full-screen console takes, shared by `frontline console` and `frontline demo`:
/// options are checked first (a wrong flag is a usage error, terminal or not), then who is acting
/// (`identify`: a name that is no agent is bad data, terminal or not), then the terminal, the
/// policy, the phrases and the wording rules.
struct ConsoleLaunch {
    let language: ConsoleLanguage
    let theme: Theme
    let policy: SLAPolicy
    /// Agent states and routing, from config.toml's [agents].
    let rules: AgentStateRules
    let phrasebook: Phrasebook
    let wording: WordingGuard

    init(_ screen: ScreenOptions, config: ConfigOptions, identify: () throws -> Void = {}) throws {
        let environment = ProcessInfo.processInfo.environment
        language = try screen.language(environment: environment)
        theme = try screen.loadTheme(environment: environment)
        try identify()
        guard terminalIsInteractive() else {
            throw CommandFailure.failure("the console needs a terminal; run it in one, or use 'frontline queue' in scripts")
        }
        let settings = try config.load()
        policy = settings.policy
        rules = settings.agentRules
        // The shipped phrases and wording rules, with the team's and the agent's own files over them.
        do {
            phrasebook = try PhrasebookSources().load()
            wording = try WordingFile.inEffect()
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.description)
        }
    }

    /// Runs the console until the agent quits (or a signal ends it); the terminal is restored on return.
    /// The router runs beside every console, unless `rules` turn routing off; on PostgreSQL, the lease keeper too.
    /// `person` is the supervisor at the keyboard when they work the console for another agent.
    func run(store: any FrontlineStores, agentName: String, person: Agent? = nil, clock: Clock, rules: AgentStateRules? = nil,
             companions: [ConsoleCompanion] = []) throws {
        let rules = rules ?? self.rules
        let terminal = try ScreenOptions.openTerminal(theme, environment: ProcessInfo.processInfo.environment)
        defer { terminal.shutdown() }
        // A closed window or a kill ends the loop cleanly (logging out); every change is already saved.
        StopFlag.installSignalHandlers()
        // Consoles on many hosts (PostgreSQL) show they still run by renewing a lease.
        let leaseKeeper = ConsoleLeaseKeeper(database: store, agent: agentName, rules: rules, policy: policy, clock: clock)
        defer { leaseKeeper?.stop() }
        let runner = ConsoleRunner(terminal: terminal, database: store, clock: clock, agentName: agentName, person: person, policy: policy,
                                   rules: rules, phrasebook: phrasebook, wording: wording, text: language.text,
                                   companions: [Router(database: store, rules: rules, policy: policy)] + companions,
                                   unsentFile: UnsentWorkFile(agent: agentName, database: store.path))
        runner.run()
        if let failure = runner.loginFailure {
            terminal.shutdown()
            throw CommandFailure.failure(failure)
        }
    }
}
