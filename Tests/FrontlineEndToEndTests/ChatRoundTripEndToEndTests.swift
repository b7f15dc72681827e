import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The whole loop a chat takes, as a centre runs it: a chat created through the API shows on the
/// console, the agent takes it and replies in tmux, `frontline serve` sends the reply to the
/// webhook receiver, the receiver's side acknowledges it through the API, and the console shows
/// the reply delivered (✓).
final class ChatRoundTripEndToEndTests: EndToEndCase {
    let secret = "round-trip-secret-0123456789"

    func testAnAPIChatIsAnsweredInTheConsoleAndShownDelivered() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("curl is not installed") }
        let receiver = try WebhookReceiverProcess(secret: secret, logPath: folder.appendingPathComponent("received.jsonl").path)
        defer { receiver.stop() }
        try frontline.run("webhooks", "add", receiver.url, "--events", "reply", "--secret", secret)
        let token = try frontline.run("tokens", "add", "widget", "--scope", "ingest").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try startServer("127.0.0.1:0")
        defer { _ = server.stop(SIGTERM) }
        let session = try TmuxSession(command: frontline.consoleCommand(agent: "mina"))
        try session.waitFor("0 waiting")

        let created = try curl(["-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
                                "-d", #"{"external_id":"w-77","channel":"chat","from":"kim@example.com","name":"Kim Sol","text":"Is my order shipped?"}"#,
                                "\(server.base)/v1/contacts"])
        XCTAssertTrue(created.stdout.hasSuffix("\n201"), created.stdout)
        try session.waitFor("Kim Sol", timeout: 5)
        try session.send("n")
        try session.waitFor("Is my order shipped?")
        try session.send("r")
        try session.type("Yes, it left today.")
        try session.send("Enter")
        try session.waitFor("Yes, it left today. ·")

        XCTAssertTrue(try eventually(10) { try receiver.received().contains { $0.kind == "reply" } }, "no reply reached the receiver: \(server.log)")
        let reply = try XCTUnwrap(try receiver.received().first { $0.kind == "reply" })
        XCTAssertTrue(reply.valid, "the signature did not verify")
        let messageId = try XCTUnwrap(reply.message_id)
        let acknowledged = try curl(["-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
                                     "-d", #"{"status":"delivered"}"#, "\(server.base)/v1/messages/\(messageId)/delivery"])
        XCTAssertTrue(acknowledged.stdout.hasSuffix("\n200"), acknowledged.stdout)
        let screen = try session.waitFor("Yes, it left today. ✓", timeout: 5)
        XCTAssertFalse(screen.contains("Yes, it left today. ·"), screen)
    }
}
