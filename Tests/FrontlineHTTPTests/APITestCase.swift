import Foundation
import FrontlineCore
import FrontlineHTTP
import FrontlineStore
import FrontlineStoreAPI
import GRDB
import Hummingbird
import HummingbirdTesting
import XCTest

/// A test of the API against a real SQLite file and a real server on an ephemeral loopback port.
class APITestCase: XCTestCase {
    var folder: URL!
    var store: AppDatabase!
    /// One token of each scope, as a connector would send it.
    var tokens: [TokenScope: String] = [:]

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try AppDatabase.open(path: folder.appendingPathComponent("frontline.db").path)
        for scope in TokenScope.allCases {
            let token = APIToken.make()
            _ = try store.addToken(name: "\(scope.rawValue)-token", scope: scope, hash: APIToken.hash(token), at: Date())
            tokens[scope] = token
        }
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: folder)
    }

    var services: APIServices {
        APIServices(store: store, intake: store, outbox: store, policy: .standard, longestWait: 5)
    }

    /// Runs `body` against a live server on 127.0.0.1, port chosen by the system.
    func withServer(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: APIServer.router(services: services),
                              configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body(client) }
    }

    func headers(_ scope: TokenScope?, json: Bool = true) -> HTTPFields {
        var fields = HTTPFields()
        if let scope { fields[.authorization] = "Bearer \(tokens[scope]!)" }
        if json { fields[.contentType] = "application/json" }
        return fields
    }

    static func body(_ object: Any) -> ByteBuffer {
        ByteBuffer(data: try! JSONSerialization.data(withJSONObject: object))
    }

    static func object(_ response: TestResponse) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] else {
            XCTFail("the answer is not a JSON object")
            return [:]
        }
        return object
    }

    /// Every row of every table but the tokens (whose last-used time a granted request may set):
    /// equal before and after means the request changed nothing.
    func databaseContents() throws -> String {
        let queue = try DatabaseQueue(path: store.path)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('api_tokens') ORDER BY name")
            return try tables.map { table in
                "\(table): " + (try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map(\.description).joined(separator: "; "))
            }.joined(separator: "\n")
        }
    }

    /// A problem document's checks: the status, the media type, the type URI, and the pointers named.
    func assertProblem(_ response: TestResponse, _ status: HTTPResponse.Status, _ kind: Problem.Kind, pointers: [String]? = nil,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(response.status, status, file: file, line: line)
        XCTAssertEqual(response.headers[.contentType], "application/problem+json", file: file, line: line)
        let object = Self.object(response)
        XCTAssertEqual(object["type"] as? String, kind.type, file: file, line: line)
        XCTAssertEqual(object["status"] as? Int, Int(status.code), file: file, line: line)
        XCTAssertNotNil(object["title"] as? String, file: file, line: line)
        XCTAssertFalse((object["detail"] as? String ?? "").isEmpty, file: file, line: line)
        if let pointers {
            let named = (object["errors"] as? [[String: Any]] ?? []).compactMap { $0["pointer"] as? String }
            XCTAssertEqual(named, pointers, file: file, line: line)
        }
    }
}
