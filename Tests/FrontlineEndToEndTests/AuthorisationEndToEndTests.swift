import Foundation
import FrontlineStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Every supervisor-only action through every entry point of the binary (the command line, the
/// console's and the wallboard's), as the operating-system user running the tests: the binary maps
/// the same getpwuid(geteuid()) name to an agent, so the test changes that agent's role to be a
/// supervisor, then an agent. Where the test runs as root, it also runs the binary as a second,
/// real user (nobody) on a shared database.
final class AuthorisationEndToEndTests: EndToEndCase {
    override class var initArguments: [String]? { ["--demo"] }
    override class var needsTmux: Bool { false }

    /// The login name the binary acts as: the same system call, in the test's own process.
    private let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try ProcessResult.frontline(arguments + ["--db", frontline.databasePath], environment: environment)
    }

    /// Refused as bad data, on one line that says `mentions`; nothing else printed.
    private func assertRefused(_ arguments: [String], _ mentions: String, environment: [String: String] = [:],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try run(arguments, environment: environment)
        XCTAssertEqual(result.status, 65, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(mentions), "\(arguments): \(result.stderr)", file: file, line: line)
    }

    private func events(_ contact: Int64) throws -> [String] {
        try AppDatabase.open(path: frontline.databasePath).events(contactId: contact)
            .map { "\($0.kind.rawValue) \($0.agent ?? "-") \($0.actor ?? "-")" }
    }

    private func roles() throws -> [String: String] {
        var roles: [String: String] = [:]
        for agent in try AppDatabase.open(path: frontline.databasePath).agents() { roles[agent.name] = agent.role.rawValue }
        return roles
    }

    func testWhoeverCreatesTheDatabaseLeadsItAndWhatTheyDoForOthersNamesThem() throws {
        XCTAssertEqual(try roles()[me], "supervisor", "db init made \(me) the first agent, a supervisor")
        try frontline.run("agents", "add", "mina")
        let chat = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "chat", "--from", "+82 10 0000 7777", "--text", "안녕하세요")
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        try frontline.run("note", "--contact", String(chat), "--agent", "emma", "covering for emma")
        try frontline.run("note", "--contact", String(chat), "my own note")
        XCTAssertEqual(try events(chat).suffix(2), ["noted emma \(me)", "noted \(me) -"])
        // LOGNAME and USER are the shell's to set: they name no one.
        XCTAssertEqual(try run(["note", "--contact", String(chat), "still me"], environment: ["USER": "mina", "LOGNAME": "mina"]).status, 0)
        XCTAssertEqual(try events(chat).last, "noted \(me) -")

        try frontline.run("complaint", "step", "1", "--agent", "emma", "edit", "--cause", "the courier")
        XCTAssertTrue(try frontline.run("complaint", "show", "1").contains("emma (by \(me))  cause: - -> the courier"))
        let shown = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try frontline.run("complaint", "show", "1", "--json").utf8)) as? [String: Any])
        let history = try XCTUnwrap(shown["history"] as? [[String: Any]])
        XCTAssertEqual(history.last?["agent"] as? String, "emma")
        XCTAssertEqual(history.last?["actor"] as? String, me)

        try assertRefused(["--agent", "mnia"], "there is no agent 'mnia'; check the name with 'frontline agents', or add one with 'frontline agents add mnia'")
        try assertRefused(["note", "--contact", String(chat), "--agent", "mnia", "hi"], "frontline agents add mnia")
        try assertRefused(["pause", "--contact", String(chat), "--agent", "mnia"], "frontline agents add mnia")
        try assertRefused(["complaint", "step", "1", "--agent", "mnia", "edit", "--cause", "x"], "frontline agents add mnia")
        try assertRefused(["customers", "assign", "1", "--agent", "mnia"], "there is no agent 'mnia'")
        XCTAssertNil(try roles()["mnia"], "no agent is made up on the way")
    }

    func testAnAgentIsRefusedEverySupervisorsRightThroughEveryEntryPoint() throws {
        try frontline.run("agents", "add", "sun", "--role", "supervisor")
        let chat = try XCTUnwrap(Int64(try frontline.run("enqueue", "--channel", "email", "--from", "lee@example.com", "--text", "where is it?")
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        try frontline.run("agents", "set", me, "--role", "agent")   // sun leads now
        let before = try roles()

        let onlyASupervisor = "only a supervisor may"
        for change in [["--role", "supervisor"], ["--capacity", "5"], ["--display-name", "E"], ["--languages", "ko"]] {
            try assertRefused(["agents", "set", "emma"] + change, onlyASupervisor)
        }
        try assertRefused(["agents", "set", me, "--role", "supervisor"], "only a supervisor may change \(me)'s role")
        try assertRefused(["agents", "set", "sun", "--role", "agent"], "only a supervisor may change sun's role")
        try assertRefused(["agents", "add", "jun"], "only a supervisor may add agents")
        try assertRefused(["agents", "remove", "emma"], "only a supervisor may remove agents")
        try assertRefused(["agents", "restore", "emma"], "only a supervisor may bring back removed agents")
        try assertRefused(["complaint", "step", "1", "approve"], "only a supervisor may approve complaint 1; \(me) is an agent")
        try assertRefused(["complaint", "step", "1", "--agent", "sun", "approve"], "only a supervisor may act for sun")
        try assertRefused(["complaint", "step", "1", "--agent", "emma", "edit", "--cause", "x"], "only a supervisor may act for emma")
        for timer in ["pause", "resume", "promise"] {
            try assertRefused([timer, "--contact", String(chat), "--agent", "emma"], "only a supervisor may act for emma")
        }
        try assertRefused(["note", "--contact", String(chat), "--agent", "emma", "hi"], "only a supervisor may act for emma")
        try assertRefused(["customers", "assign", "1", "--agent", "emma"], "only a supervisor may give customers to emma")
        // The console's and the wallboard's entry points refuse before taking the terminal over.
        try assertRefused(["--agent", "emma"], "only a supervisor may act for emma")
        try assertRefused(["console", "--agent", "sun"], "only a supervisor may act for sun")
        try assertRefused(["supervise"], "only a supervisor may open the wallboard; \(me) is an agent")
        // Claiming another name in the environment changes nothing.
        try assertRefused(["agents", "set", "emma", "--role", "supervisor"], "\(me) is an agent", environment: ["USER": "sun", "LOGNAME": "sun"])
        XCTAssertEqual(try roles(), before, "nothing changed")
        XCTAssertFalse(try events(chat).contains { $0.hasPrefix("noted") })

        // What stays an agent's own.
        XCTAssertEqual(try run(["agents", "set", me, "--display-name", "Me"]).status, 0)
        XCTAssertEqual(try run(["customers", "assign", "1", "--agent", me]).status, 0)
        XCTAssertEqual(try run(["note", "--contact", String(chat), "mine"]).status, 0)
    }

    /// Two real users where the test may become another one: it runs as root, and setpriv runs
    /// the binary as nobody. The creator (nobody) leads; root is no agent until added, then an agent.
    func testTwoOperatingSystemUsersOnOneDatabase() throws {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), let nobody = getpwnam("nobody"),
              FrontlineBinary.isRunnable(byUser: nobody.pointee.pw_uid, group: nobody.pointee.pw_gid) else {
            throw XCTSkip("needs root, /usr/bin/setpriv, the user nobody, and a binary nobody may run, to run as a second user")
        }
        let shared = folder.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        chmod(shared.path, 0o777)
        let database = shared.appendingPathComponent("frontline.db").path
        let homes = ["XDG_CONFIG_HOME": shared.appendingPathComponent("config").path, "XDG_DATA_HOME": shared.appendingPathComponent("data").path,
                     "HOME": shared.path, "LANG": "C.UTF-8"]
        func asNobody(_ arguments: String...) throws -> ProcessResult {
            try ProcessResult.run("/usr/bin/setpriv", ["--reuid=\(nobody.pointee.pw_uid)", "--regid=\(nobody.pointee.pw_gid)", "--clear-groups",
                                                       FrontlineBinary.url.path] + arguments + ["--db", database], environment: homes)
        }
        func asRoot(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
            try ProcessResult.run(FrontlineBinary.url.path, arguments + ["--db", database], environment: homes.merging(environment) { $1 })
        }

        let created = try asNobody("db", "init")
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("you (nobody) are its first agent, a supervisor"), created.stdout)
        let stranger = try asRoot("agents", "set", "nobody", "--role", "agent")
        XCTAssertEqual(stranger.status, 65)
        XCTAssertTrue(stranger.stderr.contains("you are 'root' on this computer, and there is no agent 'root'"), stranger.stderr)
        let chat = try asRoot("enqueue", "--channel", "chat", "--from", "+82 10 0000 8888", "--text", "hi")   // a connector needs no agent
        XCTAssertEqual(chat.status, 0, chat.stderr)
        let contact = chat.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        XCTAssertEqual(try asNobody("agents", "add", "root").status, 0)
        for refused in [try asRoot("agents", "set", "nobody", "--role", "agent"), try asRoot("agents", "add", "jun"),
                        try asRoot("supervise"), try asRoot("--agent", "nobody"), try asRoot("note", "--contact", contact, "--agent", "nobody", "x"),
                        try asRoot("agents", "set", "root", "--role", "supervisor", environment: ["USER": "nobody", "LOGNAME": "nobody"])] {
            XCTAssertEqual(refused.status, 65, refused.stderr)
            XCTAssertTrue(refused.stderr.contains("only a supervisor may"), refused.stderr)
        }
        let covered = try asNobody("note", "--contact", contact, "--agent", "root", "for root")
        XCTAssertEqual(covered.status, 0, covered.stderr)
        let events = try AppDatabase.open(path: database, readOnly: true).events(contactId: try XCTUnwrap(Int64(contact)))
        XCTAssertEqual(events.last.map { "\($0.kind.rawValue) \($0.agent ?? "-") \($0.actor ?? "-")" }, "noted root nobody")
        let list = try asRoot("agents")
        XCTAssertTrue(list.stdout.contains("nobody") && list.stdout.contains("supervisor"), list.stdout)
    }
}
