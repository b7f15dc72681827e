import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import FrontlineTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Several hosts on one PostgreSQL server (issue 18, item 6): two hosts of the test's own
/// (`TestHosts`: a network and a PID namespace each, so each has pids of its own and reaches the
/// server over a veth pair, not loopback), a real `frontline` console on each under a terminal
/// (tmux), one server listening on an address both reach. A contact taken on one host leaves
/// the other's screen within 1 s; both consoles stay logged in past the lease (neither judges
/// the other by a pid it cannot see); a console killed on one host is logged out by the other's
/// lease keeper once its lease and grace ran out. The connection from a host is not loopback,
/// so the URL says `sslmode=disable` (TLS would otherwise be required): fine on the test's own
/// veth pairs. No namespaces (not root) is a failed test with what it needs, never a skip.
final class PostgresTwoHostsTests: XCTestCase {
    private let lease = ConsoleLease.standard

    func testAContactTakenOnOneHostLeavesTheOtherAndAKilledConsoleIsLoggedOutByLease() throws {
        let terminals = try Terminals()
        defer { terminals.stop() }   // last: once the hosts, and the consoles in them, are gone
        let hosts: TestHosts
        do { hosts = try TestHosts(count: 2) } catch { return XCTFail("\(error)") }
        defer { hosts.stop() }
        let cluster = try ThrowawayCluster(alsoListenOn: hosts.serverAddress, trusting: hosts.network)
        let url = "postgres://frontline@\(hosts.serverAddress):\(cluster.port)/postgres?sslmode=disable"
        // Set up as a supervisor does, from this machine: whoever makes the database supervises it.
        let here = "postgres://frontline@127.0.0.1:\(cluster.port)/postgres?sslmode=disable"
        for command in [["db", "init"], ["agents", "add", "ana"], ["agents", "add", "bo"]] { try terminals.run(command + ["--db", here]) }
        let store = try PostgresStore.open(cluster.location)
        try terminals.open("ana", hosts.command(try terminals.console(agent: "ana", url: url), on: 0))
        try terminals.waitFor("Available", on: "ana")
        try terminals.open("bo", hosts.command(try terminals.console(agent: "bo", url: url), on: 1))
        try terminals.waitFor("Available", on: "bo")
        let opened = Date()

        // Each shift names its console's host: this boot and that host's PID namespace.
        for (agent, host) in [("ana", 0), ("bo", 1)] {
            let started = try consoleStarted(agent, cluster)
            XCTAssertTrue(started.contains("/\(hosts.pidNamespace(host)):"), "\(agent)'s console names its host: \(started)")
            XCTAssertFalse(ConsoleProcess(pid: 1, started: started).isOnThisHost)
        }

        let id = try XCTUnwrap(store.enqueue(channel: .chat, from: "quince@example.com", name: "Ravi Quince", text: "hello", at: Date()).id)
        try terminals.waitFor("Ravi Quince", on: "ana")
        try terminals.waitFor("Ravi Quince", on: "bo")
        try terminals.send("n", to: "ana")
        var taken: Date?
        let takeDeadline = Date().addingTimeInterval(5)
        while taken == nil, Date() < takeDeadline {
            if try store.events(contactId: id).contains(where: { $0.agent == "ana" && $0.kind == .taken }) { taken = Date() }
            else { usleep(5_000) }
        }
        let takenAt = try XCTUnwrap(taken, "ana's console took the contact")
        let gone = try terminals.waitUntilGone("Ravi Quince", on: "bo", timeout: 5)
        XCTAssertLessThanOrEqual(gone.timeIntervalSince(takenAt), 1, "gone from the other host's screen within 1 s of the take")
        print(String(format: "two hosts: the taken contact left bo's screen %.2f s after the take", gone.timeIntervalSince(takenAt)))

        // Both past a whole lease and grace: neither console is judged gone by the other.
        let pastLease = opened.addingTimeInterval(lease.term + lease.grace + lease.renewEvery + 1)
        if pastLease > Date() { Thread.sleep(until: pastLease) }
        for agent in ["ana", "bo"] { XCTAssertNotEqual(try store.agent(named: agent)?.presence, .offline, "\(agent) stays logged in") }

        // ana's console killed outright on her host: bo's lease keeper logs her out, not before
        // her last lease and its grace ran out, and no later than its next look after that.
        let nsenter = try terminals.panePid("ana")
        let console = try XCTUnwrap(TestHosts.child(of: nsenter), "ana's console under nsenter")
        let heldUntil = try leaseUntil("ana", cluster)
        XCTAssertEqual(kill(console, SIGKILL), 0)
        let killed = Date()
        let latest = heldUntil.addingTimeInterval(lease.grace + lease.renewEvery + 1)
        while try store.agent(named: "ana")?.presence != .offline, Date() < latest { usleep(20_000) }
        XCTAssertEqual(try store.agent(named: "ana")?.presence, .offline,
                       "logged out within the lease (held until \(heldUntil), killed \(killed))")
        let entry = try XCTUnwrap(store.stateLog(agent: "ana", from: opened.addingTimeInterval(-60), to: Date().addingTimeInterval(60)).last)
        XCTAssertEqual(entry.byAgent, AgentStateLogEntry.consoleGone)
        XCTAssertGreaterThan(entry.at, heldUntil.addingTimeInterval(lease.grace), "judged by the lease, not by a pid")
        XCTAssertNotEqual(try store.agent(named: "bo")?.presence, .offline, "bo's console still runs")
        print(String(format: "two hosts: ana logged out %.2f s after the kill (lease held %.2f s past it)", entry.at.timeIntervalSince(killed),
                     heldUntil.timeIntervalSince(killed)))
    }

