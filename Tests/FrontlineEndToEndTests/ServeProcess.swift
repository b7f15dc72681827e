import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A running `frontline serve`, its stderr in a file.
struct ServeProcess {
    var pid: pid_t
    var errorPath: String
    var address: String

    var log: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }
    var base: String { "http://\(address)" }

    /// Sends `signal` and returns the exit status once it has stopped.
    func stop(_ signal: Int32) -> Int32 {
        kill(pid, signal)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

/// The Python webhook receiver the worker's tests use (Tests/FrontlineConnectorsTests/webhook_receiver.py):
/// checks signatures with Python's hmac and writes each request as a JSON line.
final class WebhookReceiverProcess {
    let process = Process()
    let logPath: String
    let port: Int

    struct Received: Decodable, Equatable {
        var seq: Int64
        var contact_id: Int64?
        var kind: String
        var message_id: Int64?
        var valid: Bool
        var status: Int
    }

    init(secret: String, logPath: String, port: Int = 0) throws {
        self.logPath = logPath
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FrontlineConnectorsTests/webhook_receiver.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, secret, logPath] + (port == 0 ? [] : [String(port)])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let chosen = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw XCTSkip("the webhook receiver did not start: '\(line)'")
        }
        self.port = chosen
    }

    var url: String { "http://127.0.0.1:\(port)/hook" }

    func received() throws -> [Received] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Received.self, from: Data($0.utf8)) }
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

extension EndToEndCase {
    func startServer(_ listen: String, extra: [String] = []) throws -> ServeProcess {
        let errorPath = folder.appendingPathComponent("serve-\(UUID().uuidString).log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var environment = ProcessInfo.processInfo.environment
        environment["FRONTLINE_DB"] = nil
        environment.merge(FrontlineBinary.environment) { $1 }
        let executable: String = FrontlineBinary.url.path
        let words: [String] = [executable, "serve", "--listen", listen, "--db", frontline.databasePath] + extra
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { throw XCTSkip("cannot start frontline serve") }
        var server = ServeProcess(pid: pid, errorPath: errorPath, address: "")
        // Waits for the line that names the address (the port the system chose for :0).
        for _ in 0..<400 {
            if let line = server.log.split(separator: "\n").first(where: { $0.contains("[frontline] listening on ") }) {
                server.address = String(line.components(separatedBy: "listening on ")[1].split(separator: " ")[0])
                return server
            }
            usleep(25_000)
        }
        _ = server.stop(SIGKILL)
        XCTFail("frontline serve did not start: \(server.log)")
        throw XCTSkip("not started")
    }

    func curl(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run("/usr/bin/curl", ["-s", "-w", "\n%{http_code}"] + arguments)
    }

    /// Polls `condition` up to `seconds`; true as soon as it holds.
    func eventually(_ seconds: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            usleep(50_000)
        }
        return try condition()
    }
}
