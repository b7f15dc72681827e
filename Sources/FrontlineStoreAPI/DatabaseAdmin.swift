import Foundation

/// Looking after the database itself: where it is, and filling an empty one.
public protocol DatabaseAdmin: Sendable {
    /// Where the database lives, as the user named it.
    var path: String { get }
    /// Reads work; writes throw `StoreError.readOnly`.
    var isReadOnly: Bool { get }
    /// Fills an empty database with the demo people; refuses when any customer exists.
    func seedDemo(now: Date, seed: UInt64) throws
    /// Fills an empty database with generated history, for benchmarks.
    func fillSynthetic(_ size: SyntheticSize, now: Date) throws -> SyntheticCounts
}

extension DatabaseAdmin {
    public func seedDemo(now: Date, seed: UInt64 = 42) throws {
        try seedDemo(now: now, seed: seed)
    }
}
