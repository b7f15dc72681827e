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
    @OptionGroup var console: ConsoleOptions

    func execute() throws {
        let launch = try ConsoleLaunch(console, config: config)
        let store = try database.openDatabase(creating: database.isDefaultLocation)   // the documented first run
        try launch.run(store: store, agentName: console.agentName, clock: SystemClock())
    }
}
