import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import FrontlineTerminal

/// `--agent`, `--theme` and `--lang`, for every command that opens the console.
struct ConsoleOptions: ParsableArguments {
    @Option(help: "Your agent login name. Default: your login name.")
    var agent: String?

    @OptionGroup var screen: ScreenOptions

    /// `--agent`, else the login name.
    var agentName: String { agent ?? ProcessInfo.processInfo.environment["USER"] ?? NSUserName() }
}

/// What opening the full-screen console takes, shared by `frontline console` and `frontline demo`:
/// options are checked first (a wrong flag is a usage error, terminal or not), then the terminal,
/// the policy, the phrases and the wording rules.
struct ConsoleLaunch {
    let language: ConsoleLanguage
    let theme: Theme
    let policy: SLAPolicy
    /// Agent states and routing, from config.toml's [agents].
    let rules: AgentStateRules
    let phrasebook: Phrasebook
    let wording: WordingGuard

    init(_ options: ConsoleOptions, config: ConfigOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        language = try options.screen.language(environment: environment)
        theme = try options.screen.loadTheme(environment: environment)
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
    /// The router runs beside every console, unless `rules` turn routing off.
    func run(store: any FrontlineStores, agentName: String, clock: Clock, rules: AgentStateRules? = nil, companions: [ConsoleCompanion] = []) throws {
        let rules = rules ?? self.rules
        let terminal = try ScreenOptions.openTerminal(theme, environment: ProcessInfo.processInfo.environment)
        defer { terminal.shutdown() }
        // A closed window or a kill ends the loop cleanly (logging out); every change is already saved.
        StopFlag.installSignalHandlers()
        let runner = ConsoleRunner(terminal: terminal, database: store, clock: clock, agentName: agentName, policy: policy,
                                   rules: rules, phrasebook: phrasebook, wording: wording, text: language.text,
                                   companions: [Router(database: store, rules: rules, policy: policy)] + companions)
        runner.run()
        if let failure = runner.loginFailure {
            terminal.shutdown()
            throw CommandFailure.failure(failure)
        }
    }
}
