import Foundation
import FrontlineTestSupport

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

    /// Runs a program to completion (see `SpawnedProgram`: never Foundation's `Process`).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
        do {
            let run = try SpawnedProgram.run(executable, arguments, environment: environment)
            return ProcessResult(status: run.status, stdout: run.stdout, stderr: run.stderr)
        } catch let error as SpawnedProgram.CannotStart {
            throw CommandError(status: 1, stderr: error.description)
        }
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
