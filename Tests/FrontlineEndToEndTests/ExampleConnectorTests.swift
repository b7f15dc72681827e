import Foundation
import FrontlineCore
import FrontlineStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The example connectors in examples/ run as the README there says, against a real
/// `frontline serve` on loopback: what they post becomes a contact, and an agent's reply reaches
/// them by webhook, is handed on (a transcript line, an .eml file) and is acknowledged delivered.
final class ExampleConnectorTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    let secret = "example-secret-0123456789"
    var processes: [Process] = []

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples")

    override func tearDownWithError() throws {
        for process in processes where process.isRunning { process.terminate(); process.waitUntilExit() }
        try super.tearDownWithError()
    }

    func environment(_ server: ServeProcess, token: String) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["FRONTLINE_URL": server.base, "FRONTLINE_TOKEN": token,
                                                     "FRONTLINE_WEBHOOK_SECRET": secret]) { $1 }
    }

    /// Starts `script listen --port 0 ARGS` and returns the port it printed.
    func startListener(_ script: String, _ arguments: [String], environment: [String: String]) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.examples.appendingPathComponent(script).path, "listen", "--port", "0"] + arguments
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        processes.append(process)
        let line = String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
        let port = line.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "/\n"))) }
        return try XCTUnwrap(port, "\(script) printed '\(line)'")
    }

    /// Runs the script once (bounded by the script's own 10 s API timeout) and decodes its JSON answer.
    func runScript(_ script: String, _ arguments: [String], input: String? = nil, environment: [String: String]) throws -> [String: Any] {
        let path = Self.examples.appendingPathComponent(script).path
        var command = (["python3", path] + arguments).map { "'\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(separator: " ")
        if let input {
            let inputPath = folder.appendingPathComponent("stdin-\(UUID().uuidString)").path
            _ = FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8))
            command += " < '\(inputPath)'"
        }
        let result = try ProcessResult.run("/bin/sh", ["-c", command], environment: environment)
        XCTAssertEqual(result.status, 0, "\(script) \(arguments): \(result.stdout) \(result.stderr)")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stdout)
    }

    func prepare() throws -> (ServeProcess, [String: String]) {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { throw XCTSkip("python3 is not installed") }
        let token = try frontline.run("tokens", "add", "connector", "--scope", "ingest").trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try startServer("127.0.0.1:0")
        return (server, environment(server, token: token))
    }

    /// The agent (the database's first agent) takes the contact and answers.
    func answer(_ contactId: Int64, _ text: String) throws -> Int64 {
        let database = try AppDatabase.open(path: frontline.databasePath)
        let agent = try XCTUnwrap(try database.roster().first?.agent.name)
        _ = try database.take(contactId: contactId, agent: agent, policy: .standard, at: Date())
        return try XCTUnwrap(try database.reply(contactId: contactId, agent: agent, text: text, policy: .standard, at: Date()).id)
    }

    func delivery(_ contactId: Int64) throws -> MessageDelivery? {
        try AppDatabase.open(path: frontline.databasePath).transcript(contactId: contactId, limit: 10).last?.delivery
    }

    func testChatConnectorBringsMessagesInAndAcknowledgesTheReply() throws {
        let (server, environment) = try prepare()
        defer { _ = server.stop(SIGTERM) }
        let transcript = folder.appendingPathComponent("chat-transcript.jsonl").path
        let port = try startListener("chat_connector.py", ["--transcript", transcript], environment: environment)
        try frontline.run("webhooks", "add", "http://127.0.0.1:\(port)/", "--events", "reply", "--secret", secret)

        let first = try runScript("chat_connector.py", ["say", "visit-42", "Where is my parcel?", "--from", "kim@example.com", "--name", "Kim"],
                                  environment: environment)
        XCTAssertEqual(first["created"] as? Bool, true, "\(first)")
        let contactId = try XCTUnwrap((first["contact_id"] as? NSNumber)?.int64Value)
        let second = try runScript("chat_connector.py", ["say", "visit-42", "It was due on Monday", "--message-id", "m-2"], environment: environment)
        XCTAssertEqual((second["contact_id"] as? NSNumber)?.int64Value, contactId, "the conversation's second message joins its contact")
        let queue = try frontline.run("queue")
        XCTAssertTrue(queue.contains("Kim"), queue)
        let texts = try AppDatabase.open(path: frontline.databasePath).transcript(contactId: contactId, limit: 10).map(\.text)
        XCTAssertEqual(texts, ["Where is my parcel?", "It was due on Monday"])

        let reply = try answer(contactId, "It leaves the depot today.")
        XCTAssertTrue(try eventually(15) { try delivery(contactId) == .delivered }, "not acknowledged: \(server.log)")
        let lines = try String(contentsOfFile: transcript, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "handed on once")
        let handed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(handed["to"] as? String, "kim@example.com")
        XCTAssertEqual(handed["text"] as? String, "It leaves the depot today.")
        XCTAssertEqual((handed["message_id"] as? NSNumber)?.int64Value, reply)
    }

    func testMailConnectorThreadsAMailAndWritesTheReplyAsAnEml() throws {
        let (server, environment) = try prepare()
        defer { _ = server.stop(SIGTERM) }
        let outbox = folder.appendingPathComponent("outbox").path
        let port = try startListener("mail_connector.py", ["--outbox", outbox, "--address", "help@shop.example"], environment: environment)
        try frontline.run("webhooks", "add", "http://127.0.0.1:\(port)/", "--events", "reply", "--secret", secret)

        let mail = folder.appendingPathComponent("refund.eml")
        try """
            From: Mia Wong <mia@example.com>\r
            To: help@shop.example\r
            Subject: Refund for order 7781\r
            Message-ID: <a1@mail.example>\r
            Date: Sun, 06 Dec 2026 09:00:00 +0800\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Where is my refund?\r

            """.write(to: mail, atomically: true, encoding: .utf8)
        let first = try runScript("mail_connector.py", ["in", mail.path], environment: environment)
        XCTAssertEqual(first["created"] as? Bool, true, "\(first)")
        let contactId = try XCTUnwrap((first["contact_id"] as? NSNumber)?.int64Value)
        // The customer's follow-up, through standard input as a mail server's pipe gives it, joins the thread.
        let followUp = """
            From: Mia Wong <mia@example.com>
            Subject: Re: Refund for order 7781
            Message-ID: <a2@mail.example>
            In-Reply-To: <a1@mail.example>
            References: <a1@mail.example>

            Any news?

            """
        let second = try runScript("mail_connector.py", ["in"], input: followUp, environment: environment)
        XCTAssertEqual((second["contact_id"] as? NSNumber)?.int64Value, contactId, "\(second)")
        let again = try runScript("mail_connector.py", ["in"], input: followUp, environment: environment)
        XCTAssertEqual(again["created"] as? Bool, false, "the same Message-ID twice writes nothing: \(again)")
        XCTAssertTrue(try frontline.run("queue").contains("Mia"))

        _ = try answer(contactId, "Your refund was sent today.")
        XCTAssertTrue(try eventually(15) { try delivery(contactId) == .delivered }, "not acknowledged: \(server.log)")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix(".eml") }
        XCTAssertEqual(files.count, 1, "\(files)")
        let eml = try String(contentsOfFile: outbox + "/" + files[0], encoding: .utf8)
        XCTAssertTrue(eml.contains("To: mia@example.com"), eml)
        XCTAssertTrue(eml.contains("From: help@shop.example"), eml)
        XCTAssertTrue(eml.contains("In-Reply-To: <a2@mail.example>"), eml)
        XCTAssertTrue(eml.contains("<a1@mail.example>"), "References carry the thread: \(eml)")
        XCTAssertTrue(eml.contains("Subject: Re: Refund for order 7781"), eml)
        XCTAssertTrue(eml.contains("Your refund was sent today."), eml)
    }
}
