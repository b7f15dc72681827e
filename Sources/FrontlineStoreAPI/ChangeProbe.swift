/// The cheapest question a watcher can ask: did anything at all commit since last time?
/// (On SQLite, `PRAGMA data_version`.) The change feed then says what.
public protocol ChangeProbe: Sendable {
    /// Moves whenever any connection commits, this process's included.
    func changeToken() throws -> Int
    /// Moves only when another process commits.
    func foreignChangeToken() throws -> Int
}
