import Foundation
import FrontlineCore
@testable import FrontlineStore
import XCTest

/// "This host" is one boot of the machine and one PID namespace (`ConsoleHost`): a console in a
/// container on the same machine shares the boot id but not the pids. On SQLite (no lease) such a
/// console is never judged gone by a pid from here; one of an earlier boot always is.
final class ConsoleHostSQLiteTests: StoreTestCase {
    private var boot: String {
        (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    func testTheRecordNamesTheBootAndOutsideTheFirstPIDNamespaceTheNamespaceToo() throws {
        let me = try XCTUnwrap(ConsoleProcess.current())
        let namespace = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/pid").filter(\.isNumber)
        let ticks = try XCTUnwrap(me.started.split(separator: ":").last)
        // The machine's first namespace writes what every earlier version wrote, so their records
        // and this version's agree; any other adds its inode.
        let host = namespace == "4026531836" ? boot : "\(boot)/\(namespace)"
        XCTAssertEqual(me.started, "\(host):\(ticks)")
        XCTAssertTrue(me.isOnThisHost)
        XCTAssertFalse(me.hasSurelyStopped)
    }

    func testAConsoleInAnotherPIDNamespaceOfThisBootIsNeverJudgedGoneByItsPid() throws {
        let database = try openDatabase()
        try database.addAgent(Agent(name: "ana", createdAt: t0))
        // Pid 1 of a container: here it is this machine's init, started long before, so a pid
        // check would find "another process" and log ana out while her console runs.
        let contained = ConsoleProcess(pid: 1, started: "\(boot)/4026532999:123456789")
        XCTAssertFalse(contained.isOnThisHost)
        XCTAssertFalse(contained.isRunning, "the pid means another process here")
        XCTAssertFalse(contained.hasSurelyStopped)
        try database.logIn("ana", console: contained, at: at(0))
        XCTAssertEqual(try database.logOutGoneConsoles(at: at(30)), [])
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)
        XCTAssertNil(try database.logOut("ana", console: .current(), handoverNote: nil, at: at(31)), "another console's log-out leaves the shift alone")
        XCTAssertEqual(try database.logOut("ana", console: contained, handoverNote: nil, at: at(32))?.presence, .offline,
                       "its own log-out ends it")
    }

    func testAConsoleOfAnEarlierBootIsGoneWhateverItsPid() throws {
        let database = try openDatabase()
        try database.addAgent(Agent(name: "ana", createdAt: t0))
        let me = try XCTUnwrap(ConsoleProcess.current())
        let beforeTheRestart = ConsoleProcess(pid: me.pid, started: "00000000-0000-0000-0000-000000000000:" + (me.started.split(separator: ":").last ?? ""))
        XCTAssertTrue(beforeTheRestart.hasSurelyStopped)
        XCTAssertTrue(ConsoleProcess(pid: me.pid, started: "00000000-0000-0000-0000-000000000000/4026532999:1").hasSurelyStopped)
        try database.logIn("ana", console: beforeTheRestart, at: at(0))
        XCTAssertEqual(try database.logOutGoneConsoles(at: at(30)), ["ana"])
    }
}
