import Foundation
import FrontlineStoreAPI

/// The change feed on PostgreSQL: the `change_feed` table (v12-change-feed), appended to by every
/// write transaction under the writer lock (a take: under the sequence lock, see `writeTaking`) and
/// read with one seek on its primary key.
/// Writers notify `frontline_changes` in the transaction (delivered at commit) and each notifier
/// listens on a connection of its own (`PostgresChangeNotifier`).
extension PostgresStore: ChangeFeed {
    public func latestChange() throws -> Int64 {
        try session.alone {
            try session.query("SELECT COALESCE(MAX(seq), 0) AS latest FROM change_feed").rows[0].get("latest", as: Int64.self)
        }
    }

    /// Woken by `NOTIFY frontline_changes` on a connection of its own; while that connection is
    /// down, woken a few times a second, so readers look at the feed as without a notifier.
    public func makeChangeNotifier() -> (any ChangeNotifier)? {
        PostgresChangeNotifier(connecting: { [session] in try session.connectAgain() })
    }

    public func changes(after sequence: Int64) throws -> ChangeBatch {
        try session.alone {
            let rows = try session.query("SELECT seq, topic FROM change_feed WHERE seq > $1 ORDER BY seq", [sequence]).rows
            guard let first = rows.first, let last = rows.last else { return ChangeBatch(topics: [], latest: sequence) }
            let latest: Int64 = try last.get("seq")
            // Numbers are never skipped (each is MAX + 1 under the writer lock, so a rolled-back
            // write takes none), so a gap after the reader's cursor means rows were trimmed.
            if try first.get("seq", as: Int64.self) > sequence + 1 { return ChangeBatch(topics: [.everything], latest: latest) }
            return ChangeBatch(topics: Set(try rows.map { ChangeTopic(storedName: try $0.get("topic", as: String.self)) }), latest: latest)
        }
    }

    /// Inside the writer's transaction, just before it commits: one row per topic, numbered
    /// MAX + 1 (an identity would skip the numbers of rolled-back writes, which readers would
    /// take for a trim), then a trim whenever the sequence crosses a multiple of `trimEvery`.
    static func appendToFeed(_ db: PostgresSession, topics: Set<ChangeTopic>, retention: ChangeFeedRetention) throws {
        guard !topics.isEmpty else { return }
        // One statement for all the topics (MAX + 1, MAX + 2… in the order given) and the notification,
        // which is delivered at commit (never for a rolled-back write), so a notifier's waiter reads it.
        let notify = ChangeTopic.wakesOthers(topics) ? "pg_notify('\(PostgresChangeNotifier.channel)', MAX(seq)::text)" : "NULL"
        let numbered = try db.query("""
            WITH added AS (
                INSERT INTO change_feed (seq, topic)
                SELECT newest.seq + topic.n, topic.name FROM (SELECT COALESCE(MAX(seq), 0) AS seq FROM change_feed) AS newest,
                    json_array_elements_text($1::json) WITH ORDINALITY AS topic(name, n)
                RETURNING seq)
            SELECT MIN(seq) AS first, MAX(seq) AS last, \(notify) AS notified FROM added
            """, [try topicList(topics)]).rows[0]
        let (first, last) = (try numbered.get("first", as: Int64.self), try numbered.get("last", as: Int64.self))
        if (first - 1) / retention.trimEvery != last / retention.trimEvery {
            try db.query("DELETE FROM change_feed WHERE seq <= $1", [last - retention.kept])
        }
    }

    /// The feed rows' topic names, as a JSON array of strings in the order they are numbered (all
    /// of them one `.everything` when that is among them).
    static func topicList(_ topics: Set<ChangeTopic>) throws -> String {
        let names = topics.contains(.everything) ? [ChangeTopic.everything.storedName] : topics.map(\.storedName).sorted()
        return String(decoding: try JSONSerialization.data(withJSONObject: names), as: UTF8.self)
    }
}
