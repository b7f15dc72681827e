import Foundation
import FrontlineStoreAPI

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
        if let now, let remembered = remembered(at: now) { return remembered }
        let latest = try query()
        remember(latest, at: now)
        return latest
    }

    /// What changed after `sequence`: nothing, from memory, when nothing has committed since an
    /// answer said `sequence` was the latest; else `query`, which also says the latest now. A
    /// watcher looking after every write to the file asks the database once per commit at most.
    func changes(after sequence: Int64, _ query: () throws -> (batch: ChangeBatch, latest: Int64)) rethrows -> ChangeBatch {
        let now = stamp?.read()
        if let now, remembered(at: now) == sequence { return ChangeBatch(topics: [], latest: sequence) }
        let (batch, latest) = try query()
        remember(latest, at: now)
        return batch
    }

    private func remembered(at now: WALCommitStamp.Stamp) -> Int64? {
        lock.withLock { known.flatMap { $0.stamp == now ? $0.latest : nil } }
    }

    /// The stamp is the one read before the query, so a commit during it moves the stamp: never
    /// an old answer kept under a new stamp.
    private func remember(_ latest: Int64, at now: WALCommitStamp.Stamp?) {
        lock.withLock {
            queries += 1
            if let now { known = (now, latest) }
        }
    }
}
