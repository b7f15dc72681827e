import Foundation

/// What an API token may do. `admin` may do everything the others may.
public enum TokenScope: String, CaseIterable, Codable, Sendable {
    /// Bring contacts and messages in, abandon calls, acknowledge deliveries.
    case ingest
    /// Read the queue, contacts, agents, service levels and events.
    case read
    /// Both.
    case admin

    /// True when a token of this scope may make a request that needs `needed`.
    public func allows(_ needed: TokenScope) -> Bool {
        self == needed || self == .admin
    }
}

/// One API token as `frontline tokens list` shows it: never the token itself, which is kept
/// only as a hash.
public struct APITokenRow: Equatable, Sendable {
    public var name: String
    public var scope: TokenScope
    public var createdAt: Date
    public var lastUsedAt: Date?

    public init(name: String, scope: TokenScope, createdAt: Date, lastUsedAt: Date? = nil) {
        self.name = name
        self.scope = scope
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
    }
}

/// The HTTP API's tokens (`frontline tokens`, `frontline serve`). The store sees only hashes.
public protocol TokenStore: Sendable {
    /// Refuses a name in use (`StoreError.refused`).
    func addToken(name: String, scope: TokenScope, hash: String, at: Date) throws -> APITokenRow
    /// Every token, by name.
    func tokens() throws -> [APITokenRow]
    /// Refuses an unknown name (`StoreError.refused`).
    func revokeToken(name: String) throws
    /// The token whose hash this is; nil when none (revoked or never issued). Writes nothing.
    func token(hash: String) throws -> APITokenRow?
    /// Notes that the token was used (at most once a minute, so reads stay cheap).
    func markTokenUsed(name: String, at: Date) throws
}
