import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlineScreen

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
        let launch = try ConsoleLaunch(lang: lang, theme: theme, config: config)
        let store = try database.openDatabase()
        try launch.run(store: store, agentName: ConsoleLaunch.agentName(agent), clock: SystemClock())
    }
}
