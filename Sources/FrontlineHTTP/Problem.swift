import Foundation
import Hummingbird

/// An RFC 9457 problem document: what went wrong with a request, and which fields.
/// Every error the API answers is one of these (`application/problem+json`).
public struct Problem: Error, Sendable, Equatable {
    /// One field at fault: its JSON pointer (RFC 6901) in the request body, and why.
    public struct FieldError: Sendable, Equatable {
        public var pointer: String
        public var detail: String

        public init(pointer: String, detail: String) {
            self.pointer = pointer
            self.detail = detail
        }
    }

    /// The kinds of problem, each with its status and a stable `type` URI (listed in the OpenAPI document).
    public enum Kind: String, CaseIterable, Sendable {
        case unauthorized, forbidden, notFound = "not-found", methodNotAllowed = "method-not-allowed"
        case malformedJSON = "malformed-json", tooLarge = "too-large", unsupportedMediaType = "unsupported-media-type"
        case invalidFields = "invalid-fields", conflict, unavailable, internalError = "internal-error"

        public var status: HTTPResponse.Status {
            switch self {
            case .unauthorized: .unauthorized
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .methodNotAllowed: .methodNotAllowed
            case .malformedJSON: .badRequest
            case .tooLarge: .contentTooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            case .invalidFields: .unprocessableContent
            case .conflict: .conflict
            case .unavailable: .serviceUnavailable
            case .internalError: .internalServerError
            }
        }

        public var title: String {
            switch self {
            case .unauthorized: "Missing or unknown token"
            case .forbidden: "The token's scope does not allow this"
            case .notFound: "Not found"
            case .methodNotAllowed: "Method not allowed"
            case .malformedJSON: "The body is not JSON"
            case .tooLarge: "The body is too large"
            case .unsupportedMediaType: "The body must be application/json"
            case .invalidFields: "Some fields are wrong"
            case .conflict: "The request does not fit the contact's state"
            case .unavailable: "Not available now"
            case .internalError: "Internal error"
            }
        }

        public var type: String { "urn:frontline:problem:\(rawValue)" }
    }

    public var kind: Kind
    public var detail: String
    public var errors: [FieldError]
    /// For a 405: the methods the path answers (the `Allow` header).
    public var allow: [String] = []
    /// What went wrong, for the server's log only (a 500's detail names no path): never sent.
    public var cause: String?

    public init(_ kind: Kind, _ detail: String, errors: [FieldError] = [], allow: [String] = [], cause: String? = nil) {
        self.kind = kind
        self.detail = detail
        self.errors = errors
        self.allow = allow
        self.cause = cause
    }

    public static func invalid(_ errors: [FieldError]) -> Problem {
        let first = errors.first.map { "\($0.pointer.isEmpty ? "the body" : $0.pointer): \($0.detail)" } ?? "the request is not valid"
        return Problem(.invalidFields, errors.count > 1 ? "\(first) (and \(errors.count - 1) more)" : first, errors: errors)
    }

    public static func invalid(_ pointer: String, _ detail: String) -> Problem {
        invalid([FieldError(pointer: pointer, detail: detail)])
    }

    /// The document as JSON: every key present, `errors` possibly empty.
    public var object: [String: Any] {
        ["type": kind.type, "title": kind.title, "status": Int(kind.status.code), "detail": detail,
         "errors": errors.map { ["pointer": $0.pointer, "detail": $0.detail] }]
    }

    public func response() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if kind == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if !allow.isEmpty { headers[.allow] = allow.joined(separator: ", ") }
        return Response(status: kind.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: APIJSON.text(object))))
    }
}

extension Problem: HTTPResponseError {
    public var status: HTTPResponse.Status { kind.status }
    public var headers: HTTPFields { response().headers }
    public func response(from request: Request, context: some RequestContext) throws -> Response { response() }
}
