import Foundation
import FrontlineStoreAPI
import GRDB

/// The SQLite side of `frontline db copy` (the seam is `CopySource`/`CopyTarget`).
public enum SQLiteCopy {
    /// A Frontline file to copy from, read-only and never migrated: its schema must already be
    /// this program's (`CopyProblem.sourceNotCurrent` says how to bring it up to date).
    public static func source(path: String) throws -> any CopySource {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(AppDatabase.busyTimeout)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let migrator = Migrations.migrator
                guard try db.tableExists("grdb_migrations") else { throw CopyProblem.notFrontline(place: path) }
                if try migrator.hasBeenSuperseded(db) { throw CopyProblem.sourceTooNew(place: path) }
                let applied = try migrator.appliedIdentifiers(db)
                if let missing = migrator.migrations.first(where: { !applied.contains($0) }) {
                    throw CopyProblem.sourceNotCurrent(place: path, missing: missing)
                }
            }
        } catch let problem as CopyProblem {
            throw problem
        } catch {
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB { throw CopyProblem.notFrontline(place: path) }
            throw StoreError(error, path: path)
        }
        return SQLiteCopySource(path: path, queue: queue)
    }

    /// A new file at `path`, written as a temporary file beside it and moved into place only when
    /// the copy is complete and checked. Refuses a path where a file already exists.
    public static func target(path: String) throws -> any CopyTarget {
        if FileManager.default.fileExists(atPath: path) { throw CopyProblem.targetExists(path: path) }
        return SQLiteCopyTarget(path: path)
    }
}

final class SQLiteCopySource: CopySource {
    let place: String
    private let queue: DatabaseQueue

    init(path: String, queue: DatabaseQueue) {
        (place, self.queue) = (path, queue)
    }

    func snapshot<T>(_ body: (any TableReading) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(SQLiteTables(db: db, place: place)) }
        } catch let problem as CopyProblem {
            throw problem
        } catch let error as DatabaseError {
            throw StoreError(error, path: place)
        }
    }
}

final class SQLiteCopyTarget: CopyTarget {
    let place: String

    init(path: String) { place = path }

    func fill<T>(_ body: (any TableWriting) throws -> T) throws -> T {
        let url = URL(fileURLWithPath: place)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).copying-\(ProcessInfo.processInfo.processIdentifier)").path
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        }
        let result: T
        do {
            try DatabaseFile.prepare(URL(fileURLWithPath: temporary))
            let queue = try DatabaseQueue(path: temporary)
            try Migrations.migrator.migrate(queue)
            result = try queue.inDatabase { db in
                // A new file nobody else has open: a large page cache, temporary tables in memory.
                try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
                var result: T?
                try db.inTransaction(.immediate) {
                    // Checked at COMMIT: a row may name a later row of its own table until then.
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    result = try body(SQLiteTables(db: db, place: place))
                    return .commit
                }
                return result!
            }
            try queue.close()
        } catch let problem as CopyProblem {
            throw problem
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // Foreign keys are checked when the copy commits, so the table is not known here.
            throw CopyProblem.rowsRefused(table: "a table", reason: (error.message ?? "\(error)") + " (a row names one that is not there)")
        } catch let error as DatabaseError {
            throw StoreError(error, path: place)
        }
        // link() never replaces a file that appeared meanwhile (rename would).
        if link(temporary, place) != 0 {
            if errno == EEXIST { throw CopyProblem.targetExists(path: place) }
            throw StoreError.io(path: place, reason: String(cString: strerror(errno)))
        }
        return result
    }
}

/// One connection's view of the tables, inside the source's read or the target's transaction.
struct SQLiteTables: TableWriting {
    let db: Database
    let place: String

    func tableNames() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
            """))
    }

    func rowCount(of table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(quoted(table))") ?? 0
    }

    func columns(of table: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
    }

    func forEachRow(of table: CopiedTable, columns: [String], _ body: ([TableValue]) throws -> Void) throws {
        let sql = "SELECT \(columns.map(quoted).joined(separator: ", ")) FROM \(quoted(table.name)) ORDER BY "
            + table.key.map(quoted).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: sql)
        var values: [TableValue] = []
        values.reserveCapacity(columns.count)
        while let row = try rows.next() {
            values.removeAll(keepingCapacity: true)
            for index in columns.indices {
                let value: DatabaseValue = row[index]
                switch value.storage {
                case .null: values.append(.null)
                case .int64(let number): values.append(.integer(number))
                case .double(let number): values.append(.real(number))
                case .string(let text): values.append(.text(text))
                case .blob: throw CopyProblem.unsupportedValue(table: table.name, column: columns[index], type: "blob")
                }
            }
            try body(values)
        }
    }

    func numbersGiven() throws -> [String: Int64] {
        guard try db.tableExists("sqlite_sequence") else { return [:] }
        return Dictionary(try Row.fetchAll(db, sql: "SELECT name, seq FROM sqlite_sequence").map { ($0["name"], $0["seq"]) },
                          uniquingKeysWith: max)
    }

    func insert(into table: String, columns: [String], rows: [[TableValue]]) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO \(quoted(table)) (\(columns.map(quoted).joined(separator: ", "))) VALUES ("
                                               + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")")
        do {
            for row in rows {
                try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
            }
        } catch let error as DatabaseError {
            throw CopyProblem.rowsRefused(table: table, reason: error.message ?? "\(error)")
        }
    }

    func update(_ table: String, key: [String], _ keyValues: [TableValue], columns: [String], _ values: [TableValue]) throws {
        let sql = "UPDATE \(quoted(table)) SET \(columns.map { "\(quoted($0)) = ?" }.joined(separator: ", ")) WHERE "
            + key.map { "\(quoted($0)) = ?" }.joined(separator: " AND ")
        try db.execute(sql: sql, arguments: StatementArguments((values + keyValues).map(Self.databaseValue)))
    }

    /// SQLite keeps the highest number an AUTOINCREMENT table gave in `sqlite_sequence`; the
    /// other tables' next number is the largest + 1, so only those records are carried over.
    func advanceNumbers(given: [String: Int64]) throws {
        let autoincrementing = Set(try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'
            """))
        for (table, number) in given where autoincrementing.contains(table) {
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?", arguments: [number, table])
            if db.changesCount == 0 {
                try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [table, number])
            }
        }
    }

    private static func databaseValue(_ value: TableValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }

    private func quoted(_ name: String) -> String { "\"\(name)\"" }
}
