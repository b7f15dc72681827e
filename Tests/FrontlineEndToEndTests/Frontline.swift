import Foundation

/// The `frontline` binary that `swift test` built beside the test bundle, run against one database.
struct FrontlineBinary {
    let databasePath: String

    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["FRONTLINE_BIN"] { return URL(fileURLWithPath: path) }
        // The test bundle and the executable are built into the same folder.
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline")
    }

    /// Runs a command to completion and returns what it printed.
    @discardableResult
    func run(_ arguments: String...) throws -> String { try run(arguments) }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try TmuxSession.run(Self.url.path, arguments + ["--db", databasePath])
    }

    /// The console command line for a tmux session.
    func consoleCommand(agent: String, extra: [String] = []) -> [String] {
        [Self.url.path, "--db", databasePath, "--agent", agent] + extra
    }
}
