import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of the `frontline` binary did: its exit status and everything it printed.
/// Unlike `TmuxSession.run`, a failing exit is a result to check, not an error.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `frontline` with `arguments` as given (no `--db` added), stdin from /dev/null
    /// so that it never inherits the terminal `swift test` was started from.
    static func frontline(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        var env = ProcessInfo.processInfo.environment
        env["FRONTLINE_DB"] = nil
        env.merge(FrontlineBinary.environment) { $1 }
        for (key, value) in environment { env[key] = value }
        return try run(FrontlineBinary.url.path, arguments, environment: env)
    }

    /// Runs a program to completion with `posix_spawn` and `waitpid`. Foundation's `Process`
    /// is not used: when the child starts a daemon (the first `tmux new-session` starts the
    /// tmux server), the daemon inherits descriptors that `Process` watches, and
    /// `waitUntilExit` never returns. Output goes through temporary files for the same reason.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
        let folder = FileManager.default.temporaryDirectory
        let outputPath = folder.appendingPathComponent("frontline-out-\(UUID().uuidString)").path
        let errorPath = folder.appendingPathComponent("frontline-err-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw CommandError(status: spawned, stderr: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessResult(status: exitStatus,
                             stdout: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
                             stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self))
    }
}

extension FrontlineBinary {
    /// Runs a command against this database and returns the result whatever the exit status.
    func result(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessResult.frontline(arguments + ["--db", databasePath], environment: environment)
    }

    /// An ISO 8601 time `seconds` ago, as `--at` takes it.
    static func ago(_ seconds: TimeInterval) -> String {
        ISO8601DateFormatter().string(from: Date().addingTimeInterval(-seconds))
    }
}
