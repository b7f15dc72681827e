import Foundation
import FrontlineCore
import FrontlineStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The supervisor's wallboard beside an agent's console, both the real binary in tmux. The board
/// is the operating-system user's, who created the database and so is its supervisor.
final class WallboardEndToEndTests: EndToEndCase {
    private let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)

    override func setUpWithError() throws {
        try super.setUpWithError()
        try frontline.run("agents", "add", "mina")
        // Logged in, as opening the console will do once the console logs agents in (branch agents).
        try AppDatabase.open(path: frontline.databasePath).changeState(of: "mina", .logIn, at: Date())
    }

    private func wallboardCommand(extra: [String] = []) -> [String] {
        [FrontlineBinary.url.path, "supervise", "--db", frontline.databasePath] + extra
    }

    func testAChatFromAScriptIsReassignedOnTheWallboardAndShowsInTheAgentsConsole() throws {
        let console = try TmuxSession(command: frontline.consoleCommand(agent: "mina"))
        try console.waitFor("Queue")
        let board = try TmuxSession(command: wallboardCommand(), width: 160, height: 45)
        try board.waitFor("Wallboard")
        try board.waitFor("Nobody is waiting.")

        let id = try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10-0000-4242", "--name", "김서연",
                                   "--text", "주문한 물건이 아직 안 왔어요").trimmingCharacters(in: .whitespacesAndNewlines)
        try board.waitFor("김서연", timeout: 3)
        try board.waitFor("1 waiting", timeout: 3)
        try board.send("r")
        try board.waitFor("Give contact \(id) to")
        try board.send("Enter")
        try board.waitFor("Contact \(id) is now mina's.")

        // The console polls the store four times a second: the chat is mina's within about a second.
        let started = Date()
        try console.waitFor("Busy 1/3", timeout: 3)
        XCTAssertTrue(try console.screen().contains("chat 김서연"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5, "the reassigned chat took too long to show")
        let contact = try XCTUnwrap(AppDatabase.open(path: frontline.databasePath).contact(id: Int64(id)!))
        XCTAssertEqual(contact.agent, "mina")
        XCTAssertEqual(contact.state, .active)
        let screen = try board.waitFor("busy 1/3")
        XCTAssertTrue(screen.contains("#\(id) chat 김서연"), "the grid shows mina's current contact:\n\(screen)")

        try board.send("q")
        let deadline = Date().addingTimeInterval(5)
        while try !board.hasExited(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertTrue(try board.hasExited())
    }

    func testAnAgentWhoIsNotASupervisorIsToldHowToBecomeOne() throws {
        try frontline.run("agents", "add", "sun", "--role", "supervisor")
        try frontline.run("agents", "set", me, "--role", "agent")
        let result = try ProcessResult.frontline(["supervise", "--db", frontline.databasePath])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stderr, "frontline: only a supervisor may open the wallboard; \(me) is an agent (a supervisor can make you one with 'frontline agents set \(me) --role supervisor')\n")
        // The board is its runner's: there is no one to open it for.
        let someoneElse = try ProcessResult.frontline(["supervise", "--agent", "sun", "--db", frontline.databasePath])
        XCTAssertEqual(someoneElse.status, 64, someoneElse.stderr)
        XCTAssertTrue(someoneElse.stderr.contains("unknown option '--agent'"), someoneElse.stderr)
    }

    func testTheWallboardsKeysArePrintedForTheReadme() throws {
        let keys = try ProcessResult.frontline(["keys", "--wallboard"]).stdout
        XCTAssertTrue(keys.contains("| `r` | Give the selected contact to an agent you pick |"), keys)
    }
}
