import ArgumentParser

/// `frontline console`: the agent's full-screen console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Open the agent console.")

    func run() throws {}
}
