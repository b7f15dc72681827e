import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineTerminal

/// `frontline console`: the agent's full-screen console.
struct ConsoleCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the agent console (the default command).",
        discussion: "Press ? inside the console for every key. NO_COLOR=1 gives a monochrome screen."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions

    @Option(help: "Your agent login name. Default: your login name.")
    var agent: String?

    @Option(help: "Colour theme: default, light, high-contrast, monochrome, or the path of a .toml theme file.")
    var theme: String = "default"

    @Option(help: "The console's language: en, zh-Hans or ko. Default: from LC_ALL, LC_MESSAGES or LANG.")
    var lang: String?

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        let language: ConsoleLanguage
        if let lang {
            guard let chosen = ConsoleLanguage(code: lang) else { throw CommandFailure.usage("--lang \(lang) is not one the console speaks; use en, zh-Hans or ko") }
            language = chosen
        } else {
            language = ConsoleLanguage(environment: environment)
        }
        let chosenTheme: Theme
        do {
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            chosenTheme = try Theme.load(named: theme, searchPaths: Theme.searchPaths(executablePath: executable, environment: environment))
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        // Options are checked first: a wrong flag is a usage error, terminal or not.
        guard terminalIsInteractive() else {
            throw CommandFailure.failure("the console needs a terminal; run it in one, or use 'frontline queue' in scripts")
        }
        let settings = try config.load()
        let policy = settings.policy
        // The shipped phrases and wording rules, with the team's and the agent's own files over them.
        let phrasebook: Phrasebook
        let wording: WordingGuard
        do {
            phrasebook = try PhrasebookSources().load()
            wording = try WordingFile.inEffect()
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.description)
        }
        let store = try database.openDatabase()
        let agentName = agent ?? environment["USER"] ?? NSUserName()
        let useColor = (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(theme: chosenTheme, useColor: useColor)
        } catch {
            throw CommandFailure.failure("\(error)")
        }
        defer { terminal.shutdown() }
        // A closed window or a kill ends the loop cleanly; every change is already saved.
        signal(SIGTERM) { _ in ConsoleRunner.stopRequested = 1 }
        signal(SIGHUP) { _ in ConsoleRunner.stopRequested = 1 }
        let runner: ConsoleRunner
        do {
            runner = try ConsoleRunner(terminal: terminal, database: store, clock: SystemClock(), agentName: agentName, policy: policy,
                                       rules: settings.agentRules, phrasebook: phrasebook, wording: wording, text: language.text,
                                       companions: [Router(database: store, rules: settings.agentRules, policy: policy)])
        } catch {
            terminal.shutdown()
            throw CommandFailure.failure("\(error)")
        }
        runner.run()
    }
}
