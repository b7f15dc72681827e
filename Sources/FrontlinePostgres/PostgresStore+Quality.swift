import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Quality sampling and reviews (AppDatabase+Quality.swift on SQLite).
extension PostgresStore {
    public func sampleForQuality(percent: Double, from: Date, to: Date, seed: UInt64, by person: String, at: Date) throws -> QualitySampleResult {
        try write(for: person) { db, changes in
            // One read of the period: id, agent and channel of every ended contact not sampled before.
            var candidates: [QualitySample.Candidate] = []
            var calls = Set<Int64>()
            for row in try db.query("""
                SELECT c.id, c.agent, c.channel FROM contacts c
                WHERE c.state = 'ended' AND c.ended_at >= $1 AND c.ended_at < $2 AND c.agent IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM quality_reviews q WHERE q.contact_id = c.id)
                """, [from, to]).rows {
                let id = try row.get("id", as: Int64.self)
                candidates.append(QualitySample.Candidate(contactId: id, agent: try row.get("agent")))
                let channel = try row.get("channel", as: String.self)
                if channel == Channel.phone.rawValue || channel == Channel.callback.rawValue { calls.insert(id) }
            }
            var counts: [String: Int] = [:]
            for candidate in candidates { counts[candidate.agent, default: 0] += 1 }
            let drawn = QualitySample.draw(candidates, percent: percent, seed: seed)
            let ids = drawn.values.flatMap { $0 }.sorted()
            guard !ids.isEmpty else { return QualitySampleResult(perAgent: drawn, candidatesPerAgent: counts, recalls: 0, seed: seed) }
            let json = String(decoding: try JSONEncoder().encode(ids), as: UTF8.self)
            try db.query("""
                INSERT INTO quality_reviews (contact_id, agent, channel, ended_at, period_start, period_end, seed, sampled_by, sampled_at)
                SELECT id, agent, channel, ended_at, $1, $2, $3, $4, $5 FROM contacts
                WHERE id IN (SELECT value::bigint FROM json_array_elements_text($6::json))
                """, [from, to, String(seed), person, at, json])
            // The manuals' re-call: each sampled call gets a call-back to the customer, kept first for the sampler.
            let recalled = ids.filter(calls.contains)
            for id in recalled {
                let recall = try db.query("""
                    INSERT INTO contacts (channel, state, customer_id, address, queued_at, priority, purpose, owner)
                    SELECT 'callback', 'waiting', customer_id, address, $1, priority, $2, $3 FROM contacts WHERE id = $4 RETURNING id
                    """, [at, ContactPurpose.qualityRecall.rawValue, person, id]).rows[0].get("id", as: Int64.self)
                try db.query("UPDATE quality_reviews SET recall_contact_id = $1 WHERE contact_id = $2", [recall, id])
                // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
                // Written directly, as SQLite does: no outbox entry for a re-call.
                try db.query("INSERT INTO contact_events (contact_id, kind, agent, at, detail) VALUES ($1, $2, $3, $4, $5)",
                             [recall, ContactEventKind.queued.rawValue, person, at, Channel.callback.rawValue])
            }
            // Many customers' files changed at once: every console reloads once.
            if !recalled.isEmpty { changes.record(.everything) }
            changes.record(.queue)
            return QualitySampleResult(perAgent: drawn, candidatesPerAgent: counts, recalls: recalled.count, seed: seed)
        }
    }

    public func qualityReviews(agent: String?, state: QualityReviewState?, limit: Int) throws -> [QualityReview] {
        try read { db in
            var conditions: [String] = []
            var binds: [SQLValue] = []
            if let agent { binds.append(agent); conditions.append("agent = $\(binds.count)") }
            if let state { binds.append(state.rawValue); conditions.append("state = $\(binds.count)") }
            binds.append(limit)
            let sql = "SELECT * FROM quality_reviews" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
                + " ORDER BY id LIMIT $\(binds.count)"
            return try db.query(sql, binds).rows.map(Self.qualityReview)
        }
    }

    public func qualityReview(id: Int64) throws -> QualityReview? {
        try read { db in try Self.fetchQualityReview(db, id: id) }
    }

