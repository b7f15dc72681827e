import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlinePostgres
import FrontlineStore
import FrontlineStoreAPI

/// `--db PATH` or `--db postgres://user@host:port/dbname`, shared by every command that opens the
/// database: a path is a SQLite file, a URL a PostgreSQL server (its password only from
/// PGPASSWORD or ~/.pgpass).
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The database file, or a PostgreSQL server as postgres://user@host:port/dbname (password from PGPASSWORD or ~/.pgpass; TLS off this machine unless ?sslmode=disable). Default: $FRONTLINE_DB, else $XDG_DATA_HOME/frontline/frontline.db, else ~/.local/share/frontline/frontline.db.",
                               valueName: "path"))
    var db: String?

    /// `--db` wins, then `FRONTLINE_DB`, then the XDG data folder, then `~/.local/share`.
    func resolvedPath() -> String {
        Self.resolve(db, environment: ProcessInfo.processInfo.environment,
                     home: StandardPaths.home())
    }

    static func resolve(_ option: String?, environment: [String: String], home: String) -> String {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        if let path = given(option) ?? given(environment["FRONTLINE_DB"]) {
            return PostgresLocation.isURL(path) ? path : (path as NSString).expandingTildeInPath
        }
        return StandardPaths.dataFile("frontline.db", environment: environment, home: home)
    }

    /// True when neither `--db` nor `FRONTLINE_DB` names the file: the console's first run
    /// may create it there (the README's Quick start).
    var isDefaultLocation: Bool {
        (db ?? "").isEmpty && (ProcessInfo.processInfo.environment["FRONTLINE_DB"] ?? "").isEmpty
    }

    /// Opens (migrating if needed) the database; store errors become the one-line message and
    /// exit code of `CommandFailure`. Only with `creating` (`db init`, the console's first run)
    /// is a missing file created: a mistyped path is a usage error, not a new empty database.
    func openDatabase(creating: Bool = false) throws -> any FrontlineStores {
        try requireExisting(unless: creating)
        do {
            return try Self.open(path: resolvedPath())
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }

    /// For commands that only look: falls back to reading when the file may not be written.
    func openDatabaseForReading() throws -> any FrontlineStores {
        try requireExisting(unless: false)
        do {
            return try Self.open(path: resolvedPath())
        } catch StoreError.readOnly {
            do {
                return try Self.open(path: resolvedPath(), readOnly: true)
            } catch let error as StoreError {
                throw CommandFailure(error)
            }
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }

    private func requireExisting(unless creating: Bool) throws {
        let path = resolvedPath()
        guard !PostgresLocation.isURL(path) else { return }   // a server: connecting says whether it is there
        guard !creating, !FileManager.default.fileExists(atPath: path) else { return }
        // A team folder the user is not a member of hides its files: say so, not "no database".
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if access(folder, X_OK) != 0, errno == EACCES {
            var info = stat()
            let group = stat(folder, &info) == 0 ? getgrgid(info.st_gid).map { String(cString: $0.pointee.gr_name) } : nil
            throw CommandFailure.failure("you may not open the folder \(folder) (permission denied); "
                                         + (group.map { "its database is shared with the group '\($0)': ask to be added to it" }
                                            ?? "ask its owner for access, or give --db for a database of your own"))
        }
        let initCommand = isDefaultLocation ? "frontline db init" : "frontline db init --db \(path)"
        throw CommandFailure.usage("there is no database at \(path); check --db and FRONTLINE_DB, or create it with '\(initCommand)'")
    }

    /// The one place the commands name a store (SQLite or PostgreSQL): everything else sees the protocols.
    /// The store is the operating-system user's (`asUser`), so what they do for another agent
    /// names them; trainee mode opens its own database as the program (`asUser: false`).
    /// A `postgres://` URL opens the PostgreSQL store; anything else is a SQLite file.
    static func open(path: String, readOnly: Bool = false, asUser: Bool = true) throws -> any FrontlineStores {
        let actor = asUser ? (try? OperatingSystemUser.current())?.loginName : nil
        if PostgresLocation.isURL(path) {
            let location: PostgresLocation
            do {
                location = try PostgresLocation(url: path, defaultUser: (try? OperatingSystemUser.current())?.loginName ?? NSUserName())
            } catch let problem as PostgresLocation.Problem {
                throw CommandFailure.usage(problem.description)
            }
            return try PostgresStore.open(location, readOnly: readOnly, actor: actor)
        }
        return try AppDatabase.open(path: path, readOnly: readOnly, actor: actor)
    }

    /// True when the file is a training database; looks without writing or migrating.
    static func isTrainingFile(path: String) -> Bool {
        !PostgresLocation.isURL(path) && AppDatabase.isTrainingFile(path: path)
    }
}
