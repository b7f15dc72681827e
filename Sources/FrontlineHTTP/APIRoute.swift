import Foundation
import FrontlineStoreAPI
import Hummingbird

/// One route of the API: what it answers, the scope it needs, and its handler. The table of
/// these builds the router and is what the OpenAPI agreement test walks.
public struct APIRoute: Sendable {
    public var method: HTTPRequest.Method
    /// Hummingbird's form, `/v1/contacts/:id`.
    public var path: String
    /// nil: any valid token.
    public var scope: TokenScope?
    var handle: @Sendable (inout Request, BasicRequestContext, APIServices) async throws -> Response

    /// The OpenAPI form, `/v1/contacts/{id}`.
    public var openAPIPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }.joined(separator: "/")
    }
}

extension APIRoute {
    /// Every route, in the order the OpenAPI document lists them.
    public static let all: [APIRoute] = [
        APIRoute(method: .post, path: "/v1/contacts", scope: .ingest, handle: IntakeRoutes.createContact),
        APIRoute(method: .get, path: "/v1/contacts/:id", scope: .read, handle: ReadRoutes.contact),
        APIRoute(method: .post, path: "/v1/contacts/:id/messages", scope: .ingest, handle: IntakeRoutes.addMessage),
        APIRoute(method: .post, path: "/v1/contacts/:id/abandon", scope: .ingest, handle: IntakeRoutes.abandon),
        APIRoute(method: .post, path: "/v1/messages/:id/delivery", scope: .ingest, handle: IntakeRoutes.delivery),
        APIRoute(method: .get, path: "/v1/queue", scope: .read, handle: ReadRoutes.queue),
        APIRoute(method: .get, path: "/v1/agents", scope: .read, handle: ReadRoutes.agents),
        APIRoute(method: .get, path: "/v1/service-levels", scope: .read, handle: ReadRoutes.serviceLevels),
        APIRoute(method: .get, path: "/v1/events", scope: .read, handle: EventRoutes.events),
        APIRoute(method: .get, path: "/v1/openapi.json", scope: nil, handle: { _, _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }),
    ]
}

/// The `{id}` of a path, a positive number; 404 otherwise (no such thing can exist).
func pathId(_ context: BasicRequestContext, what: String) throws -> Int64 {
    guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else {
        throw Problem(.notFound, "there is no \(what) '\(String((context.parameters.get("id") ?? "").prefix(40)))'; \(what) ids are positive numbers")
    }
    return id
}

/// A store call whose refusal becomes the matching problem. It runs on a Dispatch thread, not
/// the cooperative pool: a write may wait up to the busy timeout for a console's transaction,
/// and the pool has only as many threads as cores, so one slow write must not stall the server.
func storeCall<T>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    let result: Result<T, Error> = await withCheckedContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(returning: Result { try body() })
        }
    }
    do {
        return try result.get()
    } catch let error as StoreError {
        throw StoreProblems.problem(for: error)
    }
}
