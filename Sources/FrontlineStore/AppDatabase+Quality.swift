import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase: QualityStore {
    public func sampleForQuality(percent: Double, from: Date, to: Date, seed: UInt64, by person: String, at: Date) throws -> QualitySampleResult {
        try write(for: person) { db, changes in
            // One read of the period from the covering index: id, agent and channel of every ended
            // contact not sampled before.
            var candidates: [QualitySample.Candidate] = []
            var calls = Set<Int64>()
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT c.id, c.agent, c.channel FROM contacts c INDEXED BY contacts_ended_by_agent
                WHERE c.state = 'ended' AND c.ended_at >= ? AND c.ended_at < ? AND c.agent IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM quality_reviews q WHERE q.contact_id = c.id)
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            while let row = try cursor.next() {
                let id: Int64 = row[0]
                candidates.append(QualitySample.Candidate(contactId: id, agent: row[1]))
                let channel: String = row[2]
                if channel == Channel.phone.rawValue || channel == Channel.callback.rawValue { calls.insert(id) }
            }
            var counts: [String: Int] = [:]
            for candidate in candidates { counts[candidate.agent, default: 0] += 1 }
            let drawn = QualitySample.draw(candidates, percent: percent, seed: seed)
            let ids = drawn.values.flatMap { $0 }.sorted()
            guard !ids.isEmpty else { return QualitySampleResult(perAgent: drawn, candidatesPerAgent: counts, recalls: 0, seed: seed) }
            let json = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO quality_reviews (contact_id, agent, channel, ended_at, period_start, period_end, seed, sampled_by, sampled_at)
                SELECT id, agent, channel, ended_at, ?, ?, ?, ?, ? FROM contacts WHERE id IN (SELECT value FROM json_each(?))
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970, String(seed), person, at.timeIntervalSince1970, json])
            // The manuals' re-call: each sampled call gets a call-back to the customer, kept first for the sampler.
            let recalled = ids.filter(calls.contains)
            if !recalled.isEmpty {
                let insert = try db.makeStatement(sql: """
                    INSERT INTO contacts (channel, state, customer_id, address, queued_at, priority, purpose, owner)
                    SELECT 'callback', 'waiting', customer_id, address, ?, priority, ?, ? FROM contacts WHERE id = ?
                    """)
                let link = try db.makeStatement(sql: "UPDATE quality_reviews SET recall_contact_id = ? WHERE contact_id = ?")
                let queued = try db.makeStatement(sql: "INSERT INTO contact_events (contact_id, kind, agent, at, detail) VALUES (?, ?, ?, ?, ?)")
                for id in recalled {
                    try insert.execute(arguments: [at.timeIntervalSince1970, ContactPurpose.qualityRecall.rawValue, person, id])
                    let recall = db.lastInsertedRowID
                    try link.execute(arguments: [recall, id])
                    // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
                    try queued.execute(arguments: [recall, ContactEventKind.queued.rawValue, person, at.timeIntervalSince1970, Channel.callback.rawValue])
                }
                // Many customers' files changed at once: every console reloads once.
                changes.record(.everything)
            }
            changes.record(.queue)
            return QualitySampleResult(perAgent: drawn, candidatesPerAgent: counts, recalls: recalled.count, seed: seed)
        }
    }

    public func qualityReviews(agent: String?, state: QualityReviewState?, limit: Int) throws -> [QualityReview] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let agent { conditions.append("agent = ?"); arguments += [agent] }
            if let state { conditions.append("state = ?"); arguments += [state.rawValue] }
            arguments += [limit]
            let sql = "SELECT * FROM quality_reviews" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
                + " ORDER BY id LIMIT ?"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.qualityReview)
        }
    }

    public func qualityReview(id: Int64) throws -> QualityReview? {
        try read { db in try Self.fetchQualityReview(db, id: id) }
    }

    public func reviewQuality(id: Int64, by person: Agent, scores: [String: Int], totalPercent: Double, comment: String, at: Date) throws -> QualityReview {
        try changeReview(id: id) { db, review in
            if let refusal = QualityReviewRules.whyNotReview(review, by: person) { throw StoreError.refused(refusal) }
            try db.execute(sql: """
                UPDATE quality_reviews SET state = 'reviewed', reviewer = ?, reviewed_at = ?, scores = ?, total_percent = ?, comment = ?
                WHERE id = ? AND state = 'open'
                """, arguments: [person.name, at.timeIntervalSince1970, try QualityReview.storedScores(scores), totalPercent, comment, id])
        }
    }

    public func disputeQuality(id: Int64, by person: Agent, reason: String, at: Date) throws -> QualityReview {
        if let refusal = QualityReviewRules.whyNotDispute(reason: reason) { throw StoreError.refused(refusal) }
        return try changeReview(id: id) { db, review in
            if let refusal = QualityReviewRules.whyNotDispute(review, by: person) { throw StoreError.refused(refusal) }
            try db.execute(sql: "UPDATE quality_reviews SET state = 'disputed', dispute_reason = ?, disputed_at = ? WHERE id = ? AND state = 'reviewed'",
                           arguments: [reason, at.timeIntervalSince1970, id])
        }
    }

    public func settleQuality(id: Int64, by person: Agent, scores: [String: Int]?, totalPercent: Double?, comment: String, at: Date) throws -> QualityReview {
        try changeReview(id: id) { db, review in
            if let refusal = QualityReviewRules.whyNotSettle(review, by: person) { throw StoreError.refused(refusal) }
            try db.execute(sql: """
                UPDATE quality_reviews SET state = 'settled', settler = ?, settled_at = ?, settled_scores = ?, settled_percent = ?, settle_comment = ?
                WHERE id = ? AND state = 'disputed'
                """, arguments: [person.name, at.timeIntervalSince1970, try scores.map(QualityReview.storedScores), totalPercent, comment, id])
        }
    }

    public func qualityScores(from: Date, to: Date) throws -> [String: Double] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT agent, AVG(CASE WHEN state = 'settled' THEN COALESCE(settled_percent, total_percent) ELSE total_percent END)
                FROM quality_reviews INDEXED BY quality_reviews_by_period
                WHERE ended_at >= ? AND ended_at < ? AND state IN ('reviewed', 'settled')
                GROUP BY agent
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            var scores: [String: Double] = [:]
            for row in rows { scores[row[0]] = row[1] }
            return scores
        }
    }

    /// Fetches the review inside the write, lets `body` check and change it, and returns it as it now is.
    private func changeReview(id: Int64, _ body: (Database, QualityReview) throws -> Void) throws -> QualityReview {
        try write { db, changes in
            guard let review = try Self.fetchQualityReview(db, id: id) else {
                throw StoreError.refused("there is no quality review \(id); see 'frontline qa list'")
            }
            try body(db, review)
            changes.record(.contact(review.contactId))
            return try Self.fetchQualityReview(db, id: id) ?? review
        }
    }

    static func fetchQualityReview(_ db: Database, id: Int64) throws -> QualityReview? {
        try Row.fetchOne(db, sql: "SELECT * FROM quality_reviews WHERE id = ?", arguments: [id]).map(qualityReview)
    }

    private static func qualityReview(_ row: Row) -> QualityReview {
        func date(_ column: String) -> Date? { (row[column] as Double?).map(Date.init(timeIntervalSince1970:)) }
        func scores(_ column: String) -> [String: Int]? { QualityReview.scores(stored: row[column] as String?) }
        return QualityReview(
            id: row["id"], contactId: row["contact_id"], agent: row["agent"], channel: Channel(rawValue: row["channel"]) ?? .phone,
            endedAt: date("ended_at") ?? .distantPast, periodStart: date("period_start") ?? .distantPast, periodEnd: date("period_end") ?? .distantPast,
            seed: UInt64(row["seed"] as String? ?? "") ?? 0, state: QualityReviewState(rawValue: row["state"]) ?? .open,
            sampledBy: row["sampled_by"], sampledAt: date("sampled_at") ?? .distantPast, recallContactId: row["recall_contact_id"],
            reviewer: row["reviewer"], reviewedAt: date("reviewed_at"), scores: scores("scores") ?? [:], totalPercent: row["total_percent"],
            comment: row["comment"] ?? "", disputeReason: row["dispute_reason"], disputedAt: date("disputed_at"), settler: row["settler"],
            settledAt: date("settled_at"), settledScores: scores("settled_scores"), settledPercent: row["settled_percent"],
            settleComment: row["settle_comment"])
    }
}
