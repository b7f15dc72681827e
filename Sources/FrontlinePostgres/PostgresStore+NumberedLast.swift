import Foundation
import FrontlineStoreAPI

/// A take's numbered rows in one round trip (`writeTaking`): the sequence lock, its outbox entries,
/// its change-feed topics (with the trim and the NOTIFY) as one anonymous block, so the lock is held
/// for that one statement and COMMIT, not for four round trips of a busy machine's wake-ups.
/// Each statement in the block takes a fresh snapshot after the lock (READ COMMITTED, PL/pgSQL), so
/// MAX + 1 sees the previous holder's commit, as `appendToFeed` and `insertOutbound` do.
/// A DO block takes no parameters: values are written as literals (`literal`).
extension PostgresStore {
    static func numberedLast(outbound: [HeldOutbound], topics: Set<ChangeTopic>, retention: ChangeFeedRetention) throws -> String {
        var body = "PERFORM pg_advisory_xact_lock(\(sequenceLock));\n"
        if !outbound.isEmpty {
            let rows = outbound.enumerated().map { n, entry in
                "(\(n + 1), \(literal(entry.kind.rawValue)), \(entry.contactId.map(String.init) ?? "NULL")::bigint, "
                    + "\(literal(entry.at.timeIntervalSince1970))::double precision, \(literal(entry.payload)))"
            }
            body += """
                INSERT INTO outbound_events (seq, kind, contact_id, at, payload)
                SELECT newest.seq + entry.n, entry.kind, entry.contact_id, entry.at, entry.payload
                FROM (SELECT \(newestOutboundSQL) AS seq) AS newest, (VALUES \(rows.joined(separator: ", "))) AS entry(n, kind, contact_id, at, payload);

                """
        }
        if !topics.isEmpty {
            let names = try topicList(topics)
            body += """
                WITH added AS (
                    INSERT INTO change_feed (seq, topic)
                    SELECT newest.seq + topic.n, topic.name FROM (SELECT COALESCE(MAX(seq), 0) AS seq FROM change_feed) AS newest,
                        json_array_elements_text(\(literal(names))::json) WITH ORDINALITY AS topic(name, n)
                    RETURNING seq)
                SELECT MIN(seq), MAX(seq) INTO first_seq, last_seq FROM added;
                IF (first_seq - 1) / \(retention.trimEvery) <> last_seq / \(retention.trimEvery) THEN
                    DELETE FROM change_feed WHERE seq <= last_seq - \(retention.kept);
                END IF;

                """
            if ChangeTopic.wakesOthers(topics) {
                body += "PERFORM pg_notify('\(PostgresChangeNotifier.channel)', last_seq::text);\n"
            }
        }
        // A dollar-quote tag the body does not hold, so no text inside can end the block early.
        var tag = "frontline"
        while body.contains("$\(tag)$") { tag += "_" }
        return "DO $\(tag)$ DECLARE first_seq bigint; last_seq bigint; BEGIN\n\(body)END $\(tag)$"
    }

    /// A string constant that means `text` whatever `standard_conforming_strings` says: E'…' with
    /// backslashes and quotes doubled.
    static func literal(_ text: String) -> String {
        "E'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A time as a literal that reads back as the same double.
    static func literal(_ value: Double) -> String { "'\(value)'" }
}
