import ArgumentParser
import FrontlineConsole

/// `frontline keys`: the console's key table as Markdown, the same table the `?` overlay shows.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the console's keys as a Markdown table (as the README shows them)."
    )

    @Flag(help: "The wallboard's keys ('frontline supervise') instead of the console's.")
    var wallboard = false

    func run() {
        print(wallboard ? WallboardBindings.markdown() : KeyBindings.markdown(), terminator: "")
    }
}
