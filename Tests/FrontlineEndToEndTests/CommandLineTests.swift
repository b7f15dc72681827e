import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import XCTest

/// The command line as scripts see it: exit codes, one-line errors, the database file, `queue` output.
final class CommandLineTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    // MARK: Exit codes

    func testAnUnknownFlagIsAUsageError() throws {
        try frontline.run("db", "init")
        let result = try frontline.result("queue", "--bogus")
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("--bogus"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testAnUnknownChannelIsAUsageError() throws {
        try frontline.run("db", "init")
        let result = try frontline.result("enqueue", "--channel", "fax", "--from", "+86 130 0000 0001")
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("fax"), result.stderr)
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).counts().contacts, 0, "nothing was queued")
    }

    func testAMalformedTimeIsBadDataAndTheOneLineErrorNamesTheFormat() throws {
        try frontline.run("db", "init")
        let result = try frontline.result("enqueue", "--channel", "phone", "--from", "+86 130 0000 0001", "--at", "yesterday")
        XCTAssertEqual(result.status, 65, result.stderr)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true)
        XCTAssertEqual(lines.count, 1, "one line: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("yesterday"), result.stderr)
        XCTAssertTrue(result.stderr.contains("ISO 8601"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2026-11-22T09:15:00+08:00"), "an example of the format: \(result.stderr)")
        XCTAssertEqual(try AppDatabase.open(path: frontline.databasePath).counts().contacts, 0)
    }

    func testSayingIntoAnUnknownContactIsBadData() throws {
        try frontline.run("db", "init")
        let result = try frontline.result("say", "--contact", "999999", "hi")
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("contact 999999"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    func testSayingIntoAnEndedChatReopensItAndKeepsTheMessage() throws {
        try frontline.run("db", "init")
        let id = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "chat", "--from", "lee@example.com",
                                                       "--name", "Lee", "--text", "hello")
                .trimmingCharacters(in: .whitespacesAndNewlines)))
        let database = try AppDatabase.open(path: frontline.databasePath)
        XCTAssertNotNil(try database.take(contactId: id, agent: "ana", policy: .standard, at: Date()))
        _ = try database.wrapUp(contactId: id, agent: "ana", at: Date())

        let result = try frontline.result("say", "--contact", String(id), "are you there?")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let contact = try XCTUnwrap(try database.contact(id: id))
        XCTAssertEqual(contact.state, .waiting, "back in the queue")
        XCTAssertNil(contact.agent)
        XCTAssertNotNil(contact.awaitingReplySince, "a new reply timer runs")
        XCTAssertEqual(try database.transcript(contactId: id, limit: 10).map(\.text), ["hello", "are you there?"])
        XCTAssertEqual(try database.events(contactId: id).suffix(2).map(\.kind), [.reopened, .message])

        let listing = try frontline.result("queue", "--json")
        XCTAssertEqual(try Self.jsonRows(listing.stdout).compactMap { ($0["id"] as? NSNumber)?.int64Value }, [id])
        XCTAssertTrue(try frontline.run("say", "--help").contains("reopens"), "the help says so")
    }

    // MARK: The database file

    func testAReadOnlyDatabaseRefusesToEnqueueAndKeepsItsRows() throws {
        try frontline.run("db", "init")
        let first = try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10-0000-0001", "--name", "김민준",
                                      "--text", "배송 언제 와요?").trimmingCharacters(in: .whitespacesAndNewlines)
        let second = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 0002", "--name", "王芳")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(chmod(frontline.databasePath, 0o444), 0)

        let result = try frontline.result("enqueue", "--channel", "phone", "--from", "+86 130 0000 0003")
        XCTAssertEqual(result.status, 1, "read-only is a plain failure: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("read-only"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertEqual(result.stdout, "", "no id is printed for a contact that was not queued")

        // Listing still works, and shows exactly the two earlier contacts.
        let listing = try frontline.result("queue", "--json")
        XCTAssertEqual(listing.status, 0, listing.stderr)
        let rows = try Self.jsonRows(listing.stdout)
        XCTAssertEqual(rows.compactMap { ($0["id"] as? NSNumber)?.stringValue }.sorted(), [first, second].sorted())
        let readOnly = try AppDatabase.open(path: frontline.databasePath, readOnly: true)
        XCTAssertEqual(try readOnly.counts().contacts, 2)
        XCTAssertEqual(try readOnly.transcript(contactId: Int64(first)!, limit: 5).map(\.text), ["배송 언제 와요?"])
        var info = stat()
        XCTAssertEqual(stat(frontline.databasePath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o400, "still read-only, and made private (others could read it)")
    }

    func testInitCreatesTheFolderAndAPrivateFile() throws {
        let path = folder.appendingPathComponent("new/nested/frontline.db").path
        let result = try ProcessResult.frontline(["db", "init", "--db", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("created database"), result.stdout)
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0, "the file exists")
        XCTAssertEqual(info.st_mode & 0o777, 0o600, String(info.st_mode & 0o777, radix: 8))
        XCTAssertEqual(stat(folder.appendingPathComponent("new/nested").path, &info), 0, "the folder exists")
        XCTAssertEqual(info.st_mode & 0o777, 0o700, String(info.st_mode & 0o777, radix: 8))
        XCTAssertEqual(try AppDatabase.open(path: path, readOnly: true).counts().customers, 0)
    }

    func testInitWithDemoTwiceKeepsTheData() throws {
        let first = try frontline.result("db", "init", "--demo")
        XCTAssertEqual(first.status, 0, first.stderr)
        let database = try AppDatabase.open(path: frontline.databasePath)
        let before = try database.counts()
        XCTAssertGreaterThan(before.customers, 0)
        // A contact from the working day must survive the second run too.
        let id = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 0099", "--name", "赵磊")
            .trimmingCharacters(in: .whitespacesAndNewlines)

        let second = try frontline.result("db", "init", "--demo")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("kept all data"), second.stdout)
        let after = try database.counts()
        XCTAssertEqual(after.customers, before.customers + 1)
        XCTAssertEqual(after.orders, before.orders)
        XCTAssertEqual(after.complaints, before.complaints)
        XCTAssertEqual(after.contacts, before.contacts + 1)
        XCTAssertEqual(try database.contact(id: Int64(id)!)?.state, .waiting)
    }

    func testTheEnvironmentVariableChoosesTheDatabase() throws {
        let path = folder.appendingPathComponent("from-env/env.db").path
        let environment = ["FRONTLINE_DB": path, "HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("xdg").path]
        let created = try ProcessResult.frontline(["db", "init"], environment: environment)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path), created.stdout)
        let queued = try ProcessResult.frontline(["enqueue", "--channel", "email", "--from", "env@example.com", "--text", "hi"],
                                                 environment: environment)
        XCTAssertEqual(queued.status, 0, queued.stderr)
        XCTAssertEqual(try AppDatabase.open(path: path, readOnly: true).counts().contacts, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("xdg/frontline/frontline.db").path),
                       "the XDG default was not used")
        // --db still wins over the variable.
        let other = folder.appendingPathComponent("other.db").path
        XCTAssertEqual(try ProcessResult.frontline(["db", "init", "--db", other], environment: environment).status, 0)
        XCTAssertEqual(try AppDatabase.open(path: path, readOnly: true).counts().contacts, 1)
        XCTAssertEqual(try AppDatabase.open(path: other, readOnly: true).counts().contacts, 0)
    }

    func testTheConsoleWithoutATerminalSaysItNeedsOne() throws {
        try frontline.run("db", "init")
        let result = try ProcessResult.frontline(["--db", frontline.databasePath])   // as its creator, an agent of it
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("needs a terminal"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    // MARK: queue

    func testQueueJSONListsTheMostUrgentFirstWithItsTimers() throws {
        try frontline.run("db", "init")
        let fresh = try frontline.run("enqueue", "--channel", "chat", "--from", "fresh@example.com", "--name", "Fresh",
                                      "--text", "hi").trimmingCharacters(in: .whitespacesAndNewlines)
        let late = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 0200", "--name", "Late",
                                     "--at", FrontlineBinary.ago(200)).trimmingCharacters(in: .whitespacesAndNewlines)
        let close = try frontline.run("enqueue", "--channel", "phone", "--from", "+86 130 0000 0150", "--name", "Close",
                                      "--at", FrontlineBinary.ago(150)).trimmingCharacters(in: .whitespacesAndNewlines)

        let result = try frontline.result("queue", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try Self.jsonRows(result.stdout)
        XCTAssertEqual(rows.count, 3)
        let keys: Set<String> = ["id", "channel", "customer", "customer_id", "state", "agent", "owner", "kept_until", "group", "escalated", "waited_seconds",
                                 "deadline", "sla", "seconds_left", "last_wrap_up"]
        for row in rows { XCTAssertEqual(Set(row.keys), keys) }
        XCTAssertEqual(rows.compactMap { ($0["id"] as? NSNumber)?.stringValue }, [late, close, fresh], "most urgent first")
        XCTAssertEqual(rows.map { $0["sla"] as? String }, ["breached", "warning", "ok"])
        XCTAssertEqual(rows.map { $0["customer"] as? String }, ["Late", "Close", "Fresh"])
        XCTAssertEqual(rows.map { $0["state"] as? String }, ["waiting", "waiting", "waiting"])
        XCTAssertTrue(rows.allSatisfy { $0["agent"] is NSNull }, "agent is null, not missing, while waiting")

        let left = rows.compactMap { ($0["seconds_left"] as? NSNumber)?.intValue }
        XCTAssertEqual(left.count, 3)
        XCTAssertTrue((-30 ... -15).contains(left[0]), "a call 200 s old is about 20 s past its 180 s target: \(left[0])")
        XCTAssertTrue((20...35).contains(left[1]), "a call 150 s old has about 30 s left: \(left[1])")
        XCTAssertTrue((290...300).contains(left[2]), "a fresh chat has about 300 s: \(left[2])")
        let waited = rows.compactMap { ($0["waited_seconds"] as? NSNumber)?.intValue }
        XCTAssertTrue((195...215).contains(waited[0]), "\(waited)")
        for row in rows {
            let deadline = try XCTUnwrap(row["deadline"] as? String)
            XCTAssertNotNil(ISO8601DateFormatter().date(from: deadline), "deadline \(deadline) is ISO 8601")
        }
    }

    func testQueueTableLinesUpWideNamesAndShowsNoRawEscape() throws {
        try frontline.run("db", "init")
        let names = ["陈晓华", "김서연", "Bob", "Eve\u{1b}[31m", "欧阳娜娜"]
        for (index, name) in names.enumerated() {
            try frontline.run("enqueue", "--channel", "chat", "--from", "+1 555 000 00\(10 + index)", "--name", name,
                              "--text", "hello")
        }
        let result = try frontline.result("queue")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.utf8.contains(0x1B), "no raw ESC byte reaches the terminal:\n\(result.stdout)")
        XCTAssertTrue(result.stdout.contains("Eve^[[31m"), "the ESC is shown as ^[:\n\(result.stdout)")

        var lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 1 + names.count + 1, result.stdout)
        XCTAssertEqual(lines.removeLast(), "SL today  phone –  chat –  email –", "nothing answered yet today")
        let header = try XCTUnwrap(lines.first)
        let stateColumn = try XCTUnwrap(Self.column(of: "state", in: header))
        for line in lines.dropFirst() {
            XCTAssertEqual(Self.column(of: "waiting", in: line), stateColumn, "state column is aligned:\n\(result.stdout)")
            XCTAssertEqual(Self.column(of: "chat", in: line), Self.column(of: "channel", in: header))
        }
        for name in ["陈晓华", "김서연", "欧阳娜娜"] {
            XCTAssertTrue(lines.contains { $0.contains(name) }, "\(name) is listed:\n\(result.stdout)")
        }
    }

    // MARK: Helpers

    /// The terminal column at which `text` first starts in `line`.
    private static func column(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return DisplayWidth.of(String(line[..<range.lowerBound]))
    }

    static func jsonRows(_ text: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [[String: Any]], "a JSON array of objects: \(text)")
    }
}
