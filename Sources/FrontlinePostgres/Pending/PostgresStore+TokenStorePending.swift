import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// TokenStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func addToken(name: String, scope: TokenScope, hash: String, at: Date) throws -> APITokenRow {
        throw StoreError.notYetOnPostgres(method: "TokenStore.addToken")
    }

    public func tokens() throws -> [APITokenRow] {
        throw StoreError.notYetOnPostgres(method: "TokenStore.tokens")
    }

    public func revokeToken(name: String) throws {
        throw StoreError.notYetOnPostgres(method: "TokenStore.revokeToken")
    }

    public func token(hash: String) throws -> APITokenRow? {
        throw StoreError.notYetOnPostgres(method: "TokenStore.token")
    }

    public func markTokenUsed(name: String, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "TokenStore.markTokenUsed")
    }
}
