import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `frontline serve` as a user runs it: tokens made with `frontline tokens`, requests with curl,
/// stopped by SIGTERM or SIGINT with exit 0; a bad --listen is a usage error.
final class ServeEndToEndTests: EndToEndCase {
    override class var needsTmux: Bool { false }

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
        XCTAssertFalse(second.stderr.contains("webhook worker started"), "a serve that cannot listen delivers nothing: \(second.stderr)")
    }
}
