import Foundation

/// JSON for the outbox: keys sorted (stable bytes for signatures and tests), ISO 8601 UTC times.
/// Written by hand: Foundation's JSONSerialization and a new ISO8601DateFormatter per event were
/// a quarter of the time `frontline ingest` took per contact. Shared by both backends, so the
/// payloads they store are byte for byte the same.
public enum OutboundJSON {
    public static func object(_ fields: [String: Any]) throws -> String {
        var out = ""
        out.reserveCapacity(256)
        try write(fields, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) throws {
        switch value {
        case let text as String: string(text, into: &out)
        case let flag as Bool: out += flag ? "true" : "false"
        case let number as Int64: out += String(number)
        case let number as Int: out += String(number)
        case let number as Double where number.isFinite: out += String(number)
        case let list as [String]:
            out += "["
            for (index, item) in list.enumerated() {
                if index > 0 { out += "," }
                string(item, into: &out)
            }
            out += "]"
        case let list as [Any]:
            out += "["
            for (index, item) in list.enumerated() {
                if index > 0 { out += "," }
                try write(item, into: &out)
            }
            out += "]"
        case let object as [String: Any]:
            out += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                string(key, into: &out)
                out += ":"
                try write(object[key]!, into: &out)
            }
            out += "}"
        case is NSNull: out += "null"
        default: throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "not a JSON value"))
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; the rest as UTF-8.
    private static func string(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    public static func timestamp(_ date: Date) -> String { UTCTimestamp.text(date) }
}
