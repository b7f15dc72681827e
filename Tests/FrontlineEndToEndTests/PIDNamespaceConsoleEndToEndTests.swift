import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// A console in a PID namespace of its own on this machine (as in a container) has this
/// machine's boot id but pids of its own: the consoles here cannot see its process, so they must
/// never log its agent out for a pid that means nothing, or another process, here.
final class PIDNamespaceConsoleEndToEndTests: EndToEndCase {
    func testAConsoleInAnotherPIDNamespaceStaysLoggedInAndOneHereThatIsKilledIsGone() throws {
        let probe = try ProcessResult.run("/usr/bin/unshare", ["--pid", "--fork", "--mount-proc", "/bin/true"])
        guard probe.status == 0 else {
            return XCTFail("this test needs a PID namespace of its own: run it as root (CAP_SYS_ADMIN) with unshare (util-linux); "
                           + "unshare said: \(probe.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        // ana's console is pid 1 of its namespace; here pid 1 is this machine's init.
        let ana = try TmuxSession(command: ["/usr/bin/unshare", "--pid", "--fork", "--mount-proc"] + frontline.consoleCommand(agent: "ana"))
        try ana.waitFor("Available")
        let bo = try TmuxSession(command: frontline.consoleCommand(agent: "bo"))
        try bo.waitFor("Available")
        let database = try AppDatabase.open(path: frontline.databasePath)
        XCTAssertEqual(try database.logOutGoneConsoles(at: Date()), [], "both consoles run")
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)

        // bo's console, on this host, is killed: gone at once, by its pid.
        XCTAssertEqual(kill(try panePid(bo), SIGKILL), 0)
        try waitUntilExited(bo)
        XCTAssertEqual(try database.logOutGoneConsoles(at: Date()), ["bo"])

        // ana's is killed too (through unshare, its parent here): from this host that cannot be
        // told on SQLite, which has no lease, so her shift stays (README: a console killed
        // without logging out).
        let unshare = try panePid(ana)
        let console = try XCTUnwrap(pid_t((try? String(contentsOfFile: "/proc/\(unshare)/task/\(unshare)/children", encoding: .utf8))?
            .split(separator: " ").first ?? ""), "the console under unshare")
        XCTAssertEqual(kill(console, SIGKILL), 0)
        try waitUntilExited(ana)
        XCTAssertEqual(try database.logOutGoneConsoles(at: Date()), [])
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)
    }

    private func panePid(_ session: TmuxSession) throws -> pid_t {
        try XCTUnwrap(pid_t(try TmuxSession.tmux(["display-message", "-p", "-t", session.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    private func waitUntilExited(_ session: TmuxSession) throws {
        let deadline = Date().addingTimeInterval(5)
        while try !session.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertTrue(try session.hasExited())
    }
}
