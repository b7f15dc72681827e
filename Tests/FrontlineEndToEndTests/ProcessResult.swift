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
        let process = Process()
        process.executableURL = FrontlineBinary.url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["FRONTLINE_DB"] = nil
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read stderr beside stdout so that neither pipe can fill up and stall the child.
        var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
                             stderr: String(decoding: errorData, as: UTF8.self))
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
