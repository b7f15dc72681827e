import Foundation
import Hummingbird

/// A request's JSON body, checked in the order a client can fix it: its type (415), its size
/// (413), its syntax (400), then each field (422, with every field at fault). Nothing is
/// written before all of it passes.
enum RequestBody {
    /// The largest body accepted.
    static let defaultLimit = 64 * 1024

    /// The body's top-level object. With `optional`, an empty body (no content type needed) is `[:]`.
    static func object(_ request: inout Request, limit: Int, optional: Bool = false) async throws -> [String: Any] {
        let declaredLength = request.headers[.contentLength].flatMap { Int($0) }
        let contentType = request.headers[.contentType]
        if optional, contentType == nil, declaredLength == nil || declaredLength == 0 {
            let buffer = try await collect(&request, limit: limit)
            if buffer.readableBytes == 0 { return [:] }
            throw Problem(.unsupportedMediaType, "send the body with Content-Type: application/json")
        }
        guard let contentType, isJSON(contentType) else {
            throw Problem(.unsupportedMediaType, "send the body with Content-Type: application/json"
                          + (contentType.map { " (it was '\(String($0.prefix(60)))')" } ?? " (there was none)"))
        }
        if let declaredLength, declaredLength > limit { throw tooLarge(limit) }
        let buffer = try await collect(&request, limit: limit)
        if buffer.readableBytes == 0 {
            if optional { return [:] }
            throw Problem(.malformedJSON, "the body is empty; send a JSON object")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(buffer: buffer), options: [])
        } catch {
            throw Problem(.malformedJSON, "the body is not valid JSON; send one JSON object in UTF-8")
        }
        guard let object = parsed as? [String: Any] else {
            throw Problem.invalid("", "the body must be a JSON object")
        }
        return object
    }

    private static func collect(_ request: inout Request, limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge(limit)
        }
    }

    private static func tooLarge(_ limit: Int) -> Problem {
        Problem(.tooLarge, "the body is larger than \(limit / 1024) KiB; send less at a time")
    }

    /// `application/json`, with parameters (`; charset=utf-8`) allowed.
    static func isJSON(_ contentType: String) -> Bool {
        contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } == "application/json"
    }
}

/// Reads the fields of one JSON object, collecting every mistake with its JSON pointer:
/// a wrong type, a missing field, a value the rules refuse, and (at `finish`) an unknown field.
/// `null` counts as absent for optional fields.
struct FieldReader {
    let object: [String: Any]
    let base: String
    private(set) var errors: [Problem.FieldError] = []
    private var read: Set<String> = []

    init(_ object: [String: Any], at base: String = "") {
        self.object = object
        self.base = base
    }

    func pointer(_ key: String) -> String {
        base + "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    mutating func fail(_ key: String, _ detail: String) {
        errors.append(.init(pointer: pointer(key), detail: detail))
    }

    private mutating func present(_ key: String, required: Bool) -> Any? {
        read.insert(key)
        guard let value = object[key], !(value is NSNull) else {
            if required { fail(key, "is required") }
            return nil
        }
        return value
    }

    mutating func string(_ key: String, required: Bool = false, maxLength: Int = 10_000) -> String? {
        guard let value = present(key, required: required) else { return nil }
        guard let text = value as? String else {
            fail(key, "must be a string")
            return nil
        }
        if text.count > maxLength {
            fail(key, "is longer than \(maxLength) characters")
            return nil
        }
        return text
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> T? where T.RawValue == String {
        guard let text = string(key, required: required, maxLength: 100) else { return nil }
        guard let value = T(rawValue: text) else {
            fail(key, "must be one of " + T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
            return nil
        }
        return value
    }

    mutating func date(_ key: String, required: Bool = false) -> Date? {
        guard let text = string(key, required: required, maxLength: 100) else { return nil }
        guard let date = APIDate.parse(text) else {
            fail(key, "must be an ISO 8601 time with offset, e.g. 2026-11-22T01:15:00Z")
            return nil
        }
        return date
    }

    mutating func strings(_ key: String, maxCount: Int = 100) -> [String]? {
        guard let value = present(key, required: false) else { return nil }
        guard let list = value as? [Any], list.allSatisfy({ $0 is String }) else {
            fail(key, "must be an array of strings")
            return nil
        }
        if list.count > maxCount {
            fail(key, "has more than \(maxCount) items")
            return nil
        }
        return list.compactMap { $0 as? String }
    }

    /// A nested object, read with its own reader; its mistakes join these at `finish`.
    mutating func object(_ key: String) -> FieldReader? {
        guard let value = present(key, required: false) else { return nil }
        guard let nested = value as? [String: Any] else {
            fail(key, "must be an object")
            return nil
        }
        return FieldReader(nested, at: pointer(key))
    }

    mutating func merge(_ nested: FieldReader) {
        errors += nested.finished()
    }

    /// Every mistake, unknown fields included (sorted, so the answer is the same every time).
    func finished() -> [Problem.FieldError] {
        errors + object.keys.filter { !read.contains($0) }.sorted().map {
            .init(pointer: pointer($0), detail: "is not a field of this request")
        }
    }

    /// Throws the 422 when anything was wrong.
    func finish() throws {
        let all = finished()
        if !all.isEmpty { throw Problem.invalid(all) }
    }
}
