import Foundation
import PostgresNIO

/// A value bound to `$n`. The store keeps SQLite's representations: times as unix seconds
/// (double precision), JSON as text, flags as 0/1 integers.
typealias SQLValue = (any SQLBindable)?

protocol SQLBindable {
    func append(to bindings: inout PostgresBindings)
}

extension Int64: SQLBindable { func append(to bindings: inout PostgresBindings) { bindings.append(self) } }
extension Int: SQLBindable { func append(to bindings: inout PostgresBindings) { bindings.append(Int64(self)) } }
extension Double: SQLBindable { func append(to bindings: inout PostgresBindings) { bindings.append(self) } }
extension String: SQLBindable { func append(to bindings: inout PostgresBindings) { bindings.append(self) } }
extension Bool: SQLBindable { func append(to bindings: inout PostgresBindings) { bindings.append(Int64(self ? 1 : 0)) } }
/// Unix seconds, as every time column holds it.
extension Date: SQLBindable { func append(to bindings: inout PostgresBindings) { bindings.append(timeIntervalSince1970) } }

/// Reading a row's columns by name: a `PostgresRow`, or the same row made random-access once
/// (`makeRandomAccess`) where many columns of many rows are read (each `PostgresRow.get` makes it again).
protocol ColumnReading {
    /// The column named `name`, decoded (an optional type for a nullable column).
    func get<T: PostgresDecodable>(_ name: String, as type: T.Type) throws -> T
}

extension PostgresRow: ColumnReading {
    func get<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try makeRandomAccess()[name].decode(T.self, context: .default)
    }
}

extension PostgresRandomAccessRow: ColumnReading {
    func get<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try self[name].decode(T.self, context: .default)
    }
}

extension ColumnReading {
    func get<T: PostgresDecodable>(_ name: String) throws -> T { try get(name, as: T.self) }

    /// A time column (unix seconds).
    func date(_ name: String) throws -> Date { Date(timeIntervalSince1970: try get(name, as: Double.self)) }
    func date(_ name: String) throws -> Date? { try get(name, as: Double?.self).map(Date.init(timeIntervalSince1970:)) }

    /// A text column holding a raw value of `E`.
    func value<E: RawRepresentable>(_ name: String, as type: E.Type = E.self) throws -> E where E.RawValue == String {
        let text = try get(name, as: String.self)
        guard let value = E(rawValue: text) else { throw PostgresDecodingProblem(column: name, text: text) }
        return value
    }
}

/// A stored value the program does not know: a newer program wrote it, or the row was edited by hand.
struct PostgresDecodingProblem: Error, CustomStringConvertible {
    var column: String
    var text: String
    var description: String { "unknown value '\(text)' in column \(column)" }
}
