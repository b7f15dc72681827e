import Foundation

/// The store's one encoding of time: unix seconds (since 1970) as a REAL, in date columns and in
/// dates nested inside JSON columns alike. Every `JSONEncoder` and `JSONDecoder` the store uses
/// comes from here; Foundation's default (seconds since 2001) and GRDB's JSON default
/// (milliseconds since 1970) must never reach the file.
enum StoredTime {
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    static func jsonDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }

    /// A value as the JSON text a column holds.
    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try jsonEncoder().encode(value), as: UTF8.self)
    }

    /// Seconds between 1970 and 2001: what a date written with Foundation's default is short by.
    static let referenceDateOffset = Date(timeIntervalSinceReferenceDate: 0).timeIntervalSince1970
}
