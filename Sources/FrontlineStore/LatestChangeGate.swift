import Foundation

/// Lets `latestChange()` answer from memory while no transaction has committed since it last
/// asked the database: the WAL index's stamp (`WALCommitStamp`) is read before each question, and
/// the answer is kept with the stamp read before the query that gave it. An unchanged stamp then
/// means no commit since before that query, so its answer still holds. The loop's thread and the
/// change watcher's both ask, hence the lock.
final class LatestChangeGate: @unchecked Sendable {
    private let stamp: WALCommitStamp?
    private let lock = NSLock()
    private var known: (stamp: WALCommitStamp.Stamp, latest: Int64)?
    /// How many times the database itself was asked: what the gate saves, for the tests.
    private(set) var queries = 0

    init(databasePath: String) {
        stamp = WALCommitStamp(databasePath: databasePath)
    }

    /// The latest change, from memory when nothing has committed since `query` last ran.
    func latestChange(_ query: () throws -> Int64) rethrows -> Int64 {
        let now = stamp?.read()
        if let now {
            let remembered = lock.withLock { known.flatMap { $0.stamp == now ? $0.latest : nil } }
            if let remembered { return remembered }
        }
        let latest = try query()
        lock.withLock {
            queries += 1
            if let now { known = (now, latest) }
        }
        return latest
    }
}
