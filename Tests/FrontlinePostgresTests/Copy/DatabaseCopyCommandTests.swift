import Foundation
@testable import FrontlinePostgres
@testable import FrontlineStore
import FrontlineStoreAPI
import FrontlineTestSupport
import GRDB
import XCTest

/// `frontline db copy` as a user runs it: the binary `swift build` put beside this test bundle,
/// its output and exit codes (0 copied, 64 usage, 65 bad data or a target in use).
final class DatabaseCopyCommandTests: XCTestCase {
    private var backend: PostgresBackend!
    private var folder: URL!

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-copy-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try backend?.tearDown()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func frontline(_ arguments: String...) throws -> SpawnedProgram {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline").path
        var environment = ProcessInfo.processInfo.environment
        environment["FRONTLINE_DB"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["XDG_CONFIG_HOME"] = path("config")
        environment["XDG_DATA_HOME"] = path("data")
        return try SpawnedProgram.run(binary, arguments, environment: environment)
    }

    func testCopyingADemoCentreToPostgresAndBackForABackup() throws {
        let demo = path("demo.db"), url = backend.database.description
        XCTAssertEqual(try frontline("db", "init", "--demo", "--db", demo).status, 0)

        let there = try frontline("db", "copy", "--from", demo, "--to", url)
        XCTAssertEqual(there.status, 0, there.stderr)
        let lines = there.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first?.split(separator: " ").map(String.init), ["table", "rows", "checksum"])
        for table in CopiedTable.all {
            XCTAssertTrue(lines.contains { $0.hasPrefix(table.name + " ") && $0.hasSuffix("  ok") }, "\(table.name) in:\n\(there.stdout)")
        }
        XCTAssertTrue(lines.last?.contains("every count and checksum matches") ?? false, there.stdout)

        let again = try frontline("db", "copy", "--from", demo, "--to", url)
        XCTAssertEqual(again.status, 65)
        let agents = try DatabaseQueue(path: demo).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM agents") } ?? 0
        XCTAssertEqual(again.stderr, "frontline: \(url) is not empty (agents holds \(agents) rows); copy into a new, empty database\n")

        let overwrite = try frontline("db", "copy", "--from", url, "--to", demo)
        XCTAssertEqual(overwrite.status, 64)
        XCTAssertTrue(overwrite.stderr.contains("already exists; give --to a new file name"), overwrite.stderr)

        let backup = path("backup.db")
        let back = try frontline("db", "copy", "--from", url, "--to", backup)
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(try DatabaseCopy.checksums(of: try SQLiteCopy.source(path: backup)),
                       try DatabaseCopy.checksums(of: try SQLiteCopy.source(path: demo)))
        let queue = try frontline("queue", "--db", backup)
        XCTAssertEqual(queue.status, 0, queue.stderr)
    }

    func testUsageMistakesAndAnOutdatedSourceSayWhatToDo() throws {
        let missing = try frontline("db", "copy", "--from", path("nothing.db"), "--to", path("new.db"))
        XCTAssertEqual(missing.status, 64)
        XCTAssertEqual(missing.stderr, "frontline: there is no database at \(path("nothing.db")); check --from\n")

        XCTAssertEqual(try frontline("db", "copy", "--from", path("nothing.db")).status, 64, "--to is required")

        let password = try frontline("db", "copy", "--from", path("nothing.db"), "--to", "postgres://me:secret@localhost/db")
        XCTAssertEqual(password.status, 64)
        XCTAssertFalse(password.stderr.contains("secret"), password.stderr)

        let old = path("old.db")
        let queue = try DatabaseQueue(path: old)
        try Migrations.migrator.migrate(queue, upTo: "v22-api-tokens")
        try queue.close()
        let outdated = try frontline("db", "copy", "--from", old, "--to", backend.database.description)
        XCTAssertEqual(outdated.status, 65)
        XCTAssertEqual(outdated.stderr, "frontline: \(old) has an older schema than this frontline (it lacks migration v23-worker-leases); "
                       + "bring it up to date with 'frontline db init --db \(old)' (its data is kept), then copy again\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("new.db")))
    }
}
