import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// The event log and the connectors' outbox, written inside the caller's transaction
/// (AppDatabase+Events.swift and AppDatabase+Outbox.swift on SQLite). Shared by every concern
/// that writes an event.
extension PostgresStore {
    /// Appends one event to the contact's log, and for the kinds connectors hear of, its outbox entry.
    /// Returns the event's id. `contactRow`: the contact's `contactColumns` as they stand now, when
    /// the caller already read them (a take's UPDATE … RETURNING), so the outbox entry reads nothing more.
    @discardableResult
    static func appendEvent(_ db: PostgresSession, contactId: Int64, kind: ContactEventKind, agent: String? = nil, at: Date,
                            detail: String? = nil, contactRow: (any ColumnReading)? = nil) throws -> Int64 {
        let id = try db.query("INSERT INTO contact_events (contact_id, kind, agent, at, detail) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                              [contactId, kind.rawValue, agent, at, detail]).rows[0].get("id", as: Int64.self)
        try appendOutbound(db, forEvent: kind, contactId: contactId, agent: agent, at: at, detail: detail, contactRow: contactRow)
        return id
    }

    /// The outbox entry of a contact's event, for the kinds connectors hear of (the bulk loads
    /// insert the events themselves, then call this for each in order).
    static func appendOutbound(_ db: PostgresSession, forEvent kind: ContactEventKind, contactId: Int64, agent: String?, at: Date,
                               detail: String?, contactRow: (any ColumnReading)? = nil) throws {
        guard let outbound = OutboundEventKind.outbound(for: kind) else { return }
        try appendOutbound(db, kind: outbound, contactId: contactId, at: at,
                           payload: try contactPayload(db, kind: kind, contactId: contactId, agent: agent, detail: detail, contactRow: contactRow))
    }

    /// Writes one event for connectors, numbered one past the newest (gapless even when the
    /// transaction rolls back; see `newestOutboundSQL` in +Outbox.swift).
    /// In a take (`writeTaking`), held back until the take has the sequence lock.
    static func appendOutbound(_ db: PostgresSession, kind: OutboundEventKind, contactId: Int64?, at: Date, payload: [String: Any?]) throws {
        var fields = payload.compactMapValues { $0 }
        fields["at"] = OutboundJSON.timestamp(at)
        if let contactId { fields["contact_id"] = contactId }
        let entry = HeldOutbound(kind: kind, contactId: contactId, at: at, payload: try OutboundJSON.object(fields))
        if db.heldOutbound != nil { db.heldOutbound?.append(entry) } else { try insertOutbound(db, [entry]) }
    }

    /// Inserts `entries` in one statement, numbered one past the newest in the order given.
    static func insertOutbound(_ db: PostgresSession, _ entries: [HeldOutbound]) throws {
        guard !entries.isEmpty else { return }
        var binds: [SQLValue] = []
        let rows = entries.enumerated().map { n, entry in
            binds += [Int64(n + 1), entry.kind.rawValue, entry.contactId, entry.at, entry.payload]
            let p = n * 5
            return "($\(p + 1)::bigint, $\(p + 2)::text, $\(p + 3)::bigint, $\(p + 4)::double precision, $\(p + 5)::text)"
        }
        try db.query("""
            INSERT INTO outbound_events (seq, kind, contact_id, at, payload)
            SELECT newest.seq + entry.n, entry.kind, entry.contact_id, entry.at, entry.payload
            FROM (SELECT \(newestOutboundSQL) AS seq) AS newest, (VALUES \(rows.joined(separator: ", "))) AS entry(n, kind, contact_id, at, payload)
            """, binds)
    }

    /// The fields of a contact's event (docs/connectors.md), as the SQLite store writes them.
    static func contactPayload(_ db: PostgresSession, kind: ContactEventKind, contactId: Int64, agent: String?, detail: String?,
                               contactRow: (any ColumnReading)? = nil) throws -> [String: Any?] {
        var payload: [String: Any?] = ["agent": agent, "detail": detail]
        let read: (any ColumnReading)? = try contactRow ?? db.query("SELECT \(contactColumns) FROM contacts WHERE id = $1", [contactId]).rows.first
        guard let contact = read else { return payload }
        let channel: String = try contact.get("channel")
        payload["channel"] = channel
        payload["address"] = try contact.get("address", as: String.self)
        payload["customer_id"] = try contact.get("customer_id", as: Int64.self)
        payload["external_id"] = try contact.get("external_id", as: String?.self)
        payload["state"] = try contact.get("state", as: String.self)
        payload["priority"] = try contact.get("priority", as: String.self)
        payload["group"] = try contact.get("sent_to_group", as: String?.self)
        switch kind {
        case .replied, .message:
            let direction = kind == .replied ? "outbound" : "inbound"
            if let message = try db.query("SELECT * FROM messages WHERE contact_id = $1 AND direction = $2 ORDER BY id DESC LIMIT 1",
                                          [contactId, direction]).rows.first {
                payload["message_id"] = try message.get("id", as: Int64.self)
                payload["text"] = try message.get("text", as: String.self)
                payload["message_external_id"] = try message.get("external_id", as: String?.self)
                if kind == .message { payload["email"] = try emailFields(message) }
            }
            if kind == .replied, channel == Channel.email.rawValue {
                payload["email"] = try replyThreading(db, contactId: contactId)
            }
        case .queued:
            if let message = try db.query("SELECT * FROM messages WHERE contact_id = $1 ORDER BY id LIMIT 1", [contactId]).rows.first {
                payload["message_id"] = try message.get("id", as: Int64.self)
                payload["text"] = try message.get("text", as: String.self)
                payload["email"] = try emailFields(message)
            }
        default:
            break
        }
        return payload
    }

    /// The contact's columns an event's payload holds.
    static let contactColumns = "channel, address, customer_id, external_id, state, sent_to_group, priority"

    /// A stored message's e-mail headers, or nil when it has none.
    private static func emailFields(_ message: PostgresRow) throws -> [String: Any]? {
        var fields: [String: Any] = [:]
        if let id = try message.get("email_message_id", as: String?.self) { fields["message_id"] = id }
        if let id = try message.get("email_in_reply_to", as: String?.self) { fields["in_reply_to"] = id }
        if let references = try message.get("email_references", as: String?.self),
           let list = try? JSONDecoder().decode([String].self, from: Data(references.utf8)) { fields["references"] = list }
        if let subject = try message.get("email_subject", as: String?.self) { fields["subject"] = subject }
        return fields.isEmpty ? nil : fields
    }

    /// In-Reply-To the customer's newest message, References the thread so far, its subject with "Re: ".
    private static func replyThreading(_ db: PostgresSession, contactId: Int64) throws -> [String: Any]? {
        guard let last = try db.query("""
            SELECT * FROM messages WHERE contact_id = $1 AND direction = 'inbound' AND email_message_id IS NOT NULL ORDER BY id DESC LIMIT 1
            """, [contactId]).rows.first else { return nil }
        let id: String = try last.get("email_message_id")
        var references: [String] = []
        if let stored = try last.get("email_references", as: String?.self),
           let list = try? JSONDecoder().decode([String].self, from: Data(stored.utf8)) { references = list }
        references.append(id)
        var fields: [String: Any] = ["in_reply_to": id, "references": references]
        if let subject = try db.query("""
            SELECT email_subject FROM messages WHERE contact_id = $1 AND email_subject IS NOT NULL ORDER BY id LIMIT 1
            """, [contactId]).rows.first?.get("email_subject", as: String.self) {
            fields["subject"] = subject.lowercased().hasPrefix("re:") ? subject : "Re: " + subject
        }
        return fields
    }
}

/// An outbox entry written out later in its transaction (see `PostgresSession.heldOutbound`).
struct HeldOutbound {
    var kind: OutboundEventKind
    var contactId: Int64?
    var at: Date
    var payload: String
}