    public func reviewQuality(id: Int64, by person: Agent, scores: [String: Int], totalPercent: Double, comment: String, at: Date) throws -> QualityReview {
        try changeReview(id: id) { db, review in
            if let refusal = QualityReviewRules.whyNotReview(review, by: person) { throw StoreError.refused(refusal) }
            try db.query("""
                UPDATE quality_reviews SET state = 'reviewed', reviewer = $1, reviewed_at = $2, scores = $3, total_percent = $4, comment = $5
                WHERE id = $6 AND state = 'open'
                """, [person.name, at, try QualityReview.storedScores(scores), totalPercent, comment, id])
        }
    }

    public func disputeQuality(id: Int64, by person: Agent, reason: String, at: Date) throws -> QualityReview {
        if let refusal = QualityReviewRules.whyNotDispute(reason: reason) { throw StoreError.refused(refusal) }
        return try changeReview(id: id) { db, review in
            if let refusal = QualityReviewRules.whyNotDispute(review, by: person) { throw StoreError.refused(refusal) }
            try db.query("UPDATE quality_reviews SET state = 'disputed', dispute_reason = $1, disputed_at = $2 WHERE id = $3 AND state = 'reviewed'",
                         [reason, at, id])
        }
    }

    public func settleQuality(id: Int64, by person: Agent, scores: [String: Int]?, totalPercent: Double?, comment: String, at: Date) throws -> QualityReview {
        try changeReview(id: id) { db, review in
            if let refusal = QualityReviewRules.whyNotSettle(review, by: person) { throw StoreError.refused(refusal) }
            try db.query("""
                UPDATE quality_reviews SET state = 'settled', settler = $1, settled_at = $2, settled_scores = $3, settled_percent = $4, settle_comment = $5
                WHERE id = $6 AND state = 'disputed'
                """, [person.name, at, try scores.map(QualityReview.storedScores), totalPercent, comment, id])
        }
    }

    public func qualityScores(from: Date, to: Date) throws -> [String: Double] {
        try read { db in
            var scores: [String: Double] = [:]
            for row in try db.query("""
                SELECT agent, AVG(CASE WHEN state = 'settled' THEN COALESCE(settled_percent, total_percent) ELSE total_percent END)::double precision AS score
                FROM quality_reviews
                WHERE ended_at >= $1 AND ended_at < $2 AND state IN ('reviewed', 'settled')
                GROUP BY agent
                """, [from, to]).rows {
                scores[try row.get("agent", as: String.self)] = try row.get("score", as: Double?.self)
            }
            return scores
        }
    }

    /// Fetches the review inside the write, lets `body` check and change it, and returns it as it now is.
    private func changeReview(id: Int64, _ body: (PostgresSession, QualityReview) throws -> Void) throws -> QualityReview {
        try write { db, changes in
            guard let review = try Self.fetchQualityReview(db, id: id) else {
                throw StoreError.refused("there is no quality review \(id); see 'frontline qa list'")
            }
            try body(db, review)
            changes.record(.contact(review.contactId))
            return try Self.fetchQualityReview(db, id: id) ?? review
        }
    }

    static func fetchQualityReview(_ db: PostgresSession, id: Int64) throws -> QualityReview? {
        try db.query("SELECT * FROM quality_reviews WHERE id = $1", [id]).rows.first.map(qualityReview)
    }

    private static func qualityReview(_ row: PostgresRow) throws -> QualityReview {
        QualityReview(
            id: try row.get("id"), contactId: try row.get("contact_id"), agent: try row.get("agent"),
            channel: Channel(rawValue: try row.get("channel")) ?? .phone, endedAt: try row.date("ended_at"),
            periodStart: try row.date("period_start"), periodEnd: try row.date("period_end"),
            seed: UInt64(try row.get("seed", as: String.self)) ?? 0, state: QualityReviewState(rawValue: try row.get("state")) ?? .open,
            sampledBy: try row.get("sampled_by"), sampledAt: try row.date("sampled_at"), recallContactId: try row.get("recall_contact_id"),
            reviewer: try row.get("reviewer"), reviewedAt: try row.date("reviewed_at"),
            scores: QualityReview.scores(stored: try row.get("scores", as: String?.self)) ?? [:], totalPercent: try row.get("total_percent"),
            comment: try row.get("comment", as: String?.self) ?? "", disputeReason: try row.get("dispute_reason"), disputedAt: try row.date("disputed_at"),
            settler: try row.get("settler"), settledAt: try row.date("settled_at"),
            settledScores: QualityReview.scores(stored: try row.get("settled_scores", as: String?.self)),
            settledPercent: try row.get("settled_percent"), settleComment: try row.get("settle_comment"))
    }
}
