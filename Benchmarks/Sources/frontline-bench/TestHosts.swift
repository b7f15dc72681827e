import Foundation
import Glibc

/// Hosts of the suite's own on this machine, as the two-host test makes them
/// (Tests/FrontlinePostgresTests/TestHosts.swift): each a network and a PID namespace (with its
/// own /proc) held by a `sleep` that is pid 1 there, joined to this machine by a veth pair in
/// 10.213.N.0/24; every host reaches `serverAddress`. Killing a host's pid 1 ends everything in
/// it and removes its namespaces and veth pair. Needs root, unshare/nsenter and ip.
final class TestHosts {
    let serverAddress: String
    let network: String
    private(set) var holders: [pid_t] = []
    private var unshares: [pid_t] = []

    init(count: Int) throws {
        let taken = (try? Spawn.output("/usr/sbin/ip", ["-4", "-o", "addr"], environment: [:])) ?? ""
        var subnet = ""
        repeat { subnet = "10.213.\(Int.random(in: 1...254))" } while taken.contains(subnet + ".")
        serverAddress = subnet + ".1"
        network = subnet + ".0/24"
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        do {
            for index in 0..<count {
                let unshare = try Spawn.start("/usr/bin/unshare", ["--net", "--pid", "--fork", "--mount-proc", "--kill-child", "/bin/sleep", "7200"],
                                              environment: [:])
                unshares.append(unshare)
                guard let holder = Self.child(of: unshare) else {
                    throw BenchError("hosts need root (CAP_NET_ADMIN, CAP_SYS_ADMIN), unshare and nsenter (util-linux), ip (iproute2)")
                }
                holders.append(holder)
                let outside = "fl\(tag)h\(index)", address = "\(subnet).\(index + 2)"
                try ip(["link", "add", outside, "type", "veth", "peer", "name", "eth0", "netns", "\(holder)"])
                try ip(["addr", "add", serverAddress, "peer", address, "dev", outside])
                try ip(["link", "set", outside, "up"])
                try ip(["link", "set", "lo", "up"], in: holder)
                try ip(["addr", "add", address, "peer", serverAddress, "dev", "eth0"], in: holder)
                try ip(["link", "set", "eth0", "up"], in: holder)
            }
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    func stop() {
        for holder in holders { kill(holder, SIGKILL) }
        for unshare in unshares { Spawn.wait(unshare) }
        (holders, unshares) = ([], [])
    }

    /// The command prefix that runs a program on host `index` (nsenter stays as its parent).
    func prefix(_ index: Int) -> [String] {
        ["/usr/bin/nsenter", "-t", "\(holders[index])", "-n", "-p", "-m", "--"]
    }

    /// The only child of `pid` (a program under nsenter), once it has one.
    static func child(of pid: pid_t, timeout: Double = 5) -> pid_t? {
        let deadline = monotonic() + timeout
        repeat {
            if let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8),
               let first = text.split(separator: " ").first, let child = pid_t(first) { return child }
            usleep(10_000)
        } while monotonic() < deadline
        return nil
    }

    private func ip(_ arguments: [String], in holder: pid_t? = nil) throws {
        let argv = holder.map { ["/usr/bin/nsenter", "-t", "\($0)", "-n", "/usr/sbin/ip"] } ?? ["/usr/sbin/ip"]
        _ = try Spawn.output(argv[0], Array(argv.dropFirst()) + arguments, environment: [:])
    }
}
