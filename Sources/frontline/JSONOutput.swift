import Foundation
import FrontlineScreen

/// JSON as the complaint commands print it: sorted keys, indented, absent values as `null`
/// (built from dictionaries so that no key goes missing when its value does).
enum JSONOutput {
    static func text(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return escaped(String(decoding: data, as: UTF8.self))
    }

    /// Encoded JSON with DEL, C1 and bidi controls as `\u` escapes, which encoders pass raw:
    /// every JSON the commands print goes through here.
    static func escaped(_ json: String) -> String { SafeText.json(json) }

    /// A value for a JSON object: the value itself, or `null`.
    static func value(_ value: Any?) -> Any { value ?? NSNull() }

    static func time(_ date: Date?) -> Any { value(date.map(Timestamp.format)) }
}
