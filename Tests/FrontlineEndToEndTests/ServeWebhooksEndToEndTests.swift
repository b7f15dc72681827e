import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `frontline serve` delivers webhooks itself: a webhook added with `webhooks add` receives the
/// events of a chat that came in through the API while only `serve` runs; `--no-webhooks` sends none.
final class ServeWebhooksEndToEndTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    let secret = "serve-secret-0123456789"

    func testServeDeliversWebhooksUnlessTold() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("curl is not installed") }
        let receiver = try WebhookReceiverProcess(secret: secret, logPath: folder.appendingPathComponent("received.jsonl").path)
        defer { receiver.stop() }
        try frontline.run("webhooks", "add", receiver.url, "--events", "all", "--secret", secret)
        let token = try frontline.run("tokens", "add", "chat", "--scope", "ingest").trimmingCharacters(in: .whitespacesAndNewlines)

        let server = try startServer("127.0.0.1:0")
        let created = try curl(["-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
                                "-d", #"{"external_id":"hook-1","channel":"chat","from":"ann@example.com","text":"hello"}"#,
                                "\(server.base)/v1/contacts"])
        XCTAssertTrue(created.stdout.hasSuffix("\n201"), created.stdout)
        XCTAssertTrue(try eventually(10) { try receiver.received().contains { $0.kind == "contact-created" } },
                      "no delivery while serve ran: \(server.log)")
        let first = try receiver.received()
        XCTAssertEqual(first.map(\.valid), first.map { _ in true }, "a signature did not verify")
        XCTAssertEqual(first.first?.seq, 1)
        XCTAssertTrue(try frontline.run("webhooks", "status").contains("1"), "status shows the delivery")
        XCTAssertEqual(server.stop(SIGTERM), 0, server.log)
        XCTAssertTrue(server.log.contains("webhook worker stopped"), server.log)

        // With --no-webhooks the server writes the event and leaves it for `webhooks run`.
        let quiet = try startServer("127.0.0.1:0", extra: ["--no-webhooks"])
        let second = try curl(["-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
                               "-d", #"{"external_id":"hook-2","channel":"chat","from":"bo@example.com","text":"hi"}"#,
                               "\(quiet.base)/v1/contacts"])
        XCTAssertTrue(second.stdout.hasSuffix("\n201"), second.stdout)
        // The pending event is there for a worker; `webhooks run --once` delivers it, proving serve did not.
        XCTAssertEqual(try receiver.received().count, first.count, "serve --no-webhooks delivered")
        XCTAssertEqual(quiet.stop(SIGTERM), 0, quiet.log)
        XCTAssertFalse(quiet.log.contains("webhook worker started"), quiet.log)
        try frontline.run("webhooks", "run", "--once")
        XCTAssertEqual(try receiver.received().last?.seq, 2)
    }
}
