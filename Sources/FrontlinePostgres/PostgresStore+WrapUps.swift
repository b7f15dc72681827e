import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// What contacts were about, as their agents coded them (AppDatabase+WrapUps.swift on SQLite).
extension PostgresStore {
    /// Keeps what the contact was about, with its codes in the order chosen, and logs it on the
    /// contact. Inside the caller's transaction: group A's `wrapUp` writes it with this.
    static func recordWrapUp(_ db: PostgresSession, contactId: Int64, agent: String, entry: WrapUpEntry, at: Date) throws {
        let id = try db.query("INSERT INTO contact_wrap_ups (contact_id, agent, outcome, summary, at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                              [contactId, agent, entry.outcome?.rawValue, entry.summary, at]).rows[0].get("id", as: Int64.self)
        for (position, code) in entry.codes.enumerated() {
            try db.query("INSERT INTO contact_wrap_up_codes (wrap_up_id, position, code) VALUES ($1, $2, $3)", [id, position, code])
        }
        try appendEvent(db, contactId: contactId, kind: .wrapUpCoded, agent: agent, at: at, detail: entry.logDetail)
    }

    public func latestWrapUps(contactIds: [Int64]) throws -> [Int64: ContactWrapUp] {
        try read { db in try Self.latestWrapUps(db, contactIds: contactIds) }
    }

    static func latestWrapUps(_ db: PostgresSession, contactIds: [Int64]) throws -> [Int64: ContactWrapUp] {
        guard !contactIds.isEmpty else { return [:] }
        var latest: [Int64: ContactWrapUp] = [:]
        // Oldest first, so the newest of each contact is the one left.
        for wrapUp in try fetchWrapUps(db, where: "w.contact_id IN (SELECT value::bigint FROM json_array_elements_text($1::json))",
                                       [String(decoding: try JSONEncoder().encode(contactIds), as: UTF8.self)]) {
            latest[wrapUp.contactId] = wrapUp
        }
        return latest
    }

    public func wrapUps(from: Date, to: Date) throws -> [ContactWrapUp] {
        try read { db in try Self.fetchWrapUps(db, where: "w.at >= $1 AND w.at < $2", [from, to]) }
    }

    /// Wrap-ups matching `condition` (on `w`, the wrap-up row), oldest first, each with its codes in order.
    private static func fetchWrapUps(_ db: PostgresSession, where condition: String, _ binds: [SQLValue]) throws -> [ContactWrapUp] {
        try db.query("""
            SELECT w.id, w.contact_id, w.agent, w.outcome, w.summary, w.at, a.answer,
                   (SELECT COALESCE(json_agg(c.code ORDER BY c.position), '[]'::json)::text FROM contact_wrap_up_codes c
                    WHERE c.wrap_up_id = w.id) AS codes
            FROM contact_wrap_ups w
            -- The answer is recorded in the same transaction as the wrap-up, at the same instant.
            LEFT JOIN follow_up_answers a ON a.contact_id = w.contact_id AND a.at = w.at
            WHERE \(condition) ORDER BY w.at, w.id
            """, binds).rows.map { row in
            let codes = try JSONDecoder().decode([String].self, from: Data(try row.get("codes", as: String.self).utf8))
            return ContactWrapUp(contactId: try row.get("contact_id"), agent: try row.get("agent"),
                                 entry: WrapUpEntry(codes: codes, outcome: try row.get("outcome", as: String?.self).flatMap(WrapUpOutcome.init(rawValue:)),
                                                    summary: try row.get("summary")),
                                 at: try row.date("at"),
                                 followUpAnswer: try row.get("answer", as: String?.self).flatMap(FollowUpAnswer.init(rawValue:)))
        }
    }
}
