import Foundation
import FrontlineHTTP
import FrontlineStoreAPI
import Hummingbird
import HummingbirdTesting
import XCTest

/// Each class of bad request gets its problem document with the fields at fault, and none
/// changes the database.
final class ProblemTests: APITestCase {
    func testBadBodiesChangeNothing() async throws {
        let before = try databaseContents()
        try await withServer { client in
            // 415: not sent as JSON.
            var form = self.headers(.ingest, json: false)
            form[.contentType] = "application/x-www-form-urlencoded"
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: form, body: ByteBuffer(string: "channel=chat")),
                               .unsupportedMediaType, .unsupportedMediaType)
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest, json: false),
                                                        body: ByteBuffer(string: "{}")), .unsupportedMediaType, .unsupportedMediaType)
            // 413: over 64 KiB, even when otherwise good.
            let big = Self.body(["channel": "chat", "from": "ann@example.com", "text": String(repeating: "a", count: 70_000)])
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: big), .contentTooLarge, .tooLarge)
            // 400: not JSON.
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest),
                                                        body: ByteBuffer(string: "{\"channel\": ")), .badRequest, .malformedJSON)
            // 422: not an object; unknown fields (nested too), wrong types, bad values, all at once.
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest),
                                                        body: ByteBuffer(string: "[1]")), .unprocessableContent, .invalidFields, pointers: [""])
            let wrong: [String: Any] = ["channel": "fax", "from": 12345, "name": ["x"], "nickname": "x", "email": ["subjekt": "hi"],
                                        "arrived_at": "yesterday"]
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(wrong)),
                               .unprocessableContent, .invalidFields,
                               pointers: ["/channel", "/from", "/name", "/arrived_at", "/email/subjekt", "/nickname"])
            let missing: [String: Any] = ["text": "hello"]
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(missing)),
                               .unprocessableContent, .invalidFields, pointers: ["/channel", "/from"])
            // The commands' own rules: an address for the channel, no text on a call, not empty, not in the future, a group name.
            let refused: [String: Any] = ["channel": "phone", "from": "ann@", "text": "  ", "group": "Sales Team",
                                          "arrived_at": "2099-01-01T00:00:00Z", "email": ["subject": "x"]]
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(refused)),
                               .unprocessableContent, .invalidFields,
                               pointers: ["/from", "/text", "/text", "/group", "/arrived_at", "/email"])
            let badEmail: [String: Any] = ["channel": "email", "from": "not-an-address", "text": "hi"]
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest), body: Self.body(badEmail)),
                               .unprocessableContent, .invalidFields, pointers: ["/from"])
            // Messages and deliveries read the same way.
            self.assertProblem(try await client.execute(uri: "/v1/contacts/1/messages", method: .post, headers: self.headers(.ingest),
                                                        body: Self.body(["text": 5, "extra": true])),
                               .unprocessableContent, .invalidFields, pointers: ["/text", "/extra"])
            self.assertProblem(try await client.execute(uri: "/v1/messages/1/delivery", method: .post, headers: self.headers(.ingest),
                                                        body: Self.body(["status": "failed"])),
                               .unprocessableContent, .invalidFields, pointers: ["/reason"])
            self.assertProblem(try await client.execute(uri: "/v1/messages/1/delivery", method: .post, headers: self.headers(.ingest),
                                                        body: Self.body(["status": "lost"])),
                               .unprocessableContent, .invalidFields, pointers: ["/status"])
            self.assertProblem(try await client.execute(uri: "/v1/contacts/1/abandon", method: .post, headers: self.headers(.ingest),
                                                        body: Self.body(["when": "now"])),
                               .unprocessableContent, .invalidFields, pointers: ["/when"])
            // Query parameters of the event feed.
            self.assertProblem(try await client.execute(uri: "/v1/events?after=-1&wait=9999&since=3", method: .get, headers: self.headers(.read)),
                               .unprocessableContent, .invalidFields, pointers: ["/query/after", "/query/since", "/query/wait"])
        }
        XCTAssertEqual(try databaseContents(), before)
    }

    func testUnknownThingsAndMethods() async throws {
        try await withServer { client in
            self.assertProblem(try await client.execute(uri: "/v1/nothing", method: .get, headers: self.headers(.admin)), .notFound, .notFound)
            self.assertProblem(try await client.execute(uri: "/v1/contacts/999", method: .get, headers: self.headers(.admin)), .notFound, .notFound)
            self.assertProblem(try await client.execute(uri: "/v1/contacts/abc", method: .get, headers: self.headers(.admin)), .notFound, .notFound)
            self.assertProblem(try await client.execute(uri: "/v1/contacts/999/messages", method: .post, headers: self.headers(.admin),
                                                        body: Self.body(["text": "hi"])), .notFound, .notFound)
            let delete = try await client.execute(uri: "/v1/queue", method: .delete, headers: self.headers(.admin))
            self.assertProblem(delete, .methodNotAllowed, .methodNotAllowed)
            XCTAssertEqual(delete.headers[.allow], "GET")
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .get, headers: self.headers(.admin)), .methodNotAllowed, .methodNotAllowed)
        }
    }
}

extension ProblemTests {
    /// What `frontline ingest` refuses, the API refuses with the field named: a control character in an external id.
    func testTheIngestRulesApplyToo() async throws {
        let before = try databaseContents()
        try await withServer { client in
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.ingest),
                                                        body: Self.body(["external_id": "a\u{7}b", "channel": "chat", "from": "ann@example.com"])),
                               .unprocessableContent, .invalidFields, pointers: ["/external_id"])
        }
        XCTAssertEqual(try databaseContents(), before)
    }
}
