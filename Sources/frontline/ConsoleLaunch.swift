import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import FrontlineTerminal

/// `--agent`, `--theme` and `--lang`, for every command that opens the console.
struct ConsoleOptions: ParsableArguments {
    @Option(help: "Your agent login name. Default: your login name.")
    var agent: String?

    @Option(help: "Colour theme: default, light, high-contrast, monochrome, or the path of a .toml theme file.")
    var theme: String = "default"

    @Option(help: "The console's language: en, zh-Hans or ko. Default: from LC_ALL, LC_MESSAGES or LANG.")
    var lang: String?

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
    let phrasebook: Phrasebook
    let wording: WordingGuard

    init(_ options: ConsoleOptions, config: ConfigOptions) throws {
        let lang = options.lang, name = options.theme
        let environment = ProcessInfo.processInfo.environment
        if let lang {
            guard let chosen = ConsoleLanguage(code: lang) else { throw CommandFailure.usage("--lang \(lang) is not one the console speaks; use en, zh-Hans or ko") }
            language = chosen
        } else {
            language = ConsoleLanguage(environment: environment)
        }
        do {
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            theme = try Theme.load(named: name, searchPaths: Theme.searchPaths(executablePath: executable, environment: environment))
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        guard terminalIsInteractive() else {
            throw CommandFailure.failure("the console needs a terminal; run it in one, or use 'frontline queue' in scripts")
        }
        policy = try config.load().policy
        // The shipped phrases and wording rules, with the team's and the agent's own files over them.
        do {
            phrasebook = try PhrasebookSources().load()
            wording = try WordingFile.inEffect()
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.description)
        }
    }

    /// Runs the console until the agent quits (or a signal ends it); the terminal is restored on return.
    func run(store: AppDatabase, agentName: String, clock: Clock, companions: [ConsoleCompanion] = []) throws {
        let useColor = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: theme, useColor: useColor)
        } catch {
            throw CommandFailure.failure("\(error)")
        }
        defer { terminal.shutdown() }
        // A closed window or a kill ends the loop cleanly; every change is already saved.
        signal(SIGTERM) { _ in ConsoleRunner.stopRequested = 1 }
        signal(SIGHUP) { _ in ConsoleRunner.stopRequested = 1 }
        let runner: ConsoleRunner
        do {
            runner = try ConsoleRunner(terminal: terminal, database: store, clock: clock, agentName: agentName, policy: policy,
                                       phrasebook: phrasebook, wording: wording, text: language.text, companions: companions)
        } catch {
            terminal.shutdown()
            throw CommandFailure.failure("\(error)")
        }
        runner.run()
    }
}
