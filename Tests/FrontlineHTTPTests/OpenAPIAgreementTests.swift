import Foundation
import FrontlineCore
import FrontlineHTTP
import FrontlineStoreAPI
import Hummingbird
import HummingbirdTesting
import XCTest

/// The implementation and docs/openapi.json agree both ways: every route is documented, every
/// documented operation answers, and real answers validate against the documented schemas.
final class OpenAPIAgreementTests: APITestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var documentURL: URL { root.appendingPathComponent("docs/openapi.json") }

    var document: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(contentsOf: Self.documentURL))) as? [String: Any] ?? [:]
    }

    /// path → methods, as the document lists them.
    var documented: [String: Set<String>] {
        (document["paths"] as? [String: [String: Any]] ?? [:]).mapValues { Set($0.keys) }
    }

    func testTheServedCopyIsTheDocument() throws {
        let file = try String(contentsOf: Self.documentURL, encoding: .utf8)
        XCTAssertEqual(OpenAPIDocument.json + "\n", file, "run scripts/embed-openapi.sh after editing docs/openapi.json")
    }

    func testEveryRouteIsDocumentedWithItsScope() {
        let paths = document["paths"] as? [String: [String: [String: Any]]] ?? [:]
        XCTAssertEqual(document["openapi"] as? String, "3.1.0")
        for route in APIRoute.all {
            let operation = paths[route.openAPIPath]?[route.method.rawValue.lowercased()]
            XCTAssertNotNil(operation, "\(route.method) \(route.openAPIPath) is not in docs/openapi.json")
            XCTAssertEqual(operation?["x-frontline-scope"] as? String, route.scope?.rawValue ?? "any", "\(route.method) \(route.openAPIPath)")
        }
        let routed = APIRoute.all.reduce(into: [String: Set<String>]()) { $0[$1.openAPIPath, default: []].insert($1.method.rawValue.lowercased()) }
        XCTAssertEqual(routed, documented)
    }

    /// Every documented operation answers something other than 404 or 405, and the server's
    /// router holds exactly the routes of the table.
    func testEveryDocumentedOperationAnswers() async throws {
        let router = APIServer.router(services: services)
        XCTAssertEqual(Set(router.routes.map { "\($0.method.rawValue) \($0.path)" }),
                       Set(APIRoute.all.map { "\($0.method.rawValue) \($0.openAPIPath)" }))
        let operations = documented.flatMap { path, methods in methods.map { (path.replacingOccurrences(of: "{id}", with: "1"), $0) } }
        try await withServer { client in
            for (path, method) in operations {
                let response = try await client.execute(uri: path, method: HTTPRequest.Method(method.uppercased())!,
                                                        headers: self.headers(.admin), body: Self.body([String: Any]()))
                XCTAssertNotEqual(response.status, .methodNotAllowed, "\(method) \(path)")
                if response.status == .notFound {
                    // Only a missing contact or message, never a missing route.
                    XCTAssertFalse((Self.object(response)["detail"] as? String ?? "").contains("no such resource"), "\(method) \(path)")
                }
            }
        }
    }

    /// Real answers of every route (successes and problems) and the examples of the document,
    /// validated against its schemas by openapi-spec-validator and openapi-schema-validator 0.9.0.
    func testRealAnswersValidateAgainstTheSchemas() async throws {
        guard (try? ProcessRunner.run("/usr/bin/env", ["python3", "-c", "import openapi_spec_validator, openapi_schema_validator"]))?.status == 0 else {
            throw XCTSkip("python3 with openapi-spec-validator and openapi-schema-validator 0.9.0 is needed (.ci/run installs them)")
        }
        try store.addAgent(Agent(name: "mei", createdAt: Date()))
        let samples = SampleLog()
        try await withServer { client in
            func call(_ template: String, _ path: String, _ method: HTTPRequest.Method, _ scope: TokenScope? = .admin, _ body: [String: Any]? = nil,
                      invalidBySchema: Bool = false) async throws -> [String: Any] {
                var headers = self.headers(scope, json: body != nil)
                if body == nil { headers[.contentType] = nil }
                let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map(Self.body))
                let object = Self.object(response)
                // A request the server refused as invalid must break the documented schema too (unless
                // only a rule beyond the schema refuses it): the two agree both ways.
                samples.add(["path": template, "method": method.rawValue.lowercased(), "status": Int(response.status.code),
                             "request": body ?? NSNull(), "response": object, "request_invalid": invalidBySchema])
                return object
            }
            let contact: [String: Any] = ["external_id": "s-1", "channel": "chat", "from": "ann@example.com", "name": "Ann", "text": "hi",
                                          "priority": "high", "arrived_at": "2026-01-01T00:00:00Z"]
            let created = try await call("/v1/contacts", "/v1/contacts", .post, .ingest, contact)
            _ = try await call("/v1/contacts", "/v1/contacts", .post, .ingest, contact)
            _ = try await call("/v1/contacts", "/v1/contacts", .post, .ingest, ["channel": "fax"], invalidBySchema: true)
            _ = try await call("/v1/contacts", "/v1/contacts", .post, .ingest, ["channel": "chat", "from": "ann@example.com", "extra": 1], invalidBySchema: true)
            _ = try await call("/v1/messages/{id}/delivery", "/v1/messages/1/delivery", .post, .ingest, ["status": 3], invalidBySchema: true)
            _ = try await call("/v1/contacts", "/v1/contacts", .post, .read, contact)
            let id = created["contact_id"] as! Int
            _ = try await call("/v1/contacts/{id}/messages", "/v1/contacts/\(id)/messages", .post, .ingest, ["external_id": "s-2", "text": "more"])
            let contactId = Int64(id)
            _ = try self.store.take(contactId: contactId, agent: "mei", policy: .standard, at: Date())
            let reply = try self.store.reply(contactId: contactId, agent: "mei", text: "Hello", policy: .standard, at: Date())
            _ = try await call("/v1/messages/{id}/delivery", "/v1/messages/\(reply.id!)/delivery", .post, .ingest, ["status": "failed", "reason": "no route"])
            _ = try await call("/v1/messages/{id}/delivery", "/v1/messages/999/delivery", .post, .ingest, ["status": "delivered"])
            _ = try await call("/v1/contacts/{id}", "/v1/contacts/\(id)", .get)
            _ = try await call("/v1/contacts/{id}", "/v1/contacts/999", .get)
            let call2 = try await call("/v1/contacts", "/v1/contacts", .post, .ingest, ["channel": "phone", "from": "+1 555 0100"])
            _ = try await call("/v1/contacts/{id}/abandon", "/v1/contacts/\(call2["contact_id"] as! Int)/abandon", .post, .ingest)
            _ = try await call("/v1/contacts/{id}/abandon", "/v1/contacts/\(id)/abandon", .post, .ingest, ["at": "2026-01-01T00:00:00Z"])
            _ = try await call("/v1/queue", "/v1/queue", .get)
            _ = try await call("/v1/queue", "/v1/queue", .get, nil)
            _ = try await call("/v1/agents", "/v1/agents", .get)
            _ = try await call("/v1/service-levels", "/v1/service-levels", .get)
            _ = try await call("/v1/events", "/v1/events?after=0&limit=5", .get)
            _ = try await call("/v1/events", "/v1/events?wait=x", .get)
            _ = try await call("/v1/openapi.json", "/v1/openapi.json", .get, .ingest)
        }
        let file = folder.appendingPathComponent("samples.json")
        try JSONSerialization.data(withJSONObject: samples.all).write(to: file)
        let script = Self.root.appendingPathComponent("scripts/check-openapi.py").path
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", script, Self.documentURL.path, file.path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("0 problems"), result.output)
        // Every status the test met is one the checker saw (so a route that stopped answering shows).
        XCTAssertEqual(Set(samples.all.compactMap { $0["status"] as? Int }), [200, 201, 401, 403, 404, 409, 422])
    }
}

/// The answers a test collected, in order.
final class SampleLog: @unchecked Sendable {
    private(set) var all: [[String: Any]] = []
    private let lock = NSLock()
    func add(_ sample: [String: Any]) { lock.lock(); all.append(sample); lock.unlock() }
}

/// A program run to completion, its output and error together.
enum ProcessRunner {
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
