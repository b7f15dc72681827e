import Foundation

/// Where a PostgreSQL store lives, from a `postgres://user@host:port/dbname?sslmode=…` URL.
/// The password never comes from the URL (it would show in `ps`, shell history and logs): it is
/// read from PGPASSWORD or ~/.pgpass (`PostgresPassword`).
public struct PostgresLocation: Equatable, Sendable, CustomStringConvertible {
    public var user: String
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
        guard let host = url.host, !host.isEmpty else {
            throw Problem(description: "the database URL names no host; write postgres://user@host:port/dbname")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw Problem(description: "the database URL names no database; write postgres://user@host:port/dbname")
        }
        var sslmode: String?
        for item in url.queryItems ?? [] {
            guard item.name == "sslmode" else {
                throw Problem(description: "the database URL has an option '\(item.name)' Frontline does not know; only sslmode is read")
            }
            sslmode = item.value
        }
        let tls: Bool
        switch sslmode {
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

    /// The URL without anything secret, for messages and logs.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// Whatever was typed, with any password replaced, for an error message.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "postgres://…"
    }
}