    /// A host cut off in silence (no reset reaches either end): its console says the database is
    /// unreachable within seconds, not when TCP gives up a quarter of an hour later, and says it
    /// is back once the link is mended, with no key pressed.
    func testAConsoleCutOffInSilenceSaysSoWithinSecondsAndRecovers() throws {
        let terminals = try Terminals()
        defer { terminals.stop() }
        let hosts: TestHosts
        do { hosts = try TestHosts(count: 1) } catch { return XCTFail("\(error)") }
        defer { hosts.stop() }
        let cluster = try ThrowawayCluster(alsoListenOn: hosts.serverAddress, trusting: hosts.network)
        let here = "postgres://frontline@127.0.0.1:\(cluster.port)/postgres?sslmode=disable"
        for command in [["db", "init"], ["agents", "add", "ana"]] { try terminals.run(command + ["--db", here]) }
        let url = "postgres://frontline@\(hosts.serverAddress):\(cluster.port)/postgres?sslmode=disable"
        try terminals.open("ana", hosts.command(try terminals.console(agent: "ana", url: url), on: 0))
        try terminals.waitFor("Available", on: "ana")
        try hosts.cut(0)
        let cut = Date()
        // Keep-alive: 5 s idle, then 3 probes 2 s apart; then the console's next look.
        try terminals.waitFor("Database unreachable", on: "ana", timeout: 30)
        print(String(format: "dead network: the banner showed %.1f s after the cut", Date().timeIntervalSince(cut)))
        try hosts.mend(0)
        try terminals.waitFor("The database is back", on: "ana", timeout: 15)
    }

    private func consoleStarted(_ agent: String, _ cluster: ThrowawayCluster) throws -> String {
        var started = ""
        try PostgresBackend.admin(cluster.location) { session in
            started = try session.query("SELECT console_started FROM shifts WHERE agent = $1 AND ended_at IS NULL", [agent])
                .rows.first?.get("console_started", as: String?.self) ?? ""
        }
        return started
    }

    private func leaseUntil(_ agent: String, _ cluster: ThrowawayCluster) throws -> Date {
        var until: Date?
        try PostgresBackend.admin(cluster.location) { session in
            until = try session.query("SELECT console_lease_until FROM shifts WHERE agent = $1 AND ended_at IS NULL", [agent])
                .rows.first?.date("console_lease_until")
        }
        return try XCTUnwrap(until, "\(agent)'s shift holds a lease")
    }
}

/// Consoles on terminals of a tmux server of the test's own (its own socket, killed at the end).
private final class Terminals {
    private let socket = "frontline-hosts-\(UUID().uuidString.prefix(8))"
    private let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/frontline"), withIntermediateDirectories: true)
        // Routing off: the contact waits for whoever takes it with n, on both screens until then.
        try "[agents]\nrouting = false\n".write(to: home.appendingPathComponent("config/frontline/config.toml"), atomically: true, encoding: .utf8)
    }

    /// The debug binary built beside this test bundle, in the consoles' environment.
    private func frontline() throws -> [String] {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw NoTestServer(reason: "no frontline binary at \(binary): build it first (swift build --build-tests)")
        }
        return ["/usr/bin/env", "LANG=C.UTF-8", "XDG_CONFIG_HOME=\(home.path)/config", "XDG_DATA_HOME=\(home.path)/data", binary]
    }

    func console(agent: String, url: String) throws -> [String] {
        try frontline() + ["--db", url, "--agent", agent, "--lang", "en"]
    }

    /// A command run to the end here; a failure throws what it said.
    func run(_ arguments: [String]) throws {
        let argv = try frontline() + arguments
        let run = try SpawnedProgram.run(argv[0], Array(argv.dropFirst()))
        guard run.status == 0 else { throw NoTestServer(reason: "frontline \(arguments.joined(separator: " ")): \(run.stderr)") }
    }

    func open(_ name: String, _ argv: [String]) throws {
        let line = argv.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "120", "-y", "40", line])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    func send(_ keys: String, to name: String) throws { try tmux(["send-keys", "-t", name, keys]) }

    func screen(_ name: String) throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    func panePid(_ name: String) throws -> pid_t {
        try XCTUnwrap(pid_t(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    func waitFor(_ text: String, on name: String, timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(name)
            if last.contains(text) { return }
            usleep(50_000)
        }
        XCTFail("\(name)'s screen never showed \"\(text)\":\n\(last)")
        throw NoTestServer(reason: "\(name)'s console did not show \(text)")
    }

    /// When `text` was first seen gone from the screen (looked at every 10 ms).
    func waitUntilGone(_ text: String, on name: String, timeout: TimeInterval) throws -> Date {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(name)
            if !last.contains(text) { return Date() }
            usleep(10_000)
        }
        XCTFail("\"\(text)\" never left \(name)'s screen:\n\(last)")
        return .distantFuture
    }

    func stop() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let run = try SpawnedProgram.run("/usr/bin/env", ["tmux", "-L", socket] + arguments)
        guard run.status == 0 else { throw NoTestServer(reason: "tmux \(arguments.first ?? ""): \(run.stderr)") }
        return run.stdout
    }
}
