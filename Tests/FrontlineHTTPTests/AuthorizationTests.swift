import Foundation
import FrontlineHTTP
import FrontlineStoreAPI
import Hummingbird
import HummingbirdTesting
import XCTest

/// Every request names a token whose scope allows it; otherwise 401 or 403, and nothing is written.
final class AuthorizationTests: APITestCase {
    let contact: [String: Any] = ["external_id": "auth-1", "channel": "chat", "from": "ann@example.com", "text": "hello"]

    func testMissingUnknownAndWrongScopeTokensWriteNothing() async throws {
        let before = try databaseContents()
        let body = Self.body(contact)
        let ingest = tokens[.ingest]!
        try await withServer { client in
            var noToken = HTTPFields()
            noToken[.contentType] = "application/json"
            let missing = try await client.execute(uri: "/v1/contacts", method: .post, headers: noToken, body: body)
            self.assertProblem(missing, .unauthorized, .unauthorized)
            XCTAssertEqual(missing.headers[.wwwAuthenticate], "Bearer")

            var unknown = noToken
            unknown[.authorization] = "Bearer frontline_" + String(repeating: "0", count: 64)
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: unknown, body: body), .unauthorized, .unauthorized)

            var notBearer = noToken
            notBearer[.authorization] = "Basic \(ingest)"
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: notBearer, body: body), .unauthorized, .unauthorized)

            // read may not write; ingest may not read.
            self.assertProblem(try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.read), body: body), .forbidden, .forbidden)
            self.assertProblem(try await client.execute(uri: "/v1/contacts/1/abandon", method: .post, headers: self.headers(.read)), .forbidden, .forbidden)
            self.assertProblem(try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.ingest)), .forbidden, .forbidden)
            self.assertProblem(try await client.execute(uri: "/v1/events", method: .get, headers: self.headers(.ingest)), .forbidden, .forbidden)
        }
        XCTAssertEqual(try databaseContents(), before)
        XCTAssertTrue(try store.queue(agent: nil).isEmpty)
    }

    func testAdminMayReadAndWrite() async throws {
        try await withServer { client in
            let created = try await client.execute(uri: "/v1/contacts", method: .post, headers: self.headers(.admin), body: Self.body(self.contact))
            XCTAssertEqual(created.status, .created)
            let queue = try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.admin))
            XCTAssertEqual(queue.status, .ok)
            XCTAssertEqual((Self.object(queue)["contacts"] as? [Any])?.count, 1)
        }
    }

    func testARevokedTokenIsRefused() async throws {
        try store.revokeToken(name: "read-token")
        try await withServer { client in
            self.assertProblem(try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.read)), .unauthorized, .unauthorized)
        }
    }

    /// Tokens are believed for a second after the store vouched for them (a busy connector's
    /// requests skip the read); a token revoked while serving is refused once that second is over.
    func testATokenRevokedWhileServingIsRefusedWithinASecond() async throws {
        let clock = SettableClock(Date())
        var services = self.services
        services.now = { clock.now }
        let app = Application(router: APIServer.router(services: services),
                              configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            // The first use is written down (and read again next time); the second is then believed.
            for _ in 0..<2 {
                let used = try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.read))
                XCTAssertEqual(used.status, .ok)
            }
            try self.store.revokeToken(name: "read-token")
            clock.now += 0.5
            let soon = try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.read))
            XCTAssertEqual(soon.status, .ok)
            clock.now += 0.5
            let later = try await client.execute(uri: "/v1/queue", method: .get, headers: self.headers(.read))
            self.assertProblem(later, .unauthorized, .unauthorized)
        }
    }

    func testTheStoreKeepsOnlyHashesAndNotesUse() async throws {
        let token = tokens[.read]!
        let file = try Data(contentsOf: URL(fileURLWithPath: store.path)) + ((try? Data(contentsOf: URL(fileURLWithPath: store.path + "-wal"))) ?? Data())
        XCTAssertNil(file.range(of: Data(token.utf8)), "the token itself is in the database file")
        XCTAssertNotNil(file.range(of: Data(APIToken.hash(token).utf8)))
        XCTAssertNil(try store.tokens().first { $0.name == "read-token" }?.lastUsedAt)
        try await withServer { client in
            let agents = try await client.execute(uri: "/v1/agents", method: .get, headers: self.headers(.read))
            XCTAssertEqual(agents.status, .ok)
        }
        XCTAssertNotNil(try store.tokens().first { $0.name == "read-token" }?.lastUsedAt)
        XCTAssertEqual(try store.tokens().map(\.name), ["admin-token", "ingest-token", "read-token"])
        XCTAssertThrowsError(try store.addToken(name: "read-token", scope: .admin, hash: "x", at: Date()))
        XCTAssertThrowsError(try store.revokeToken(name: "nobody"))
    }

    func testScopes() {
        XCTAssertTrue(TokenScope.admin.allows(.ingest))
        XCTAssertTrue(TokenScope.admin.allows(.read))
        XCTAssertFalse(TokenScope.read.allows(.ingest))
        XCTAssertFalse(TokenScope.ingest.allows(.read))
        XCTAssertFalse(TokenScope.ingest.allows(.admin))
    }
}

/// A clock a test moves by hand, read from the server's threads.
final class SettableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Date
    init(_ start: Date) { value = start }
    var now: Date {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
