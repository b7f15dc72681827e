import ArgumentParser
import Foundation
import FrontlineCore
import FrontlinePostgres
import FrontlineScreen
import FrontlineStore
import FrontlineStoreAPI

/// `frontline db copy --from PATH|URL --to PATH|URL`: moving a centre between SQLite and
/// PostgreSQL (or backing one up), through the table seam both stores implement (`DatabaseCopy`).
struct DatabaseCopyCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database into a new, empty one: SQLite to PostgreSQL, or back for a backup.",
        discussion: """
            Either side is a file path or postgres://user@host:port/dbname (the password only from \
            PGPASSWORD or ~/.pgpass). Every table is copied in one transaction, then each table's \
            row count and checksum are compared with the source's; any difference, or any failure, \
            leaves nothing behind. The target must be empty: a PostgreSQL database without rows (its \
            schema is created when missing) or a file that does not exist yet. The source is only \
            read, and must be up to date ('frontline db init --db SOURCE' brings it up to date).
            """)

    @Option(help: ArgumentHelp("The database to copy: a file or a postgres:// URL.", valueName: "path-or-url"))
    var from: String

    @Option(help: ArgumentHelp("The new, empty database: a file that does not exist yet, or a postgres:// URL.", valueName: "path-or-url"))
    var to: String

    func execute() throws {
        let source = try side(from, option: "--from")
        let target = try side(to, option: "--to")
        guard source != target else { throw CommandFailure.usage("--from and --to name the same database; give --to a new, empty one") }
        if case .file(let path) = source, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.usage("there is no database at \(path); check --from")
        }
        let started = Date()
        var shown: [TableCopyResult] = []
        do {
            let from = try source.openAsSource()
            let into = try target.openAsTarget()
            shown = try DatabaseCopy.run(from: from, to: into) { shown = $0 }
        } catch let problem as CopyProblem {
            if !shown.isEmpty { print(Self.report(shown)) }
            throw CommandFailure(message: problem.description, exitCode: problem.isUsage ? 64 : problem.isBadData ? 65 : 1)
        }
        print(Self.report(shown))
        let rows = shown.reduce(0) { $0 + $1.targetRows }
        // The paths are the user's own words, shown inert all the same.
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        print(SafeText.visible("copied \(rows) rows in \(shown.count) tables from \(source) to \(target) in \(seconds) s; "
                               + "every count and checksum matches"))
    }

    static func report(_ results: [TableCopyResult]) -> String {
        TextTable.render(headers: ["table", "rows", "checksum", ""], rows: results.map { result in
            [result.table, result.sourceRows == result.targetRows ? "\(result.sourceRows)" : "\(result.sourceRows) → \(result.targetRows)",
             String(result.sourceChecksum.prefix(16)), result.matches ? "ok" : "DIFFERS"]
        }, rightAligned: [1])
    }

    private func side(_ text: String, option: String) throws -> CopySide {
        guard !text.isEmpty else { throw CommandFailure.usage("\(option) is empty; give a file path or a postgres:// URL") }
        guard PostgresLocation.isURL(text) else { return .file((text as NSString).expandingTildeInPath) }
        do {
            return .server(try PostgresLocation(url: text, defaultUser: (try? OperatingSystemUser.current())?.loginName ?? NSUserName()))
        } catch let problem as PostgresLocation.Problem {
            throw CommandFailure.usage("\(option): \(problem.description)")
        }
    }
}

/// One side of a copy: a SQLite file or a PostgreSQL database.
private enum CopySide: Equatable, CustomStringConvertible {
    case file(String)
    case server(PostgresLocation)

    var description: String {
        switch self {
        case .file(let path): path
        case .server(let location): location.description
        }
    }

    func openAsSource() throws -> any CopySource {
        switch self {
        case .file(let path): try SQLiteCopy.source(path: path)
        case .server(let location): try PostgresCopy.source(location)
        }
    }

    func openAsTarget() throws -> any CopyTarget {
        switch self {
        case .file(let path): try SQLiteCopy.target(path: path)
        case .server(let location): try PostgresCopy.target(location)
        }
    }
}
