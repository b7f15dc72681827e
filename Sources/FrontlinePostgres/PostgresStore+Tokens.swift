import Foundation
import FrontlineStoreAPI
import PostgresNIO

/// The HTTP API's tokens, stored as hashes (AppDatabase+Tokens.swift on SQLite).
extension PostgresStore {
    public func addToken(name: String, scope: TokenScope, hash: String, at: Date) throws -> APITokenRow {
        try writeOutsideFeed { db in
            if try !db.query("SELECT 1 FROM api_tokens WHERE name = $1", [name]).rows.isEmpty {
                throw StoreError.refused("a token named '\(name)' exists; revoke it first ('frontline tokens revoke \(name)') or choose another name")
            }
            try db.query("INSERT INTO api_tokens (name, scope, hash, created_at) VALUES ($1, $2, $3, $4)", [name, scope.rawValue, hash, at])
            return APITokenRow(name: name, scope: scope, createdAt: at)
        }
    }

    public func tokens() throws -> [APITokenRow] {
        try read { db in
            try db.query("SELECT name, scope, created_at, last_used_at FROM api_tokens ORDER BY name COLLATE \"C\"").rows.map(Self.tokenRow)
        }
    }

    public func revokeToken(name: String) throws {
        try writeOutsideFeed { db in
            if try db.query("DELETE FROM api_tokens WHERE name = $1", [name]).changed == 0 {
                throw StoreError.refused("there is no token named '\(name)'; see 'frontline tokens list'")
            }
        }
    }

    public func token(hash: String) throws -> APITokenRow? {
        try read { db in
            try db.query("SELECT name, scope, created_at, last_used_at FROM api_tokens WHERE hash = $1", [hash]).rows.first.map(Self.tokenRow)
        }
    }

    /// At most once a minute per token: a busy connector does not write on every request.
    public func markTokenUsed(name: String, at: Date) throws {
        try writeOutsideFeed { db in
            try db.query("UPDATE api_tokens SET last_used_at = $1 WHERE name = $2 AND (last_used_at IS NULL OR last_used_at < $3)",
                         [at, name, at.timeIntervalSince1970 - 60])
        }
    }

    private static func tokenRow(_ row: PostgresRow) throws -> APITokenRow {
        APITokenRow(name: try row.get("name"), scope: TokenScope(rawValue: try row.get("scope", as: String.self)) ?? .read,
                    createdAt: try row.date("created_at"), lastUsedAt: try row.date("last_used_at"))
    }
}
