import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a program to completion: its exit status and everything it printed.
public struct SpawnedProgram {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public struct CannotStart: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs a program with `posix_spawn` and `waitpid`, stdin from /dev/null. Foundation's `Process`
    /// is not used: when the child starts a daemon (tmux's server, a PostgreSQL server), the daemon
    /// inherits descriptors that `Process` watches, and `waitUntilExit` never returns. Output goes
    /// through temporary files for the same reason.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> SpawnedProgram {
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
        guard spawned == 0 else { throw CannotStart(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return SpawnedProgram(status: exitStatus,
                              stdout: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
                              stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self))
    }
}
