import Foundation
import FrontlinePostgres
import FrontlineTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL cluster of one test's own, to stop and start under a running store without
/// touching the server the other tests share (scripts/postgres-test-server.sh): initdb into a
/// folder under /tmp, loopback only, trusting local connections, on a free port. As root it runs
/// as the `postgres` user, as the script does (PostgreSQL refuses to run as root).
/// `alsoListenOn` adds an address beside loopback, and trusts connections from `network` (the
/// two-host test's own hosts, `TestHosts`).
final class ThrowawayCluster {
    let location: PostgresLocation
    let port: Int
    private let folder: String
    private let bin: String
    private let listen: String

    init(alsoListenOn address: String? = nil, trusting network: String? = nil) throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let newest = versions.sorted(by: { $0.compare($1, options: .numeric) == .orderedAscending }).last,
              FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\(newest)/bin/initdb") else {
            throw NoTestServer(reason: "PostgreSQL is not installed; install it with: apt-get install -y postgresql")
        }
        bin = "/usr/lib/postgresql/\(newest)/bin"
        folder = "/tmp/frontline-outage-\(UUID().uuidString.prefix(8).lowercased())"
        port = try Self.freePort()
        location = PostgresLocation(user: "frontline", host: "127.0.0.1", port: port, database: "postgres", requiresTLS: false)
        listen = ["127.0.0.1", address].compactMap { $0 }.joined(separator: ",")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 { try shell("chown postgres: \(folder)", asOwner: false) }
        try shell("\(bin)/initdb -D \(folder)/data -U frontline --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
        if let network { try shell("echo 'host all all \(network) trust' >> \(folder)/data/pg_hba.conf") }
        try start()
    }

    deinit {
        try? stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Starts the server and returns once it accepts connections.
    func start() throws {
        try shell("\(bin)/pg_ctl -D \(folder)/data -l \(folder)/server.log -w -t 30 "
                  + "-o '-c listen_addresses=\(listen) -p \(port) -k \(folder)' start >/dev/null")
    }

    /// Stops the server: `fast` disconnects every client and shuts down cleanly; `immediate` is
    /// as good as a crash (no checkpoint: what was committed comes back from the WAL at start).
    func stop(_ mode: String = "fast") throws {
        try shell("\(bin)/pg_ctl -D \(folder)/data -m \(mode) -w stop >/dev/null")
    }

    private func shell(_ command: String, asOwner: Bool = true) throws {
        let line = asOwner && getuid() == 0 ? "runuser -u postgres -- sh -c \"\(command)\"" : command
        let run = try SpawnedProgram.run("/bin/sh", ["-c", line])
        guard run.status == 0 else {
            throw NoTestServer(reason: "\(command) failed: \(run.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }

    /// A loopback port nothing listens on now.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw NoTestServer(reason: "no socket for a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw NoTestServer(reason: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
