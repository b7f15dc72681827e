import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Keeps what the contact was about, with its codes in the order chosen, and logs it on the contact.
    static func recordWrapUp(_ db: Database, contactId: Int64, agent: String, entry: WrapUpEntry, at: Date) throws {
        try db.execute(sql: "INSERT INTO contact_wrap_ups (contact_id, agent, outcome, summary, at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [contactId, agent, entry.outcome?.rawValue, entry.summary, at.timeIntervalSince1970])
        let id = db.lastInsertedRowID
        for (position, code) in entry.codes.enumerated() {
            try db.execute(sql: "INSERT INTO contact_wrap_up_codes (wrap_up_id, position, code) VALUES (?, ?, ?)",
                           arguments: [id, position, code])
        }
        try appendEvent(db, contactId: contactId, kind: .wrapUpCoded, agent: agent, at: at, detail: entry.logDetail)
    }

    public func latestWrapUps(contactIds: [Int64]) throws -> [Int64: ContactWrapUp] {
        try read { db in try Self.latestWrapUps(db, contactIds: contactIds) }
    }

    static func latestWrapUps(_ db: Database, contactIds: [Int64]) throws -> [Int64: ContactWrapUp] {
        guard !contactIds.isEmpty else { return [:] }
        var latest: [Int64: ContactWrapUp] = [:]
        // Oldest first, so the newest of each contact is the one left.
        for wrapUp in try fetchWrapUps(db, where: "w.contact_id IN (SELECT value FROM json_each(?))",
                                       arguments: [String(decoding: try JSONEncoder().encode(contactIds), as: UTF8.self)]) {
            latest[wrapUp.contactId] = wrapUp
        }
        return latest
    }

    public func wrapUps(from: Date, to: Date) throws -> [ContactWrapUp] {
        try read { db in
            try Self.fetchWrapUps(db, where: "w.at >= ? AND w.at < ?", arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
        }
    }

    /// Wrap-ups matching `condition` (on `w`, the wrap-up row), oldest first, each with its codes in order.
    private static func fetchWrapUps(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [ContactWrapUp] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT w.id, w.contact_id, w.agent, w.outcome, w.summary, w.at, a.answer,
                   (SELECT json_group_array(code) FROM (SELECT code FROM contact_wrap_up_codes c
                                                        WHERE c.wrap_up_id = w.id ORDER BY position)) AS codes
            FROM contact_wrap_ups w
            -- The answer is recorded in the same transaction as the wrap-up, at the same instant.
            LEFT JOIN follow_up_answers a ON a.contact_id = w.contact_id AND a.at = w.at
            WHERE \(condition) ORDER BY w.at, w.id
            """, arguments: arguments)
        return try rows.map { row in
            let codesJSON: String = row["codes"] ?? "[]"
            let codes = try JSONDecoder().decode([String].self, from: Data(codesJSON.utf8))
            let outcome: String? = row["outcome"]
            return ContactWrapUp(contactId: row["contact_id"], agent: row["agent"],
                                 entry: WrapUpEntry(codes: codes, outcome: outcome.flatMap(WrapUpOutcome.init(rawValue:)),
                                                    summary: row["summary"]),
                                 at: Date(timeIntervalSince1970: row["at"]),
                                 followUpAnswer: (row["answer"] as String?).flatMap(FollowUpAnswer.init(rawValue:)))
        }
    }
}
