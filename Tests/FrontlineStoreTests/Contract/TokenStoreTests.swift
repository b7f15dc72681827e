import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The HTTP API's tokens: kept as hashes, one per name, marked used at most once a minute, and
/// outside the change feed (no screen shows them).
final class TokenStoreTests: StoreContractCase {
    func testATokenIsFoundByItsHashAndListedByName() throws {
        let database = try makeStore()
        let feed = try database.latestChange()
        XCTAssertEqual(try database.addToken(name: "widget", scope: .ingest, hash: "h-widget", at: t0),
                       APITokenRow(name: "widget", scope: .ingest, createdAt: t0))
        _ = try database.addToken(name: "board", scope: .read, hash: "h-board", at: at(1))
        _ = try database.addToken(name: "ops", scope: .admin, hash: "h-ops", at: at(2))
        XCTAssertEqual(try database.tokens().map(\.name), ["board", "ops", "widget"])
        XCTAssertEqual(try database.tokens().map(\.scope), [.read, .admin, .ingest])
        XCTAssertEqual(try database.token(hash: "h-ops"), APITokenRow(name: "ops", scope: .admin, createdAt: at(2)))
        XCTAssertNil(try database.token(hash: "ops"), "found by hash, not by name")
        XCTAssertEqual(try database.latestChange(), feed, "tokens are outside the change feed")
    }

    func testANameIsGivenOnceUntilRevoked() throws {
        let database = try makeStore()
        _ = try database.addToken(name: "widget", scope: .ingest, hash: "h-1", at: t0)
        assertThrows(.refused("a token named 'widget' exists; revoke it first ('frontline tokens revoke widget') or choose another name")) {
            try database.addToken(name: "widget", scope: .read, hash: "h-2", at: at(1))
        }
        XCTAssertEqual(try database.token(hash: "h-1")?.scope, .ingest, "the refused one changed nothing")
        XCTAssertNil(try database.token(hash: "h-2"))
        try database.revokeToken(name: "widget")
        XCTAssertNil(try database.token(hash: "h-1"), "a revoked token opens nothing")
        XCTAssertTrue(try database.tokens().isEmpty)
        assertThrows(.refused("there is no token named 'widget'; see 'frontline tokens list'")) {
            try database.revokeToken(name: "widget")
        }
        _ = try database.addToken(name: "widget", scope: .read, hash: "h-2", at: at(2))
        XCTAssertEqual(try database.token(hash: "h-2")?.scope, .read)
    }

    func testUseIsMarkedAtMostOnceAMinute() throws {
        let database = try makeStore()
        _ = try database.addToken(name: "widget", scope: .ingest, hash: "h", at: t0)
        XCTAssertNil(try database.token(hash: "h")?.lastUsedAt)
        try database.markTokenUsed(name: "widget", at: at(10))
        XCTAssertEqual(try database.token(hash: "h")?.lastUsedAt, at(10))
        try database.markTokenUsed(name: "widget", at: at(60))
        XCTAssertEqual(try database.tokens().first?.lastUsedAt, at(10), "within the minute: not written again")
        try database.markTokenUsed(name: "widget", at: at(71))
        XCTAssertEqual(try database.tokens().first?.lastUsedAt, at(71))
        try database.markTokenUsed(name: "nobody", at: at(200))
        XCTAssertEqual(try database.tokens().map(\.name), ["widget"], "an unknown name adds nothing")
    }
}
