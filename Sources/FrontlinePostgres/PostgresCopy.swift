import Foundation
import FrontlineStoreAPI
import PostgresNIO

/// The PostgreSQL side of `frontline db copy` (the seam is `CopySource`/`CopyTarget`).
public enum PostgresCopy {
    /// A Frontline database to copy from, never migrated: its schema must already be this
    /// program's. The password comes from PGPASSWORD or ~/.pgpass unless given.
    public static func source(_ location: PostgresLocation, password: String? = nil) throws -> any CopySource {
        let session = try PostgresSession.connect(location, password: password ?? PostgresPassword.find(for: location))
        try session.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
            let place = location.description
            let hasLog = try session.query("SELECT to_regclass('frontline_migrations') IS NOT NULL AS present").rows[0].get("present", as: Bool.self)
            guard hasLog else { throw CopyProblem.notFrontline(place: place) }
            let done = Set(try session.query("SELECT identifier FROM frontline_migrations").rows.map { try $0.get("identifier", as: String.self) })
            let known = PostgresMigrations.all.map(\.identifier)
            if !done.isSubset(of: Set(known)) { throw CopyProblem.sourceTooNew(place: place) }
            if let missing = known.first(where: { !done.contains($0) }) { throw CopyProblem.sourceNotCurrent(place: place, missing: missing) }
        }
        return PostgresCopySource(session: session)
    }

    /// An empty database to copy into, filled in one transaction that holds the writer lock, so
    /// no console writes meanwhile. The schema, when it has none yet, is created in that same
    /// transaction (as opening a store would create it), so a failed copy leaves the database as
    /// it found it: without tables if it had none, with an empty schema if it had that.
    public static func target(_ location: PostgresLocation, password: String? = nil) throws -> any CopyTarget {
        let session = try PostgresSession.connect(location, password: password ?? PostgresPassword.find(for: location))
        return PostgresCopyTarget(session: session)
    }
}

final class PostgresCopySource: CopySource {
    let session: PostgresSession
    var place: String { session.location.description }

    init(session: PostgresSession) { self.session = session }

    func snapshot<T>(_ body: (any TableReading) throws -> T) throws -> T {
        try session.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(PostgresTables(db: session)) }
    }
}

final class PostgresCopyTarget: CopyTarget {
    let session: PostgresSession
    var place: String { session.location.description }

    init(session: PostgresSession) { self.session = session }

    func fill<T>(_ body: (any TableWriting) throws -> T) throws -> T {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock($1)", [PostgresStore.writerLock])
            try PostgresStore.migrate(inTransactionOf: session, readOnly: false)
            return try body(PostgresTables(db: session))
        }
    }
}

/// One session's view of the tables, inside the source's snapshot or the target's transaction.
final class PostgresTables: TableWriting {
    let db: PostgresSession
    /// Every table's columns, read from the catalog once (the schema does not change during a copy).
    private var catalog: [String: [Column]]?

    struct Column {
        var name: String
        var type: String
        var isIdentity: Bool
    }

    init(db: PostgresSession) { self.db = db }

    private func columnsByTable() throws -> [String: [Column]] {
        if let catalog { return catalog }
        var tables: [String: [Column]] = [:]
        for row in try db.query("""
            SELECT c.relname::text AS t, a.attname::text AS name, a.atttypid::regtype::text AS type, a.attidentity <> '' AS identity
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname <> 'frontline_migrations'
            ORDER BY c.relname, a.attnum
            """).rows {
            tables[try row.get("t", as: String.self), default: []].append(
                Column(name: try row.get("name"), type: try row.get("type"), isIdentity: try row.get("identity")))
        }
        catalog = tables
        return tables
    }

    func tableNames() throws -> Set<String> {
        Set(try columnsByTable().keys)
    }

    func rowCount(of table: String) throws -> Int {
        Int(try db.query("SELECT COUNT(*) AS n FROM \(quoted(table))").rows[0].get("n", as: Int64.self))
    }

    func columns(of table: String) throws -> [String] {
        (try columnsByTable()[table] ?? []).map(\.name)
    }

