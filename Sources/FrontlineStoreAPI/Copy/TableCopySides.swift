/// The seam `frontline db copy` moves a database through: each backend reads its tables as
/// plain values (`TableValue`) and writes them into an empty database of its own kind, so a
/// SQLite file and a PostgreSQL database copy either way (`DatabaseCopy` drives it).

/// A database to copy from; everything is read on one snapshot.
public protocol CopySource: AnyObject {
    /// Where it is, as the user named it (a PostgreSQL URL without any password).
    var place: String { get }
    func snapshot<T>(_ body: (any TableReading) throws -> T) throws -> T
}

/// An empty database to copy into: everything is written in one transaction, published only
/// when `body` returns (a PostgreSQL COMMIT; a SQLite temporary file renamed into place), so a
/// failure leaves nothing behind.
public protocol CopyTarget: AnyObject {
    var place: String { get }
    func fill<T>(_ body: (any TableWriting) throws -> T) throws -> T
}

/// Reading tables inside a snapshot (or inside the target's transaction, to check what it holds).
public protocol TableReading {
    /// The names of the schema's tables (not the migration log nor the engine's own).
    func tableNames() throws -> Set<String>
    /// How many rows the table holds.
    func rowCount(of table: String) throws -> Int
    /// The table's columns in schema order.
    func columns(of table: String) throws -> [String]
    /// Every row of `table`, in key order, as the database returns it.
    func forEachRow(of table: CopiedTable, columns: [String], _ body: ([TableValue]) throws -> Void) throws
    /// For tables whose numbers are never reused (the outbox's `seq`, webhooks' ids): the
    /// highest number ever given, which exceeds the largest row's when the newest rows were
    /// pruned. Tables without such a record are absent.
    func numbersGiven() throws -> [String: Int64]
}

/// Writing into the empty target, inside its one transaction.
public protocol TableWriting: TableReading {
    /// Rows in the order of `columns`; the table is empty before the first batch.
    func insert(into table: String, columns: [String], rows: [[TableValue]]) throws
    /// Sets `columns` on the row whose key is `key` (a table's `laterColumns`).
    func update(_ table: String, key: [String], _ keyValues: [TableValue], columns: [String], _ values: [TableValue]) throws
    /// After every table is in: moves each generated key past the largest copied one and past
    /// `given` (`TableReading.numbersGiven` of the source), so the next new row gets a fresh number.
    func advanceNumbers(given: [String: Int64]) throws
}
