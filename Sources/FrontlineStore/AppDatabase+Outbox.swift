import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase: Outbox, OutboxUpkeep {
    public func outboundEvents(after sequence: Int64, limit: Int) throws -> [OutboundEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbound_events WHERE seq > ? ORDER BY seq LIMIT ?",
                             arguments: [sequence, max(0, limit)]).map(Self.outboundEvent)
        }
    }

    public func latestOutboundEvent() throws -> Int64 {
        // AUTOINCREMENT's counter: still right when pruning emptied the table.
        try read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'outbound_events'") ?? 0 }
    }

    public func pruneOutboundEvents(before date: Date) throws -> Int {
        try write { db, changes in
            changes.record(.connectors)
            // Every webhook's cursor is past what it turned into deliveries; those not yet delivered stay.
            try db.execute(sql: """
                DELETE FROM outbound_events
                WHERE at < ?
                  AND seq <= COALESCE((SELECT MIN(cursor) FROM webhooks), seq)
                  AND seq NOT IN (SELECT seq FROM webhook_deliveries)
                """, arguments: [date.timeIntervalSince1970])
            return db.changesCount
        }
    }

    static func outboundEvent(_ row: Row) -> OutboundEvent {
        OutboundEvent(sequence: row["seq"], kind: row["kind"], contactId: row["contact_id"],
                      at: Date(timeIntervalSince1970: row["at"]), payload: row["payload"])
    }

    /// Writes one event for connectors, inside the caller's transaction.
    static func appendOutbound(_ db: Database, kind: OutboundEventKind, contactId: Int64?, at: Date, payload: [String: Any?]) throws {
        var fields = payload.compactMapValues { $0 }
        fields["at"] = OutboundJSON.timestamp(at)
        if let contactId { fields["contact_id"] = contactId }
        // Cached statements here and below: compiled once per connection, not once per event.
        try db.cachedStatement(sql: "INSERT INTO outbound_events (kind, contact_id, at, payload) VALUES (?, ?, ?, ?)")
            .execute(arguments: [kind.rawValue, contactId, at.timeIntervalSince1970, try OutboundJSON.object(fields)])
    }

    /// The fields of a contact's event (docs/connectors.md): who and what, the contact's channel,
    /// address and external id, and for a message or reply the message itself.
    static func contactPayload(_ db: Database, kind: ContactEventKind, contactId: Int64, agent: String?, detail: String?) throws -> [String: Any?] {
        var payload: [String: Any?] = ["agent": agent, "detail": detail]
        guard let contact = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT channel, address, customer_id, external_id, state, sent_to_group, priority FROM contacts WHERE id = ?
            """), arguments: [contactId]) else { return payload }
        payload["channel"] = contact["channel"] as String
        payload["address"] = contact["address"] as String
        payload["customer_id"] = contact["customer_id"] as Int64
        payload["external_id"] = contact["external_id"] as String?
        payload["state"] = contact["state"] as String
        payload["priority"] = contact["priority"] as String
        payload["group"] = contact["sent_to_group"] as String?
        switch kind {
        case .replied, .message:
            let direction = kind == .replied ? "outbound" : "inbound"
            if let message = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT * FROM messages WHERE contact_id = ? AND direction = ? ORDER BY id DESC LIMIT 1
                """), arguments: [contactId, direction]) {
                payload["message_id"] = message["id"] as Int64
                payload["text"] = message["text"] as String
                payload["message_external_id"] = message["external_id"] as String?
                if kind == .message { payload["email"] = emailFields(message) }
            }
            if kind == .replied, contact["channel"] as String == Channel.email.rawValue {
                payload["email"] = try replyThreading(db, contactId: contactId)
            }
        case .queued:
            if let message = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM messages WHERE contact_id = ? ORDER BY id LIMIT 1"),
                                              arguments: [contactId]) {
                payload["message_id"] = message["id"] as Int64
                payload["text"] = message["text"] as String
                payload["email"] = emailFields(message)
            }
        default:
            break
        }
        return payload
    }

    /// A stored message's e-mail headers, or nil when it has none.
    private static func emailFields(_ message: Row) -> [String: Any]? {
        var fields: [String: Any] = [:]
        if let id = message["email_message_id"] as String? { fields["message_id"] = id }
        if let id = message["email_in_reply_to"] as String? { fields["in_reply_to"] = id }
        if let references = message["email_references"] as String?,
           let list = try? JSONDecoder().decode([String].self, from: Data(references.utf8)) { fields["references"] = list }
        if let subject = message["email_subject"] as String? { fields["subject"] = subject }
        return fields.isEmpty ? nil : fields
    }

    /// What a mail connector needs to thread the agent's reply: In-Reply-To the customer's newest
    /// message, References the thread so far, and its subject with "Re: ".
    private static func replyThreading(_ db: Database, contactId: Int64) throws -> [String: Any]? {
        guard let last = try Row.fetchOne(db, sql: """
            SELECT * FROM messages WHERE contact_id = ? AND direction = 'inbound' AND email_message_id IS NOT NULL ORDER BY id DESC LIMIT 1
            """, arguments: [contactId]) else { return nil }
        let id: String = last["email_message_id"]
        var references: [String] = []
        if let stored = last["email_references"] as String?,
           let list = try? JSONDecoder().decode([String].self, from: Data(stored.utf8)) { references = list }
        references.append(id)
        var fields: [String: Any] = ["in_reply_to": id, "references": references]
        if let subject = try String.fetchOne(db, sql: """
            SELECT email_subject FROM messages WHERE contact_id = ? AND email_subject IS NOT NULL ORDER BY id LIMIT 1
            """, arguments: [contactId]) {
            fields["subject"] = subject.lowercased().hasPrefix("re:") ? subject : "Re: " + subject
        }
        return fields
    }
}
