import Foundation
import FrontlineStoreAPI
import Hummingbird

/// Bearer tokens: every request names one, and its scope must allow the route.
enum Authorization {
    /// The token's row, once it may make this request; 401 when missing or unknown, 403 when its
    /// scope does not allow it. Checked before the body is read, so a refused request writes nothing.
    /// `needed` nil: any valid token.
    static func check(_ request: Request, needs needed: TokenScope?, services: APIServices) async throws -> APITokenRow {
        guard let header = request.headers[.authorization] else {
            throw Problem(.unauthorized, "send a token: Authorization: Bearer <token> (make one with 'frontline tokens add')")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Problem(.unauthorized, "the Authorization header must be 'Bearer <token>'")
        }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        let hash = APIToken.hash(token)
        let now = services.now()
        var row = services.tokens.row(for: hash, at: now)
        if row == nil {
            row = try await storeCall { try services.store.token(hash: hash) }
            if let row { services.tokens.remember(row, for: hash, at: now) }
        }
        guard let row else {
            throw Problem(.unauthorized, "this token is unknown or was revoked; see 'frontline tokens list'")
        }
        if let needed, !row.scope.allows(needed) {
            throw Problem(.forbidden, "the token '\(row.name)' has scope \(row.scope.rawValue); this request needs \(needed.rawValue) (or admin)")
        }
        // At most once a minute, so that a busy connector's requests are not each a write.
        if row.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            _ = try? await storeCall { try services.store.markTokenUsed(name: row.name, at: now) }
            services.tokens.forget(hash)
        }
        return row
    }
}
