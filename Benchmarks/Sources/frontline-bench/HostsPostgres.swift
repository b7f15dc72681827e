import Foundation
import Glibc

/// A PostgreSQL cluster of the suite's own that the test hosts reach (`TestHosts`): initdb into
/// the data folder, listening on loopback and on the hosts' server address, trusting the hosts'
/// network, fsync off (as the test server). As root it runs as `postgres` (PostgreSQL refuses
/// root). Stopped and removed by `stop`.
final class HostsPostgres {
    let port: Int
    private let folder: String
    private let bin: String

    init(dataFolder: String, listenOn address: String, trusting network: String) throws {
        guard let version = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?
            .sorted(by: { $0.compare($1, options: .numeric) == .orderedAscending }).last else {
            throw BenchError("PostgreSQL is not installed; install it with: apt-get install -y postgresql")
        }
        bin = "/usr/lib/postgresql/\(version)/bin"
        // As root the folder must be one `postgres` can reach: under /tmp, one per run.
        folder = (getuid() == 0 ? NSTemporaryDirectory() : dataFolder + "/") + "frontline-hosts-pg-\(getpid())"
        port = 55_900 + Int(getpid() % 90)
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if getuid() == 0 { try shell("chown postgres: \(folder)", asOwner: false) }
        try shell("\(bin)/initdb -D \(folder)/data -U frontline --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
        try shell("echo 'host all all \(network) trust' >> \(folder)/data/pg_hba.conf")
        try shell("\(bin)/pg_ctl -D \(folder)/data -l \(folder)/server.log -w -t 30 -o '-c listen_addresses=127.0.0.1,\(address) "
                  + "-p \(port) -k \(folder) -c fsync=off -c max_connections=400' start >/dev/null")
    }

    /// The URL for `database` at `host`; not loopback from a test host, so TLS is turned off.
    func url(host: String, database: String = "postgres") -> String {
        "postgres://frontline@\(host):\(port)/\(database)?sslmode=disable"
    }

    /// The server's processes now: the postmaster and its children (a backend per connection).
    func processes() -> [pid_t] {
        guard let text = try? String(contentsOfFile: "\(folder)/data/postmaster.pid", encoding: .utf8),
              let main = text.split(separator: "\n").first.flatMap({ pid_t($0) }) else { return [] }
        let children = (try? String(contentsOfFile: "/proc/\(main)/task/\(main)/children", encoding: .utf8)) ?? ""
        return [main] + children.split(separator: " ").compactMap { pid_t($0) }
    }

    /// CPU seconds the server's processes have used so far.
    func cpu() -> [pid_t: Double] {
        Dictionary(uniqueKeysWithValues: processes().compactMap { pid in ProcStat.onCPUSeconds(pid).map { (pid, $0) } })
    }

    func stop() {
        try? shell("\(bin)/pg_ctl -D \(folder)/data -m immediate -w stop >/dev/null")
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func shell(_ command: String, asOwner: Bool = true) throws {
        let line = asOwner && getuid() == 0 ? "runuser -u postgres -- sh -c \"\(command)\"" : command
        _ = try Spawn.output("/bin/sh", ["-c", line], environment: ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin"])
    }
}
