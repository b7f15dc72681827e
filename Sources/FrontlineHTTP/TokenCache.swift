import Foundation
import FrontlineStoreAPI

/// Tokens the store has just vouched for, kept for a second: a busy connector's requests then
/// skip the store read (and the hop to a thread that may block on it). A token revoked or changed
/// in the store is refused within that second; one never seen is always read.
final class TokenCache: @unchecked Sendable {
    /// How long a token read from the store is believed.
    static let lifetime: TimeInterval = 1

    private let lock = NSLock()
    private var known: [String: (row: APITokenRow, readAt: Date)] = [:]

    /// The row for `hash` read at most `lifetime` before `now`.
    func row(for hash: String, at now: Date) -> APITokenRow? {
        lock.withLock {
            guard let entry = known[hash], now.timeIntervalSince(entry.readAt) < Self.lifetime, now >= entry.readAt else { return nil }
            return entry.row
        }
    }

    func remember(_ row: APITokenRow, for hash: String, at now: Date) {
        lock.withLock {
            // A handful of tokens in use at once; anything else is old.
            if known.count > 64 { known = known.filter { now.timeIntervalSince($0.value.readAt) < Self.lifetime } }
            known[hash] = (row, now)
        }
    }

    /// After the token was written (its use noted): the next request reads it again.
    func forget(_ hash: String) {
        _ = lock.withLock { known.removeValue(forKey: hash) }
    }
}
