import Foundation
import FrontlineScreen
import Hummingbird

/// JSON as the API writes it: snake_case keys (spelled out at each use), sorted, absent values
/// as `null`, dates in ISO 8601 (UTC), and the scalars terminals misread escaped as the commands do.
enum APIJSON {
    static func text(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return SafeText.json(String(decoding: data, as: UTF8.self))
    }

    static func response(_ value: Any, status: HTTPResponse.Status = .ok) -> Response {
        response(text: text(value), status: status)
    }

    /// JSON already written.
    static func response(text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func value(_ value: Any?) -> Any { value ?? NSNull() }

    static func time(_ date: Date?) -> Any { value(date.map(APIDate.format)) }
}

/// ISO 8601 instants: written in UTC with `Z`, read with any offset, seconds' fractions optional.
public enum APIDate {
    public static func format(_ date: Date) -> String {
        printer.string(from: date)
    }

    public static func parse(_ text: String) -> Date? {
        plain.date(from: text) ?? fractional.date(from: text)
    }

    nonisolated(unsafe) private static let printer: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    nonisolated(unsafe) private static let plain: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    nonisolated(unsafe) private static let fractional: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
}
