import FrontlineStoreAPI
import Foundation
import GRDB

/// A Codable value stored in one table: snake_case columns, dates as REAL unix seconds (so SQL can
/// do arithmetic on them), the same inside JSON columns (`StoredTime`). Public only because the public Core types conform.
public protocol StoredRecord: FetchableRecord, MutablePersistableRecord, Codable {}

extension StoredRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .custom(SnakeCaseColumns.codingKey) }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .timeIntervalSince1970 }
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy { .timeIntervalSince1970 }
    /// Dates nested in JSON columns (a shift's open items) use the same unix seconds as the columns.
    public static func databaseJSONEncoder(for column: String) -> JSONEncoder { StoredTime.jsonEncoder() }
    public static func databaseJSONDecoder(for column: String) -> JSONDecoder { StoredTime.jsonDecoder() }
}

/// A stored record whose primary key is an autoincremented `id`.
public protocol IdentifiedRecord: StoredRecord {
    var id: Int64? { get set }
}

extension IdentifiedRecord {
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// Column names to property names (`first_reply_at` → `firstReplyAt`), each worked out once.
/// GRDB's own `.convertFromSnakeCase` converts every column of every row it decodes, which
/// was most of the time spent reading a 200-message transcript.
enum SnakeCaseColumns {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: ColumnKey] = [:]

    static func codingKey(_ column: String) -> CodingKey {
        if let key = lock.withLock({ known[column] }) { return key }
        let parts = column.split(separator: "_", omittingEmptySubsequences: true)
        let name = parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
            .joined()
        let key = ColumnKey(stringValue: name.isEmpty ? column : name)
        lock.withLock { known[column] = key }
        return key
    }

    struct ColumnKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
