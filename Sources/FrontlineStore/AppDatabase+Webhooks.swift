import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

/// Webhooks and their deliveries. A webhook's `cursor` is the newest event already turned into
/// `webhook_deliveries` rows; a row is deleted once delivered. Per webhook and contact, only the
/// oldest row may go out, so a contact's events arrive in order and a failing (or dead) one holds
/// back that contact's later events, while other contacts' events flow on.
extension AppDatabase: WebhookStore, WebhookHealth {
    public func addWebhook(url: String, kinds: [OutboundEventKind]?, secret: String, at now: Date) throws -> Webhook {
        try write { db, changes in
            changes.record(.connectors)
            let latest = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'outbound_events'") ?? 0
            let kindsJSON = try kinds.map { String(decoding: try JSONEncoder().encode($0.map(\.rawValue)), as: UTF8.self) }
            try db.execute(sql: "INSERT INTO webhooks (url, kinds, secret, created_at, cursor) VALUES (?, ?, ?, ?, ?)",
                           arguments: [url, kindsJSON, secret, now.timeIntervalSince1970, latest])
            return Webhook(id: db.lastInsertedRowID, url: url, kinds: kinds, secret: secret, createdAt: now)
        }
    }

    public func webhooks() throws -> [Webhook] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM webhooks ORDER BY id").map(Self.webhook) }
    }

    public func removeWebhook(id: Int64) throws -> Bool {
        try write { db, changes in
            changes.record(.connectors)
            try db.execute(sql: "DELETE FROM webhook_deliveries WHERE webhook_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM webhooks WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    public func webhookStatuses() throws -> [WebhookStatus] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT w.*,
                    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.dead = 0) AS pending,
                    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.dead = 0 AND d.attempts > 0) AS failing,
                    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.dead = 1) AS dead,
                    (SELECT d.last_error FROM webhook_deliveries d WHERE d.webhook_id = w.id AND d.last_error IS NOT NULL
                        ORDER BY d.attempts DESC, d.seq LIMIT 1) AS last_error
                FROM webhooks w ORDER BY w.id
                """).map { row in
                // Events the worker has not turned into deliveries yet are pending too, if this webhook wants them.
                let webhook = Self.webhook(row)
                let unscanned = try Self.matchingEvents(db, webhook: webhook, after: row["cursor"])
                return WebhookStatus(webhook: webhook, lastDeliveredSequence: row["last_delivered_seq"],
                                     lastDeliveredAt: (row["last_delivered_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                                     deliveredCount: row["delivered_count"], pending: row["pending"] + unscanned,
                                     failing: row["failing"], dead: row["dead"], lastError: row["last_error"])
            }
        }
    }

    public func retryDeadDeliveries(webhookId: Int64?, at now: Date) throws -> Int {
        try write { db, changes in
            changes.record(.connectors)
            try db.execute(sql: """
                UPDATE webhook_deliveries SET dead = 0, attempts = 0, next_attempt_at = ?
                WHERE dead = 1 AND (? IS NULL OR webhook_id = ?)
                """, arguments: [now.timeIntervalSince1970, webhookId, webhookId])
            return db.changesCount
        }
    }

    public func dueDeliveries(at now: Date, limit: Int) throws -> [WebhookDelivery] {
        try write { db, changes in
            let hooks = try Row.fetchAll(db, sql: "SELECT * FROM webhooks ORDER BY id")
            var byId: [Int64: Webhook] = [:]
            for row in hooks {
                let webhook = Self.webhook(row)
                byId[webhook.id] = webhook
                let cursor: Int64 = row["cursor"]
                let events = try Row.fetchAll(db, sql: "SELECT seq, kind, contact_id FROM outbound_events WHERE seq > ? ORDER BY seq LIMIT 5000",
                                              arguments: [cursor])
                guard let last = events.last else { continue }
                changes.record(.connectors)
                for event in events where webhook.wants(event["kind"]) {
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO webhook_deliveries (webhook_id, seq, contact_id, next_attempt_at) VALUES (?, ?, ?, ?)
                        """, arguments: [webhook.id, event["seq"] as Int64, event["contact_id"] as Int64?, now.timeIntervalSince1970])
                }
                try db.execute(sql: "UPDATE webhooks SET cursor = ? WHERE id = ?", arguments: [last["seq"] as Int64, webhook.id])
            }
            let due = try Row.fetchAll(db, sql: """
                SELECT d.webhook_id, d.attempts, e.* FROM webhook_deliveries d JOIN outbound_events e ON e.seq = d.seq
                WHERE d.dead = 0 AND d.next_attempt_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries o
                                  WHERE o.webhook_id = d.webhook_id AND o.contact_id IS d.contact_id AND o.seq < d.seq)
                ORDER BY d.seq LIMIT ?
                """, arguments: [now.timeIntervalSince1970, max(0, limit)])
            return due.compactMap { row in
                byId[row["webhook_id"]].map { WebhookDelivery(webhook: $0, event: Self.outboundEvent(row), attempts: row["attempts"]) }
            }
        }
    }

    public func markDelivered(webhookId: Int64, sequence: Int64, at now: Date) throws {
        try write { db, changes in
            changes.record(.connectors)
            let attempts = try Int.fetchOne(db, sql: "SELECT attempts FROM webhook_deliveries WHERE webhook_id = ? AND seq = ?",
                                            arguments: [webhookId, sequence])
            try db.execute(sql: "DELETE FROM webhook_deliveries WHERE webhook_id = ? AND seq = ?", arguments: [webhookId, sequence])
            guard db.changesCount > 0 else { return }
            // A retry got through: the receiver is back, and the rest of its backlog need not
            // wait out each contact's backoff. Only after a retry: a receiver that refuses one
            // event for good while taking the others does not have that one retried per success.
            if let attempts, attempts > 0 {
                try db.execute(sql: """
                    UPDATE webhook_deliveries SET next_attempt_at = ? WHERE webhook_id = ? AND dead = 0 AND next_attempt_at > ?
                    """, arguments: [now.timeIntervalSince1970, webhookId, now.timeIntervalSince1970])
            }
            try db.execute(sql: """
                UPDATE webhooks SET last_delivered_seq = MAX(last_delivered_seq, ?), last_delivered_at = ?, delivered_count = delivered_count + 1
                WHERE id = ?
                """, arguments: [sequence, now.timeIntervalSince1970, webhookId])
        }
    }

    public func markFailed(webhookId: Int64, sequence: Int64, error: String, retry: WebhookRetry, jitter: Double, at now: Date) throws {
        try write { db, changes in
            changes.record(.connectors)
            guard let attempts = try Int.fetchOne(db, sql: "SELECT attempts FROM webhook_deliveries WHERE webhook_id = ? AND seq = ?",
                                                  arguments: [webhookId, sequence]) else { return }
            let error = DeliveryOutcome.storedReason(error, or: "failed")
            switch retry.afterFailure(attempts: attempts + 1, jitter: jitter) {
            case .retry(let delay):
                try db.execute(sql: """
                    UPDATE webhook_deliveries SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE webhook_id = ? AND seq = ?
                    """, arguments: [attempts + 1, error, now.addingTimeInterval(delay).timeIntervalSince1970, webhookId, sequence])
            case .dead:
                try db.execute(sql: """
                    UPDATE webhook_deliveries SET attempts = ?, last_error = ?, dead = 1 WHERE webhook_id = ? AND seq = ?
                    """, arguments: [attempts + 1, error, webhookId, sequence])
            }
        }
    }

    public func nextDeliveryDue() throws -> Date? {
        try read { db in
            try Double.fetchOne(db, sql: "SELECT MIN(next_attempt_at) FROM webhook_deliveries WHERE dead = 0").map(Date.init(timeIntervalSince1970:))
        }
    }

    public func holdDeliveryLease(holder: String, for seconds: TimeInterval, at now: Date) throws -> Bool {
        // No feed entry: no screen shows the lease.
        try writeOutsideFeed { db in
            try db.execute(sql: """
                INSERT INTO worker_leases (name, holder, expires_at) VALUES ('webhooks', ?, ?)
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE worker_leases.holder = excluded.holder OR worker_leases.expires_at <= ?
                """, arguments: [holder, now.addingTimeInterval(seconds).timeIntervalSince1970, now.timeIntervalSince1970])
            return db.changesCount > 0
        }
    }

    public func releaseDeliveryLease(holder: String) throws {
        try writeOutsideFeed { db in
            try db.execute(sql: "DELETE FROM worker_leases WHERE name = 'webhooks' AND holder = ?", arguments: [holder])
        }
    }

    public func webhookTrouble() throws -> WebhookTrouble {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(DISTINCT webhook_id) FROM webhook_deliveries WHERE dead = 0 AND attempts > 0) AS failing,
                       (SELECT COUNT(*) FROM webhook_deliveries WHERE dead = 1) AS dead
                """)
            return WebhookTrouble(failingWebhooks: row?["failing"] ?? 0, deadDeliveries: row?["dead"] ?? 0)
        }
    }

    private static func matchingEvents(_ db: Database, webhook: Webhook, after cursor: Int64) throws -> Int {
        guard let kinds = webhook.kinds else {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbound_events WHERE seq > ?", arguments: [cursor]) ?? 0
        }
        let names = kinds.map(\.rawValue)
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbound_events WHERE seq > ? AND kind IN (\(names.map { _ in "?" }.joined(separator: ",")))",
                                arguments: StatementArguments([cursor] + names as [any DatabaseValueConvertible])) ?? 0
    }

    static func webhook(_ row: Row) -> Webhook {
        let kinds = (row["kinds"] as String?).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) }
            .map { $0.compactMap(OutboundEventKind.init(rawValue:)) }
        return Webhook(id: row["id"], url: row["url"], kinds: kinds, secret: row["secret"],
                       createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}
