import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// `frontline console`: the agent's full-screen console.
struct ConsoleCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the agent console (the default command).",
        discussion: """
            You work as the agent named as your login name on this computer (the first person to open \
            a new database becomes its first agent, a supervisor). Press ? inside the console for every \
            key. NO_COLOR=1 gives a monochrome screen.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var config: ConfigOptions
    @OptionGroup var acting: ActingOptions
    @OptionGroup var screen: ScreenOptions

    func execute() throws {
        var store: (any FrontlineStores)?
        var person: Acting?
        let launch = try ConsoleLaunch(screen, config: config) {
            let opened = try database.openDatabase(creating: database.isDefaultLocation)   // the documented first run
            store = opened
            person = try acting.resolve(in: opened)
        }
        guard let store = store, let acting = person else { return }
        try launch.run(store: store, agentName: acting.agent.name, person: acting.isOnBehalf ? acting.person : nil, clock: SystemClock())
    }
}