    /// In key order as SQLite sorts it: text keys byte by byte (COLLATE "C", SQLite's BINARY),
    /// not by the database's locale.
    func forEachRow(of table: CopiedTable, columns: [String], _ body: ([TableValue]) throws -> Void) throws {
        let types = Dictionary((try columnsByTable()[table.name] ?? []).map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        let order = table.key.map { types[$0] == "text" ? "\(quoted($0)) COLLATE \"C\"" : quoted($0) }.joined(separator: ", ")
        var values: [TableValue] = []
        values.reserveCapacity(columns.count)
        try db.forEachRow("SELECT \(columns.map(quoted).joined(separator: ", ")) FROM \(quoted(table.name)) ORDER BY \(order)") { row in
            values.removeAll(keepingCapacity: true)
            for cell in row {
                values.append(try Self.value(cell, table: table.name))
            }
            try body(values)
        }
    }

    private static func value(_ cell: PostgresCell, table: String) throws -> TableValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int8: return .integer(try cell.decode(Int64.self, context: .default))
        case .float8: return .real(try cell.decode(Double.self, context: .default))
        case .text, .varchar: return .text(try cell.decode(String.self, context: .default))
        default: throw CopyProblem.unsupportedValue(table: table, column: cell.columnName, type: "\(cell.dataType)")
        }
    }

    /// The generated keys (identities) of the copied tables.
    private func identities() throws -> [(table: String, column: String)] {
        let catalog = try columnsByTable()
        return CopiedTable.all.flatMap { table in
            (catalog[table.name] ?? []).filter(\.isIdentity).map { (table.name, $0.name) }
        }
    }

    /// Each identity's last number given, where it gave any (the outbox's, raised by pruning, may
    /// exceed its largest row).
    func numbersGiven() throws -> [String: Int64] {
        var given: [String: Int64] = [:]
        for identity in try identities() {
            let row = try db.query("SELECT pg_sequence_last_value(pg_get_serial_sequence($1, $2)) AS n", [identity.table, identity.column]).rows[0]
            if let number = try row.get("n", as: Int64?.self) { given[identity.table] = number }
        }
        return given
    }

    func insert(into table: String, columns: [String], rows: [[TableValue]]) throws {
        // A statement takes at most 65535 binds.
        let perStatement = max(1, 65535 / columns.count)
        let list = columns.map(quoted).joined(separator: ", ")
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var binds: [SQLValue] = []
            binds.reserveCapacity(chunk.count * columns.count)
            var places: [String] = []
            places.reserveCapacity(chunk.count)
            for (number, row) in chunk.enumerated() {
                places.append("(" + (1...columns.count).map { "$\(number * columns.count + $0)" }.joined(separator: ", ") + ")")
                binds += row.map(Self.bind)
            }
            do {
                try db.query("INSERT INTO \(quoted(table)) (\(list)) VALUES \(places.joined(separator: ", "))", binds)
            } catch StoreError.server(_, let message) {
                throw CopyProblem.rowsRefused(table: table, reason: message)
            }
            start += chunk.count
        }
    }

    func update(_ table: String, key: [String], _ keyValues: [TableValue], columns: [String], _ values: [TableValue]) throws {
        let set = columns.enumerated().map { "\(quoted($1)) = $\($0 + 1)" }.joined(separator: ", ")
        let condition = key.enumerated().map { "\(quoted($1)) = $\(columns.count + $0 + 1)" }.joined(separator: " AND ")
        do {
            try db.query("UPDATE \(quoted(table)) SET \(set) WHERE \(condition)", (values + keyValues).map(Self.bind))
        } catch StoreError.server(_, let message) {
            throw CopyProblem.rowsRefused(table: table, reason: message)
        }
    }

    /// Explicit ids do not advance an identity: each is set past the largest copied number and
    /// past what the source had given (docs/postgres-port-plan.md). The outbox's and the change
    /// feed's numbers are MAX + 1 under the writer lock, the identity only their floor, so this
    /// keeps them rising from where the source stopped.
    func advanceNumbers(given: [String: Int64]) throws {
        for identity in try identities() {
            let table = quoted(identity.table), column = quoted(identity.column)
            try db.query("""
                SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(COALESCE(MAX(\(column)), 0), $3, 1),
                              GREATEST(COALESCE(MAX(\(column)), 0), $3) > 0) FROM \(table)
                """, [identity.table, identity.column, given[identity.table] ?? 0])
        }
    }

    private static func bind(_ value: TableValue) -> SQLValue {
        switch value {
        case .null: nil
        case .integer(let number): number
        case .real(let number): number
        case .text(let text): text
        }
    }

    private func quoted(_ name: String) -> String { "\"\(name)\"" }
}
