import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Webhooks and their deliveries (AppDatabase+Webhooks.swift on SQLite). A webhook's `cursor` is
/// the newest event already turned into `webhook_deliveries` rows; a row is deleted once
/// delivered. Per webhook and contact, only the oldest row may go out, so a contact's events
/// arrive in order and a failing (or dead) one holds back that contact's later events, while
/// other contacts' events flow on.
extension PostgresStore {
    public func addWebhook(url: String, kinds: [OutboundEventKind]?, secret: String, at now: Date) throws -> Webhook {
        try write { db, changes in
            changes.record(.connectors)
            let latest = try Self.latestOutboundSequence(db)
            let kindsJSON = try kinds.map { String(decoding: try JSONEncoder().encode($0.map(\.rawValue)), as: UTF8.self) }
            let id = try db.query("INSERT INTO webhooks (url, kinds, secret, created_at, cursor) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                                  [url, kindsJSON, secret, now, latest]).rows[0].get("id", as: Int64.self)
            return Webhook(id: id, url: url, kinds: kinds, secret: secret, createdAt: now)
        }
    }

    public func webhooks() throws -> [Webhook] {
        try read { db in try db.query("SELECT * FROM webhooks ORDER BY id").rows.map(Self.webhook) }
    }

    public func removeWebhook(id: Int64) throws -> Bool {
        try write { db, changes in
            changes.record(.connectors)
            try db.query("DELETE FROM webhook_deliveries WHERE webhook_id = $1", [id])
            return try db.query("DELETE FROM webhooks WHERE id = $1", [id]).changed > 0
        }
    }

    public func webhookStatuses() throws -> [WebhookStatus] {
        try read { db in
            try db.query("""
                SELECT w.*,
                    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.dead = 0) AS pending,
                    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.dead = 0 AND d.attempts > 0) AS failing,
                    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.dead = 1) AS dead,
                    (SELECT d.last_error FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.last_error IS NOT NULL
                        ORDER BY d.attempts DESC, d.seq LIMIT 1) AS last_error
                FROM webhooks w ORDER BY w.id
                """).rows.map { row in
                // Events the worker has not turned into deliveries yet are pending too, if this webhook wants them.
                let webhook = try Self.webhook(row)
                let unscanned = try Self.matchingEvents(db, webhook: webhook, after: try row.get("cursor"))
                return WebhookStatus(webhook: webhook, lastDeliveredSequence: try row.get("last_delivered_seq"),
                                     lastDeliveredAt: try row.date("last_delivered_at"),
                                     deliveredCount: Int(try row.get("delivered_count", as: Int64.self)),
                                     pending: Int(try row.get("pending", as: Int64.self)) + unscanned,
                                     failing: Int(try row.get("failing", as: Int64.self)), dead: Int(try row.get("dead", as: Int64.self)),
                                     lastError: try row.get("last_error"))
            }
        }
    }

    public func retryDeadDeliveries(webhookId: Int64?, at now: Date) throws -> Int {
        try write { db, changes in
            changes.record(.connectors)
            return try db.query("""
                UPDATE webhook_deliveries SET dead = 0, attempts = 0, next_attempt_at = $1
                WHERE dead = 1 AND ($2::bigint IS NULL OR webhook_id = $2::bigint)
                """, [now, webhookId]).changed
        }
    }

    public func dueDeliveries(at now: Date, limit: Int) throws -> [WebhookDelivery] {
        try write { db, changes in
            var byId: [Int64: Webhook] = [:]
            for row in try db.query("SELECT * FROM webhooks ORDER BY id").rows {
                let webhook = try Self.webhook(row)
                byId[webhook.id] = webhook
                let events = try db.query("SELECT seq, kind, contact_id FROM outbound_events WHERE seq > $1 ORDER BY seq LIMIT 5000",
                                          [try row.get("cursor", as: Int64.self)]).rows
                guard let last = events.last else { continue }
                changes.record(.connectors)
                for event in events where webhook.wants(try event.get("kind", as: String.self)) {
                    try db.query("""
                        INSERT INTO webhook_deliveries (webhook_id, seq, contact_id, next_attempt_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING
                        """, [webhook.id, try event.get("seq", as: Int64.self), try event.get("contact_id", as: Int64?.self), now])
                }
                try db.query("UPDATE webhooks SET cursor = $1 WHERE id = $2", [try last.get("seq", as: Int64.self), webhook.id])
            }
            let due = try db.query("""
                SELECT d.webhook_id, d.attempts, e.* FROM webhook_deliveries d JOIN outbound_events e ON e.seq = d.seq
                WHERE d.dead = 0 AND d.next_attempt_at <= $1
                  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries o
                                  WHERE o.webhook_id = d.webhook_id AND o.contact_id IS NOT DISTINCT FROM d.contact_id AND o.seq < d.seq)
                ORDER BY d.seq LIMIT $2
                """, [now, max(0, limit)]).rows
            return try due.compactMap { row in
                try byId[try row.get("webhook_id", as: Int64.self)].map {
                    WebhookDelivery(webhook: $0, event: try Self.outboundEvent(row), attempts: Int(try row.get("attempts", as: Int64.self)))
                }
            }
        }
    }

    public func markDelivered(webhookId: Int64, sequence: Int64, at now: Date) throws {
        try write { db, changes in
            changes.record(.connectors)
            let attempts = try db.query("SELECT attempts FROM webhook_deliveries WHERE webhook_id = $1 AND seq = $2", [webhookId, sequence])
                .rows.first?.get("attempts", as: Int64.self)
            guard try db.query("DELETE FROM webhook_deliveries WHERE webhook_id = $1 AND seq = $2", [webhookId, sequence]).changed > 0 else {
                return
            }
            // A retry got through: the receiver is back, and the rest of its backlog need not
            // wait out each contact's backoff. Only after a retry: a receiver that refuses one
            // event for good while taking the others does not have that one retried per success.
            if let attempts, attempts > 0 {
                try db.query("UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE webhook_id = $2 AND dead = 0 AND next_attempt_at > $1",
                             [now, webhookId])
            }
            try db.query("""
                UPDATE webhooks SET last_delivered_seq = GREATEST(last_delivered_seq, $1), last_delivered_at = $2,
                    delivered_count = delivered_count + 1
                WHERE id = $3
                """, [sequence, now, webhookId])
        }
    }

    public func markFailed(webhookId: Int64, sequence: Int64, error: String, retry: WebhookRetry, jitter: Double, at now: Date) throws {
        try write { db, changes in
            changes.record(.connectors)
            guard let attempts = try db.query("SELECT attempts FROM webhook_deliveries WHERE webhook_id = $1 AND seq = $2",
                                              [webhookId, sequence]).rows.first?.get("attempts", as: Int64.self) else { return }
            let error = DeliveryOutcome.storedReason(error, or: "failed")
            switch retry.afterFailure(attempts: Int(attempts) + 1, jitter: jitter) {
            case .retry(let delay):
                try db.query("""
                    UPDATE webhook_deliveries SET attempts = $1, last_error = $2, next_attempt_at = $3 WHERE webhook_id = $4 AND seq = $5
                    """, [attempts + 1, error, now.addingTimeInterval(delay), webhookId, sequence])
            case .dead:
                try db.query("UPDATE webhook_deliveries SET attempts = $1, last_error = $2, dead = 1 WHERE webhook_id = $3 AND seq = $4",
                             [attempts + 1, error, webhookId, sequence])
            }
        }
    }

    public func nextDeliveryDue() throws -> Date? {
        try read { db in
            try db.query("SELECT MIN(next_attempt_at) AS due FROM webhook_deliveries WHERE dead = 0").rows.first?.date("due")
        }
    }

    /// One delivery worker at a time across every `serve`: the lease's holder renews it; anyone
    /// takes it once it has run out.
    public func holdDeliveryLease(holder: String, for seconds: TimeInterval, at now: Date) throws -> Bool {
        // No feed entry: no screen shows the lease.
        try writeOutsideFeed { db in
            try db.query("""
                INSERT INTO worker_leases (name, holder, expires_at) VALUES ('webhooks', $1, $2)
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE worker_leases.holder = excluded.holder OR worker_leases.expires_at <= $3
                """, [holder, now.addingTimeInterval(seconds), now]).changed > 0
        }
    }

    public func releaseDeliveryLease(holder: String) throws {
        try writeOutsideFeed { db in
            try db.query("DELETE FROM worker_leases WHERE name = 'webhooks' AND holder = $1", [holder])
        }
    }

    public func webhookTrouble() throws -> WebhookTrouble {
        try read { db in
            let row = try db.query("""
                SELECT (SELECT COUNT(DISTINCT webhook_id) FROM webhook_deliveries WHERE dead = 0 AND attempts > 0) AS failing,
                       (SELECT COUNT(*) FROM webhook_deliveries WHERE dead = 1) AS dead
                """).rows[0]
            return WebhookTrouble(failingWebhooks: Int(try row.get("failing", as: Int64.self)), deadDeliveries: Int(try row.get("dead", as: Int64.self)))
        }
    }

    private static func matchingEvents(_ db: PostgresSession, webhook: Webhook, after cursor: Int64) throws -> Int {
        let names: String? = try webhook.kinds.map { kinds in
            String(decoding: try JSONEncoder().encode(kinds.map(\.rawValue)), as: UTF8.self)
        }
        return Int(try db.query("""
            SELECT COUNT(*) AS n FROM outbound_events
            WHERE seq > $1 AND ($2::text IS NULL OR kind IN (SELECT json_array_elements_text($2::text::json)))
            """, [cursor, names]).rows[0].get("n", as: Int64.self))
    }

    static func webhook(_ row: PostgresRow) throws -> Webhook {
        let kinds = try row.get("kinds", as: String?.self).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) }
            .map { $0.compactMap(OutboundEventKind.init(rawValue:)) }
        return Webhook(id: try row.get("id"), url: try row.get("url"), kinds: kinds, secret: try row.get("secret"),
                       createdAt: try row.date("created_at"))
    }
}
