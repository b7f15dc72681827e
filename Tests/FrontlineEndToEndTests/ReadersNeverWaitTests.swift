import Foundation
import XCTest

/// Read commands never wait on a writer: in WAL mode a reader needs no lock a writer holds,
/// so `queue`, `stats`, `customers find` and `agents list` answer at once while another
/// process sits in a write transaction (they used to fail after the 5 s busy timeout).
final class ReadersNeverWaitTests: EndToEndCase {
    override class var initArguments: [String]? { ["--demo"] }
    override class var needsTmux: Bool { false }

    func testReadCommandsAnswerWhileAnotherProcessHoldsTheWriteLock() throws {
        let script = """
        import sqlite3, subprocess, sys, time
        db = sys.argv[1]
        con = sqlite3.connect(db, isolation_level=None, timeout=0)
        con.execute('BEGIN IMMEDIATE')
        con.execute("update agents set display_name = display_name where name = 'emma'")
        for command in [['queue'], ['queue', '--json'], ['stats'], ['customers', 'find', 'a'], ['agents', 'list'], ['complaints']]:
            started = time.time()
            done = subprocess.run([sys.argv[2]] + command + ['--db', db], capture_output=True, text=True)
            print(command[0], done.returncode, round(time.time() - started, 1), done.stderr.strip().replace('\\n', ' '))
        con.execute('ROLLBACK')
        """
        let result = try ProcessResult.run("/usr/bin/env", ["python3", "-c", script, frontline.databasePath, FrontlineBinary.url.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 6, result.stdout)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 3)
            XCTAssertEqual(fields[1], "0", String(line))
            XCTAssertLessThan(Double(fields[2]) ?? 99, 3, "answered without waiting: \(line)")
        }
    }
}
