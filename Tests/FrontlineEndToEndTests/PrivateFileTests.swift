import Foundation
import XCTest

/// Every file Frontline writes is its owner's alone, whatever the umask; a database restored
/// with `cp` (mode 0644) is tightened before SQLite opens it and gives its WAL and SHM files.
final class PrivateFileTests: EndToEndCase {
    override class var initArguments: [String]? { nil }
    override class var needsTmux: Bool { false }

    /// `frontline ARGUMENTS` under umask 022, as from an ordinary shell.
    private func underUmask022(_ arguments: [String]) throws -> ProcessResult {
        var env = ProcessInfo.processInfo.environment
        env["FRONTLINE_DB"] = nil
        env.merge(FrontlineBinary.environment) { $1 }
        return try ProcessResult.run("/bin/sh", ["-c", "umask 022; exec \"$0\" \"$@\"", FrontlineBinary.url.path] + arguments, environment: env)
    }

    private func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
    }

    func testTheDatabaseItsWALAndSHMAndThePhrasebookAreCreatedPrivate() throws {
        let db = frontline.databasePath
        XCTAssertEqual(try underUmask022(["db", "init", "--db", db]).status, 0)
        XCTAssertEqual(mode(db), 0o600)

        // A reader holds the database open, so the WAL and SHM the command writes stay to be looked at.
        let script = """
        import os, sqlite3, subprocess, sys
        db = sys.argv[1]
        con = sqlite3.connect(db, isolation_level=None)
        con.execute('select count(*) from customers').fetchall()
        subprocess.run(['/bin/sh', '-c', 'umask 022; exec "$0" "$@"'] + sys.argv[2:], check=True, stdout=subprocess.DEVNULL)
        print(' '.join(oct(os.stat(db + s).st_mode & 0o777) for s in ['', '-wal', '-shm']))
        """
        let result = try ProcessResult.run("/usr/bin/env", ["python3", "-c", script, db, FrontlineBinary.url.path,
                                                            "enqueue", "--channel", "phone", "--from", "+1 202-555-0100", "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0o600 0o600 0o600")

        let book = folder.appendingPathComponent("book.toml").path
        FileManager.default.createFile(atPath: book, contents: Data("[[phrase]]\ncode = \"bye\"\ncategory = \"farewell\"\ntitle = \"Bye\"\nen = \"Bye.\"\n".utf8))
        XCTAssertEqual(try underUmask022(["phrases", "import", book]).status, 0)
        let personal = URL(fileURLWithPath: FrontlineBinary.environment["XDG_CONFIG_HOME"]!).appendingPathComponent("frontline/phrases.toml").path
        XCTAssertEqual(mode(personal), 0o600)
    }

    func testADatabaseRestoredWorldReadableIsTightened() throws {
        let db = frontline.databasePath
        XCTAssertEqual(try underUmask022(["db", "init", "--db", db]).status, 0)
        XCTAssertEqual(chmod(db, 0o644), 0)
        let result = try underUmask022(["queue", "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(mode(db), 0o600)
    }
}
