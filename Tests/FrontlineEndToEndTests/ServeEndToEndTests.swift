import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `frontline serve` as a user runs it: tokens made with `frontline tokens`, requests with curl,
/// stopped by SIGTERM or SIGINT with exit 0; a bad --listen is a usage error.
final class ServeEndToEndTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    /// A running `frontline serve`, its stderr in a file.
    struct Server {
        var pid: pid_t
        var errorPath: String
        var address: String

        var log: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

        /// Sends `signal` and returns the exit status once it has stopped.
        func stop(_ signal: Int32) -> Int32 {
            kill(pid, signal)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    func startServer(_ listen: String) throws -> Server {
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
        let words: [String] = [executable, "serve", "--listen", listen, "--db", frontline.databasePath]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { throw XCTSkip("cannot start frontline serve") }
        var server = Server(pid: pid, errorPath: errorPath, address: "")
        // Waits for the line that names the address (the port the system chose for :0).
        for _ in 0..<200 {
            if let line = server.log.split(separator: "\n").first(where: { $0.contains("[frontline] listening on ") }) {
                server.address = String(line.components(separatedBy: "listening on ")[1].split(separator: " ")[0])
                return server
            }
            usleep(50_000)
        }
        _ = server.stop(SIGKILL)
        XCTFail("frontline serve did not start: \(server.log)")
        throw XCTSkip("not started")
    }

    func curl(_ arguments: [String]) throws -> ProcessResult {
        try ProcessResult.run("/usr/bin/curl", ["-s", "-w", "\n%{http_code}"] + arguments)
    }

    func testServeAnswersWithTokensAndStopsCleanlyOnSIGTERM() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("curl is not installed") }
        let ingest = try frontline.run("tokens", "add", "chat-widget", "--scope", "ingest").trimmingCharacters(in: .whitespacesAndNewlines)
        let reader = try frontline.run("tokens", "add", "wallboard", "--scope", "read").trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(ingest.hasPrefix("frontline_"))
        let server = try startServer("127.0.0.1:0")
        let base = "http://\(server.address)"

        let created = try curl(["-H", "Authorization: Bearer \(ingest)", "-H", "Content-Type: application/json",
                                "-d", #"{"external_id":"e2e-1","channel":"chat","from":"ann@example.com","name":"Ann\u001b[31m","text":"hello"}"#,
                                "\(base)/v1/contacts"])
        XCTAssertTrue(created.stdout.hasSuffix("\n201"), created.stdout)
        let retried = try curl(["-H", "Authorization: Bearer \(ingest)", "-H", "Content-Type: application/json",
                                "-d", #"{"external_id":"e2e-1","channel":"chat","from":"ann@example.com","text":"hello"}"#,
                                "\(base)/v1/contacts"])
        XCTAssertTrue(retried.stdout.hasSuffix("\n200"), retried.stdout)
        let refused = try curl(["-H", "Authorization: Bearer \(reader)", "-H", "Content-Type: application/json", "-d", "{}", "\(base)/v1/contacts"])
        XCTAssertTrue(refused.stdout.hasSuffix("\n403"), refused.stdout)
        let unauthorised = try curl(["\(base)/v1/queue"])
        XCTAssertTrue(unauthorised.stdout.hasSuffix("\n401"), unauthorised.stdout)
        let queue = try curl(["-H", "Authorization: Bearer \(reader)", "\(base)/v1/queue"])
        XCTAssertTrue(queue.stdout.hasSuffix("\n200"), queue.stdout)
        XCTAssertTrue(queue.stdout.contains(#""customer_id":1"#), queue.stdout)
        // The command line sees what came in through HTTP, and the token's use.
        XCTAssertTrue(try frontline.run("queue").contains("Ann"))
        XCTAssertFalse(try frontline.run("tokens", "list").contains(ingest))

        XCTAssertEqual(server.stop(SIGTERM), 0, server.log)
        XCTAssertTrue(server.log.contains("POST /v1/contacts 201"), server.log)
        XCTAssertTrue(server.log.contains("stopped"), server.log)
        XCTAssertFalse(server.log.contains("\u{1b}"), "an escape reached the log")
    }

    func testUnixSocketAndSIGINT() throws {
        let token = try frontline.run("tokens", "add", "ops", "--scope", "admin").trimmingCharacters(in: .whitespacesAndNewlines)
        let socket = folder.appendingPathComponent("api.sock").path
        let server = try startServer(socket)
        let agents = try curl(["--unix-socket", socket, "-H", "Authorization: Bearer \(token)", "http://frontline/v1/agents"])
        XCTAssertTrue(agents.stdout.hasSuffix("\n200"), agents.stdout)
        XCTAssertEqual(server.stop(SIGINT), 0, server.log)
        XCTAssertFalse(FileManager.default.fileExists(atPath: socket), "the socket was left behind")
    }

    func testBadListenAddressesAndTokenNamesAreRefused() throws {
        for listen in ["8080", "localhost:http", "127.0.0.1:70000", "[::1"] {
            let result = try frontline.result("serve", "--listen", listen)
            XCTAssertEqual(result.status, 64, "\(listen): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        XCTAssertEqual(try frontline.result("tokens", "add", "bad name", "--scope", "read").status, 65)
        XCTAssertEqual(try frontline.result("tokens", "add", "x", "--scope", "root").status, 64)
        XCTAssertEqual(try frontline.result("tokens", "revoke", "nobody").status, 65)
        try frontline.run("tokens", "add", "x", "--scope", "read")
        XCTAssertEqual(try frontline.result("tokens", "add", "x", "--scope", "read").status, 65)
        try frontline.run("tokens", "revoke", "x")
        XCTAssertTrue(try frontline.run("tokens", "list").contains("no tokens"))
    }

    func testAnAddressInUseFailsWithOneLine() throws {
        let server = try startServer("127.0.0.1:0")
        defer { _ = server.stop(SIGTERM) }
        let second = try frontline.result("serve", "--listen", server.address)
        XCTAssertEqual(second.status, 1, second.stderr)
        XCTAssertTrue(second.stderr.contains("cannot serve on \(server.address)"), second.stderr)
    }
}
