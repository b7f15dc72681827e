import Foundation

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
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        return try run(FrontlineBinary.url.path, arguments, environment: env)
    }

    /// Runs a program to completion. Output goes through temporary files, not pipes: the tmux
    /// server that a first `new-session` starts inherits the child's descriptors and would hold
    /// a pipe open forever, and a file can never fill up and stall the child.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let folder = FileManager.default.temporaryDirectory
        let outputURL = folder.appendingPathComponent("frontline-out-\(UUID().uuidString)")
        let errorURL = folder.appendingPathComponent("frontline-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             stdout: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
                             stderr: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
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
