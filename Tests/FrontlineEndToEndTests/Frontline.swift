import Foundation

/// The `frontline` binary that `swift test` built beside the test bundle, run against one database.
struct FrontlineBinary {
    let databasePath: String

    /// The binary's environment in tests: the C.UTF-8 locale, and XDG folders of its own, so the
    /// phrases, wording rules and policy of whoever runs the tests cannot change what the tests see.
    static let environment: [String: String] = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-e2e-home-\(UUID().uuidString)")
        return ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
                "XDG_DATA_HOME": root.appendingPathComponent("data").path]
    }()

    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["FRONTLINE_BIN"] { return URL(fileURLWithPath: path) }
        // The test bundle and the executable are built into the same folder.
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline")
    }

    /// True when another user can run the binary (every folder on its path is open to them):
    /// the tests that act as a second operating-system user need that, and skip without it.
    static func isRunnable(byUser uid: uid_t, group gid: gid_t) -> Bool {
        let result = try? ProcessResult.run("/usr/bin/setpriv", ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", url.path, "keys"])
        return result?.status == 0
    }

    /// Runs a command to completion and returns what it printed.
    @discardableResult
    func run(_ arguments: String...) throws -> String { try run(arguments) }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try ProcessResult.frontline(arguments + ["--db", databasePath])
        guard result.status == 0 else { throw CommandError(status: result.status, stderr: result.stderr) }
        return result.stdout
    }

    /// A policy file that switches routing off, so that contacts wait until an agent takes them.
    static let pullOnlyConfig: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-e2e-pull-only-\(UUID().uuidString).toml").path
        FileManager.default.createFile(atPath: path, contents: Data("[agents]\nrouting = false\n".utf8))
        return path
    }()

    /// The console command line for a tmux session, worked for `agent` by the user running the
    /// tests (who created the database, so is its supervisor). The agent is put on the roster
    /// first, as a supervisor does with `agents add`: a console logs in only an agent who exists.
    /// Consoles take work with `n` unless `routing` (or their own `--config`) lets calls ring them
    /// and chats come to them.
    func consoleCommand(agent: String, extra: [String] = [], routing: Bool = false) -> [String] {
        _ = try? ProcessResult.frontline(["agents", "add", agent, "--db", databasePath])   // already there is fine
        let pullOnly = routing || extra.contains("--config") ? [] : ["--config", Self.pullOnlyConfig]
        return [Self.url.path, "--db", databasePath, "--agent", agent] + pullOnly + extra
    }
}
