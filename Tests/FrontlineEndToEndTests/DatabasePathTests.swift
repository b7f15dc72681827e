import Foundation
import XCTest

/// `--db` naming the wrong thing: another program's SQLite file is refused untouched, and a
/// path that does not exist is refused by every command but `db init` (and the console's
/// first run at the default place).
final class DatabasePathTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    private func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try ProcessResult.run("/usr/bin/env", ["python3", "-c", script] + arguments)
        guard result.status == 0 else { throw XCTSkip("python3 with sqlite3 is needed: \(result.stderr)") }
        return result.stdout
    }

    func testAnotherProgramsSQLiteFileIsRefusedUntouched() throws {
        let path = folder.appendingPathComponent("photos.db").path
        _ = try python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('create table photo (id integer primary key, name text)'); c.execute(\"insert into photo (name) values ('cat')\"); c.commit()", [path])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in [["queue"], ["customers", "find", "a"], ["enqueue", "--channel", "phone", "--from", "+1 202-555-0100"], ["db", "init"]] {
            let result = try ProcessResult.frontline(command + ["--db", path])
            XCTAssertNotEqual(result.status, 0, "\(command)")
            XCTAssertTrue(result.stderr.contains("not a Frontline database"), result.stderr)
        }
        let tables = try python("import sqlite3, sys; print(','.join(r[0] for r in sqlite3.connect(sys.argv[1]).execute(\"select name from sqlite_master where type='table'\")))", [path])
        XCTAssertEqual(tables.trimmingCharacters(in: .whitespacesAndNewlines), "photo", "no table added")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testAPathThatDoesNotExistIsRefusedButByDbInit() throws {
        let missing = folder.appendingPathComponent("no/such/dir/x.db").path
        for command in [["queue"], ["stats"], ["agents", "list"], ["customers", "find", "a"], ["complaints"],
                        ["enqueue", "--channel", "phone", "--from", "+1 202-555-0100"], ["supervise"], ["--agent", "emma"]] {
            let result = try ProcessResult.frontline(command + ["--db", missing])
            XCTAssertEqual(result.status, 64, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("db init"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path), "no folder created")
        XCTAssertEqual(try ProcessResult.frontline(["db", "init", "--db", missing]).status, 0)
        XCTAssertEqual(try ProcessResult.frontline(["queue", "--db", missing]).status, 0)
    }

    func testTheQuickStartStillWorks() throws {
        // `frontline db init --demo && frontline` with no --db: the default place, created on first use.
        let home = ["XDG_DATA_HOME": folder.appendingPathComponent("xdg").path, "HOME": folder.path]
        XCTAssertEqual(try ProcessResult.frontline(["db", "init", "--demo"], environment: home).status, 0)
        let queue = try ProcessResult.frontline(["queue"], environment: home)
        XCTAssertEqual(queue.status, 0, queue.stderr)
    }
}
