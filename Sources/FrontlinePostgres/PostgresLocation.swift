import Foundation

/// Where a PostgreSQL store lives, from a `postgres://user@host:port/dbname?sslmode=…` URL, or
/// on this machine through the server's Unix socket: `postgres://emma@/dbname?host=/var/run/postgresql`
/// (as libpq, a `host` that is a path names the socket's directory; peer authentication then
/// lets the operating-system user in as the role of the same name).
/// The password never comes from the URL (it would show in `ps`, shell history and logs): it is
/// read from PGPASSWORD or ~/.pgpass (`PostgresPassword`).
public struct PostgresLocation: Equatable, Sendable, CustomStringConvertible {
    public var user: String
    /// A host name or address, or the directory of the server's Unix socket (starts with `/`).
    public var host: String
    public var port: Int
    public var database: String
    /// TLS: required unless the host is this machine or the URL says `sslmode=disable`.
    public var requiresTLS: Bool

    /// True when `text` names a PostgreSQL server rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// A one-line reason when the URL cannot be used.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public init(user: String, host: String, port: Int = 5432, database: String, requiresTLS: Bool) {
        (self.user, self.host, self.port, self.database, self.requiresTLS) = (user, host, port, database, requiresTLS)
    }

    /// `defaultUser` is the operating-system user, as psql takes it when the URL names none.
    public init(url text: String, defaultUser: String) throws {
        guard Self.isURL(text), let url = URLComponents(string: text) else {
            throw Problem(description: "'\(Self.redacted(text))' is not a PostgreSQL URL; write postgres://user@host:port/dbname")
        }
        if url.password != nil {
            throw Problem(description: "the database URL carries a password; remove it and give it in PGPASSWORD or ~/.pgpass instead")
        }
        var socketDirectory: String?
        var sslmode: String?
        for item in url.queryItems ?? [] {
            switch item.name {
            case "sslmode": sslmode = item.value
            case "host":
                guard let value = item.value, value.hasPrefix("/") else {
                    throw Problem(description: "host= in the database URL must be the server's socket directory, e.g. host=/var/run/postgresql")
                }
                socketDirectory = value
            default:
                throw Problem(description: "the database URL has an option '\(item.name)' Frontline does not know; only sslmode and host are read")
            }
        }
        guard let host = socketDirectory ?? url.host, !host.isEmpty else {
            throw Problem(description: "the database URL names no host; write postgres://user@host:port/dbname")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw Problem(description: "the database URL names no database; write postgres://user@host:port/dbname")
        }
        let tls: Bool
        switch sslmode {
        case _ where socketDirectory != nil: tls = false
        case nil: tls = !Self.isLocal(host)
        case "disable": tls = false
        case "require", "verify-ca", "verify-full": tls = true
        case let other?:
            throw Problem(description: "sslmode=\(other) is not supported; use sslmode=require (the default off this machine) or sslmode=disable")
        }
        self.init(user: url.user.flatMap { $0.isEmpty ? nil : $0 } ?? defaultUser, host: host, port: url.port ?? 5432,
                  database: database, requiresTLS: tls)
    }

    /// This machine: the loopback names and addresses.
    static func isLocal(_ host: String) -> Bool {
        ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// True when `host` is the directory of the server's Unix socket.
    public var isSocket: Bool { host.hasPrefix("/") }

    /// The socket file in that directory, named as libpq names it.
    var socketPath: String { "\(host)/.s.PGSQL.\(port)" }

    /// The URL without anything secret, for messages and logs.
    public var description: String {
        isSocket ? "postgres://\(user)@localhost:\(port)/\(database)?host=\(host)" : "postgres://\(user)@\(host):\(port)/\(database)"
    }

    /// Whatever was typed, with any password replaced, for an error message.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "postgres://…"
    }
}
