import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// `frontline ingest`, `events` and `deliver` as a connector script uses them.
final class ConnectorCommandTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    /// Runs `frontline ARGS --db …` with `input` on standard input.
    func run(_ arguments: [String], input: String) throws -> ProcessResult {
        let inputPath = folder.appendingPathComponent("input-\(UUID().uuidString).jsonl").path
        FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8))
        var env = ProcessInfo.processInfo.environment
        env.merge(FrontlineBinary.environment) { $1 }
        let command = ([FrontlineBinary.url.path] + arguments + ["--db", frontline.databasePath]).map { "'\($0)'" }.joined(separator: " ")
        return try ProcessResult.run("/bin/sh", ["-c", command + " < '\(inputPath)'"], environment: env)
    }

    func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try XCTUnwrap(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    func testIngestKeepsTheGoodLinesAndExits65ForTheBadOnes() throws {
        let input = """
            {"channel":"chat","from":"kim@example.com","name":"Kim","text":"hello","external_id":"w-1"}
            {"channel":"chat","from":"kim@example.com","text":"hello","external_id":"w-1"}
            not json
            {"channel":"email","from":"not-an-address","text":"x"}

            {"contact_id":1,"text":"still there?","external_id":"m-2"}
            {"channel":"chat","from":"lee@example.com","text":"hi","prio":"high"}
            """
        let result = try run(["ingest"], input: input)
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("3 of 7 lines refused"), result.stderr)
        let out = try lines(result.stdout)
        XCTAssertEqual(out.map { $0["line"] as? Int }, [1, 2, 3, 4, 6, 7], "one result per non-blank line")
        XCTAssertEqual(out[0]["created"] as? Bool, true)
        XCTAssertEqual(out[1]["created"] as? Bool, false)
        XCTAssertEqual(out[1]["contact_id"] as? Int, out[0]["contact_id"] as? Int)
        XCTAssertNotNil(out[2]["error"])
        XCTAssertEqual(out[3]["field"] as? String, "from")
        XCTAssertEqual(out[4]["message_id"] as? Int, 2)
        XCTAssertEqual(out[5]["field"] as? String, "prio")

        let database = try AppDatabase.open(path: frontline.databasePath)
        XCTAssertEqual(try database.queue(agent: nil).count, 1, "the good lines are kept, the repeated one not twice")
        XCTAssertEqual(try database.transcript(contactId: 1, limit: 10).map(\.text), ["hello", "still there?"])
    }

    func testEventsPrintsJSONLinesAfterASequenceAndByKind() throws {
        _ = try run(["ingest"], input: #"{"channel":"chat","from":"kim@example.com","text":"hello"}"# + "\n" + #"{"contact_id":1,"text":"more"}"#)
        let all = try lines(try frontline.run("events"))
        XCTAssertEqual(all.map { $0["kind"] as? String }, ["contact-created", "message"])
        XCTAssertEqual(all.map { $0["seq"] as? Int }, [1, 2])
        XCTAssertEqual(try lines(try frontline.run("events", "--after", "1")).map { $0["seq"] as? Int }, [2])
        XCTAssertEqual(try lines(try frontline.run("events", "--kinds", "message")).map { $0["seq"] as? Int }, [2])
        XCTAssertEqual(try frontline.result("events", "--kinds", "nope").status, 64)
    }

    func testPruneDropsOldEventsButNeverOnesAWebhookStillNeeds() throws {
        _ = try run(["ingest"], input: #"{"channel":"chat","from":"kim@example.com","text":"hello"}"# + "\n")
        XCTAssertEqual(try frontline.run("events", "prune"), "0 events pruned\n", "younger than the default 30 days")
        try frontline.run("webhooks", "add", "http://127.0.0.1:1/hook", "--events", "all", "--secret", "0123456789abcdef")
        _ = try run(["ingest"], input: #"{"channel":"chat","from":"lee@example.com","text":"hi"}"# + "\n")
        XCTAssertEqual(try frontline.run("events", "prune", "--before", "2100-01-01"), "1 events pruned\n",
                       "the event from before the webhook goes; the one it has still to receive stays")
        XCTAssertEqual(try lines(try frontline.run("events")).map { $0["seq"] as? Int }, [2])
        XCTAssertEqual(try frontline.result("events", "prune", "--before", "yesterday").status, 65)
        XCTAssertEqual(try frontline.result("events", "prune", "--before", "2100-01-01", "--keep-days", "3").status, 64)
    }

    func testDeliverMarksAReplyAndRefusesWhatIsNotOne() throws {
        let database = try AppDatabase.open(path: frontline.databasePath)
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "hello", at: Date())
        _ = try database.take(contactId: chat.id!, agent: try XCTUnwrap(try database.roster().first?.agent.name), policy: .standard, at: Date())
        let holder = try XCTUnwrap(try database.contact(id: chat.id!)?.agent)
        let reply = try database.reply(contactId: chat.id!, agent: holder, text: "Hi", policy: .standard, at: Date())
        XCTAssertEqual(try frontline.result("deliver", "\(reply.id!)", "failed").status, 64, "failed needs a reason")
        XCTAssertEqual(try frontline.result("deliver", "\(reply.id!)", "failed", "--reason", "closed").status, 0)
        XCTAssertEqual(try database.transcript(contactId: chat.id!, limit: 5).last?.deliveryReason, "closed")
        XCTAssertEqual(try frontline.result("deliver", "\(reply.id!)", "delivered").status, 0)
        XCTAssertEqual(try database.transcript(contactId: chat.id!, limit: 5).last?.delivery, .delivered)
        let wrong = try frontline.result("deliver", "1", "delivered")
        XCTAssertEqual(wrong.status, 65)
        XCTAssertTrue(wrong.stderr.contains("customer's"), wrong.stderr)
    }

    /// `events --follow` prints an event written after it started, and stops cleanly on SIGTERM.
    func testFollowSeesANewEventAndStopsOnSIGTERM() throws {
        let process = Process()
        process.executableURL = FrontlineBinary.url
        process.arguments = ["events", "--follow", "--db", frontline.databasePath]
        var env = ProcessInfo.processInfo.environment
        env.merge(FrontlineBinary.environment) { $1 }
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = LineReader(output.fileHandleForReading)
        // Written after the follower started; it sleeps on the WAL notifier, not a timer.
        Thread.sleep(forTimeInterval: 0.3)
        try frontline.run("enqueue", "--channel", "chat", "--from", "kim@example.com", "--text", "hello")
        let line = reader.nextLine(within: 10)
        XCTAssertTrue(line?.contains("\"kind\":\"contact-created\"") == true, line ?? "nothing within 10 s")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "SIGTERM ends it cleanly")
        XCTAssertEqual(process.terminationReason, .exit)
    }
}

/// Lines from a pipe, with a bounded wait.
final class LineReader: @unchecked Sendable {
    private let lock = NSCondition()
    private var buffer = ""

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock()
            self.buffer += String(decoding: data, as: UTF8.self)
            self.lock.broadcast()
            self.lock.unlock()
        }
    }

    func nextLine(within seconds: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let end = buffer.firstIndex(of: "\n") {
                let line = String(buffer[..<end])
                buffer.removeSubrange(...end)
                return line
            }
            if !lock.wait(until: deadline) { return nil }
        }
    }
}
