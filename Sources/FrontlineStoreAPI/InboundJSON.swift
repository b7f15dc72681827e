import Foundation

/// The JSON form of `InboundContact` and `InboundMessage` (snake_case keys, ISO 8601 times), as
/// `frontline ingest` reads it and the HTTP API accepts it. Unknown keys are refused: a typo such
/// as `externalid` would otherwise drop the idempotency the caller counted on.
public enum InboundJSON {
    /// One line of `frontline ingest`: a message when it names `contact_id`, else a contact.
    public enum Item: Equatable, Sendable {
        case contact(InboundContact)
        case message(InboundMessage)
    }

    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// The key at fault, when one is.
        public var field: String?
        public var message: String
        public var description: String { field.map { "\($0): \(message)" } ?? message }
    }

    public static let contactKeys: Set<String> = ["external_id", "channel", "from", "name", "text", "priority", "group", "arrived_at", "email"]
    public static let messageKeys: Set<String> = ["external_id", "contact_id", "text", "at", "email"]
    public static let emailKeys: Set<String> = ["message_id", "in_reply_to", "references", "subject"]

    public static func item(from data: Data) throws -> Item {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Problem(field: nil, message: "not JSON; give one JSON object per line")
        }
        guard let fields = object as? [String: Any] else { throw Problem(field: nil, message: "not a JSON object; give one per line") }
        let isMessage = fields["contact_id"] != nil
        try refuseUnknown(Set(fields.keys), allowed: isMessage ? messageKeys : contactKeys, prefix: "")
        if let email = fields["email"], !(email is NSNull) {
            guard let headers = email as? [String: Any] else { throw Problem(field: "email", message: "must be an object") }
            try refuseUnknown(Set(headers.keys), allowed: emailKeys, prefix: "email.")
        }
        do {
            return isMessage ? .message(try decoder.decode(InboundMessage.self, from: data))
                             : .contact(try decoder.decode(InboundContact.self, from: data))
        } catch let problem as Problem {
            throw problem
        } catch let error as DecodingError {
            throw problem(error)
        }
    }

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = parseTime(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                       debugDescription: "'\(text)' is not an ISO 8601 time with offset, e.g. 2026-11-22T09:15:00+08:00"))
            }
            return date
        }
        return decoder
    }()

    /// ISO 8601 with an offset (`Z` or `+08:00`), fractional seconds allowed.
    public static func parseTime(_ text: String) -> Date? {
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static func refuseUnknown(_ keys: Set<String>, allowed: Set<String>, prefix: String) throws {
        if let unknown = keys.subtracting(allowed).sorted().first {
            throw Problem(field: prefix + unknown, message: "unknown field; known are " + allowed.sorted().joined(separator: ", "))
        }
    }

    /// A decoding error as the key at fault (snake_case) and what was wrong.
    private static func problem(_ error: DecodingError) -> Problem {
        func path(_ keys: [CodingKey]) -> String? {
            let names = keys.map { key in key.intValue.map { "[\($0)]" } ?? snake(key.stringValue) }
            return names.isEmpty ? nil : names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return Problem(field: path(context.codingPath + [key]), message: "required")
        case .typeMismatch(let type, let context):
            return Problem(field: path(context.codingPath), message: "wrong type; expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return Problem(field: path(context.codingPath), message: "null; expected \(typeName(type))")
        case .dataCorrupted(let context):
            let message = context.debugDescription.contains("Cannot initialize")
                ? "not one of the allowed values" : context.debugDescription
            return Problem(field: path(context.codingPath), message: message)
        @unknown default:
            return Problem(field: nil, message: "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int64.Type, is Int.Type: "an integer"
        case is [String].Type, is [Any].Type: "an array"
        default: "\(type)"
        }
    }

    private static func snake(_ name: String) -> String {
        name.reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }
}
