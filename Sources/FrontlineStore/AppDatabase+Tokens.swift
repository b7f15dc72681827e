import Foundation
import FrontlineStoreAPI
import GRDB

extension AppDatabase: TokenStore {
    public func addToken(name: String, scope: TokenScope, hash: String, at: Date) throws -> APITokenRow {
        try writeOutsideFeed { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM api_tokens WHERE name = ?", arguments: [name]) == true {
                throw StoreError.refused("a token named '\(name)' exists; revoke it first ('frontline tokens revoke \(name)') or choose another name")
            }
            try db.execute(sql: "INSERT INTO api_tokens (name, scope, hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, scope.rawValue, hash, at.timeIntervalSince1970])
            return APITokenRow(name: name, scope: scope, createdAt: at)
        }
    }

    public func tokens() throws -> [APITokenRow] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, scope, created_at, last_used_at FROM api_tokens ORDER BY name").map(Self.tokenRow)
        }
    }

    public func revokeToken(name: String) throws {
        try writeOutsideFeed { db in
            try db.execute(sql: "DELETE FROM api_tokens WHERE name = ?", arguments: [name])
            if db.changesCount == 0 {
                throw StoreError.refused("there is no token named '\(name)'; see 'frontline tokens list'")
            }
        }
    }

    public func token(hash: String) throws -> APITokenRow? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT name, scope, created_at, last_used_at FROM api_tokens WHERE hash = ?",
                             arguments: [hash]).map(Self.tokenRow)
        }
    }

    public func markTokenUsed(name: String, at: Date) throws {
        try writeOutsideFeed { db in
            try db.execute(sql: "UPDATE api_tokens SET last_used_at = ? WHERE name = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                           arguments: [at.timeIntervalSince1970, name, at.timeIntervalSince1970 - 60])
        }
    }

    private static func tokenRow(_ row: Row) -> APITokenRow {
        APITokenRow(name: row["name"], scope: TokenScope(rawValue: row["scope"]) ?? .read,
                    createdAt: Date(timeIntervalSince1970: row["created_at"]),
                    lastUsedAt: (row["last_used_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }
}
