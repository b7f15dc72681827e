import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// "Hosts" of the test's own on this machine: each a network namespace and a PID namespace (with
/// its own /proc) held by a `sleep` that is pid 1 there, joined to this machine by a veth pair.
/// Every host reaches the server address `serverAddress` (on this machine's end of each pair), and
/// is reached from nothing else. Killing a host's pid 1 ends everything in it and removes its
/// namespaces and its veth pair, so nothing is left behind even when the test fails; the holders
/// also end by themselves after `lifetime` seconds if this process is killed.
/// Needs root (CAP_NET_ADMIN, CAP_SYS_ADMIN), unshare and nsenter (util-linux) and ip (iproute2).
/// Used by the two-host tests and by the benchmark suite's many consoles on two hosts.
public final class TestHosts {
    /// The address of this machine as the hosts see it.
    public let serverAddress: String
    /// The hosts' network, for pg_hba.conf.
    public let network: String
    /// Each host's pid 1, as this machine numbers it.
    public private(set) var holders: [pid_t] = []
    private var unshares: [pid_t] = []
    /// Each host's end of its veth pair on this machine.
    private var links: [String] = []


    /// `lifetime`: seconds after which the hosts end by themselves should this process be killed.
    public init(count: Int, lifetime: Int = 600) throws {
        // 10.213.N.0/24, N chosen per run and not on any interface here.
        let taken = (try? SpawnedProgram.run("/usr/sbin/ip", ["-4", "-o", "addr"]).stdout) ?? ""
        var subnet = ""
        repeat { subnet = "10.213.\(Int.random(in: 1...254))" } while taken.contains(subnet + ".")
        serverAddress = subnet + ".1"
        network = subnet + ".0/24"
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        do {
            for index in 0..<count {
                let (unshare, holder) = try Self.startHolder(lifetime: lifetime)
                unshares.append(unshare)
                holders.append(holder)
                let outside = "fl\(tag)h\(index)", address = "\(subnet).\(index + 2)"
                try Self.ip(["link", "add", outside, "type", "veth", "peer", "name", "eth0", "netns", "\(holder)"])
                links.append(outside)
                try Self.ip(["addr", "add", serverAddress, "peer", address, "dev", outside])
                try Self.ip(["link", "set", outside, "up"])
                try Self.ip(["link", "set", "lo", "up"], in: holder)
                try Self.ip(["addr", "add", address, "peer", serverAddress, "dev", "eth0"], in: holder)
                try Self.ip(["link", "set", "eth0", "up"], in: holder)
            }
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// Ends every host: its pid 1 killed takes everything in it along, and its namespaces and
    /// veth pair go with the last process.
    public func stop() {
        for holder in holders { kill(holder, SIGKILL) }
        for unshare in unshares {
            var status: Int32 = 0
            waitpid(unshare, &status, 0)
        }
        (holders, unshares) = ([], [])
    }

    /// Cuts host `index` off in silence, as a pulled cable does: its packets go nowhere, and
    /// neither end hears a reset. `mend` puts the link back.
    public func cut(_ index: Int) throws { try Self.ip(["link", "set", links[index], "down"]) }
    public func mend(_ index: Int) throws { try Self.ip(["link", "set", links[index], "up"]) }

    /// `argv` run on host `index` (its network, PID and mount namespaces: the /proc of its own).
    /// nsenter stays as the program's parent here; the program is its only child.
    public func command(_ argv: [String], on index: Int) -> [String] {
        ["/usr/bin/nsenter", "-t", "\(holders[index])", "-n", "-p", "-m", "--"] + argv
    }

    /// The inode of host `index`'s PID namespace ("pid:[4026532240]" → "4026532240").
    public func pidNamespace(_ index: Int) -> String {
        ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(holders[index])/ns/pid")) ?? "").filter(\.isNumber)
    }

    /// The only child of `pid` (a program under nsenter), once it has one.
    public static func child(of pid: pid_t, timeout: TimeInterval = 5) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8),
               let first = text.split(separator: " ").first, let child = pid_t(first) { return child }
            usleep(10_000)
        } while Date() < deadline
        return nil
    }

    /// unshare, in the background, and the sleep it forks as pid 1 of the new namespaces.
    private static func startHolder(lifetime: Int) throws -> (pid_t, pid_t) {
        let argv = ["/usr/bin/unshare", "--net", "--pid", "--fork", "--mount-proc", "--kill-child", "/bin/sleep", "\(lifetime)"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-hosts-\(UUID().uuidString)").path
        defer { unlink(errors) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let args = argv.map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, args, environ) == 0 else { throw NoTestHosts(said: "cannot start unshare") }
        guard let holder = child(of: pid) else {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            throw NoTestHosts(said: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
        }
        return (pid, holder)
    }

    private static func ip(_ arguments: [String], in holder: pid_t? = nil) throws {
        let run: SpawnedProgram
        do {
            run = try holder.map { try SpawnedProgram.run("/usr/bin/nsenter", ["-t", "\($0)", "-n", "/usr/sbin/ip"] + arguments) }
                ?? SpawnedProgram.run("/usr/sbin/ip", arguments)
        } catch { throw NoTestHosts(said: "\(error)") }
        guard run.status == 0 else { throw NoTestHosts(said: "ip \(arguments.joined(separator: " ")): \(run.stderr)") }
    }
}

/// Why the test's hosts could not be made, in one line with what the test needs.
public struct NoTestHosts: Error, CustomStringConvertible {
    var said: String
    public var description: String {
        "the two-host test needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN for network and PID namespaces), unshare and nsenter "
            + "(util-linux) and ip (iproute2, /usr/sbin/ip); making its hosts failed: "
            + said.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " ")
    }
}
