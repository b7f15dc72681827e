import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineStore

/// `--db PATH`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The database file. Default: $FRONTLINE_DB, else $XDG_DATA_HOME/frontline/frontline.db, else ~/.local/share/frontline/frontline.db.",
                               valueName: "path"))
    var db: String?

    /// `--db` wins, then `FRONTLINE_DB`, then the XDG data folder, then `~/.local/share`.
    func resolvedPath() -> String {
        Self.resolve(db, environment: ProcessInfo.processInfo.environment,
                     home: FileManager.default.homeDirectoryForCurrentUser.path)
    }

    static func resolve(_ option: String?, environment: [String: String], home: String) -> String {
        func given(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        if let path = given(option) ?? given(environment["FRONTLINE_DB"]) {
            return (path as NSString).expandingTildeInPath
        }
        return StandardPaths.dataFile("frontline.db", environment: environment, home: home)
    }

    /// Opens (creating and migrating if needed) the database; store errors become the
    /// one-line message and exit code of `CommandFailure`.
    func openDatabase() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: resolvedPath())
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }

    /// For commands that only look: falls back to reading when the file may not be written.
    func openDatabaseForReading() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: resolvedPath())
        } catch StoreError.readOnly {
            do {
                return try AppDatabase.open(path: resolvedPath(), readOnly: true)
            } catch let error as StoreError {
                throw CommandFailure(error)
            }
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }
}
