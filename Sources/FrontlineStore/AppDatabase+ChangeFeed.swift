import FrontlineStoreAPI
import GRDB

/// The change feed on SQLite: the `change_feed` table (v12-change-feed), appended to by every
/// write transaction and read with one seek on its primary key.
extension AppDatabase: ChangeFeed {
    /// Asked several times a second by every console: while no transaction has committed since the
    /// last answer (one read of the WAL index says so), the answer comes from memory.
    public func latestChange() throws -> Int64 {
        try latestChangeGate.latestChange {
            try watch { db in
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(seq) FROM change_feed")) ?? 0
            }
        }
    }

    /// Woken by the commit bell, or else by writes to the WAL (on Linux), so a console need not
    /// ask on a timer.
    public func makeChangeNotifier() -> (any ChangeNotifier)? {
        CommitNotifier(bellPath: bell.path, walPath: resolvedPath + "-wal")
    }

    /// One statement, one row, whatever the batch holds: the feed's latest number, the first after
    /// `sequence`, and the distinct topics after it in one string. A console watching others type
    /// asks this after their commits; rows read one by one (a row and a parsed topic per key
    /// pressed) were most of what such a look cost. When nothing has committed since an answer
    /// said `sequence` was the latest, it is answered from memory (`LatestChangeGate`).
    public func changes(after sequence: Int64) throws -> ChangeBatch {
        try latestChangeGate.changes(after: sequence) {
            try watch { db in
                // Cached: every console asks this a few times a second for a whole shift.
                let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT (SELECT MAX(seq) FROM change_feed), (SELECT MIN(seq) FROM change_feed WHERE seq > ?1),
                           (SELECT group_concat(topic, char(31)) FROM (SELECT DISTINCT topic FROM change_feed WHERE seq > ?1))
                    """), arguments: [sequence])
                let latest: Int64 = row?[0] ?? 0
                guard let first: Int64 = row?[1] else { return (ChangeBatch(topics: [], latest: sequence), latest) }
                // Numbers are never skipped (a rolled-back write takes its number back), so a gap
                // after the reader's cursor means the rows it had not read were trimmed.
                if first > sequence + 1 { return (ChangeBatch(topics: [.everything], latest: latest), latest) }
                let names: String = row?[2] ?? ""
                let topics = Set(names.split(separator: "\u{1F}").map { ChangeTopic(storedName: $0) })
                return (ChangeBatch(topics: topics, latest: latest), latest)
            }
        }
    }

    /// Inside the writer's transaction, just before it commits: one row per topic, then a trim
    /// whenever the sequence crosses a multiple of `trimEvery`.
    static func appendToFeed(_ db: Database, topics: Set<ChangeTopic>, retention: ChangeFeedRetention) throws {
        guard !topics.isEmpty else { return }
        // One row says it all: a bulk load or a trim is reloaded whole anyway.
        let stored = topics.contains(.everything) ? [ChangeTopic.everything.storedName] : topics.map(\.storedName).sorted()
        let insert = try db.cachedStatement(sql: "INSERT INTO change_feed (topic) VALUES (?)")
        var first: Int64?
        for name in stored {
            try insert.execute(arguments: [name])
            first = first ?? db.lastInsertedRowID
        }
        let last = db.lastInsertedRowID
        if let first, (first - 1) / retention.trimEvery != last / retention.trimEvery {
            try db.cachedStatement(sql: "DELETE FROM change_feed WHERE seq <= ?").execute(arguments: [last - retention.kept])
        }
    }
}

/// A write changed rows but said nothing of what it changed: consoles would miss it.
struct UnrecordedChanges: Error, CustomStringConvertible {
    var rows: Int
    var description: String { "a write changed \(rows) row(s) but recorded no change topic (ChangeRecorder)" }
}
