import ArgumentParser
import Foundation
import FrontlineConsole
import FrontlineCore
import FrontlineStoreAPI
import FrontlineTerminal

/// `frontline supervise`: the supervisor's live wallboard.
struct SuperviseCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise",
        abstract: "Open the supervisor's live wallboard: channels, alerts, agents, abandoned calls, complaints.",
        discussion: """
            Only a supervisor may open it: you, as the agent named as your login name on this computer \
            (a supervisor makes another one with 'frontline agents set NAME --role supervisor'). What you \
            do on it is recorded as yours. Every change made by any console shows within a second. \
            --large draws the key figures in big type for a wall screen.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var screen: ScreenOptions

    @Flag(help: "Large type for a wall screen (L switches inside).")
    var large = false

    func execute() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = try screen.language(environment: environment)
        let theme = try screen.loadTheme(environment: environment)
        let settings = try config.load()
        let store = try database.openDatabase()
        // Checked before the terminal is taken over, so the refusal is a plain line on stderr.
        // The board acts as the person running it: there is no one else to act for on it.
        let supervisor = try ActingOptions.resolve(nil, in: store).person
        do {
            try Authority.require(.openWallboard, by: supervisor)
        } catch let refusal as AuthorityRefusal {
            throw CommandFailure.badData(refusal.description)
        }
        guard terminalIsInteractive() else {
            throw CommandFailure.failure("the wallboard needs a terminal; run it in one, or use 'frontline stats' and 'frontline agents' in scripts")
        }
        let terminal = try ScreenOptions.openTerminal(theme, environment: environment)
        defer { terminal.shutdown() }
        StopFlag.installSignalHandlers()
        let clock = SystemClock(), size = terminal.size
        let board = WallboardProgram(database: store, clock: clock, supervisor: supervisor, policy: settings.policy,
                                     rules: settings.agentRules, text: language.wallboardText, large: large,
                                     width: size.width, height: size.height)
        ProgramLoop(program: board, terminal: terminal, feed: store, clock: clock).run()
    }
}
