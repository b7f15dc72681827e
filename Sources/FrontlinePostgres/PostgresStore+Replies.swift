import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The agent's written reply (AppDatabase+Messages.swift on SQLite; the customer's side is `say`).
extension PostgresStore {
    /// The agent holding the contact answers. A reply after the deadline still goes out,
    /// and the miss is recorded with it. The timer stops, so any pause it had ends with it.
    public func reply(contactId: Int64, agent: String, text: String, policy: SLAPolicy, at: Date) throws -> ChatMessage {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.emptyText }
        return try write(for: agent) { db, changes in
            let contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            guard contact.channel.isWritten else { throw StoreError.notWritten(contactId: contactId, channel: contact.channel) }
            if let timer = policy.runningTimer(for: contact), timer.status(at: at).state == .breached {
                try Self.recordBreach(db, changes, contactId: contactId, timer: timer, at: at, agent: agent)
            }
            // Pending until a connector acknowledges it: nothing is shown delivered that was not.
            var message = ChatMessage(contactId: contactId, direction: .outbound, text: text, at: at, agent: agent, delivery: .pending)
            message.id = try db.query("""
                INSERT INTO messages (contact_id, direction, text, at, agent, delivery) VALUES ($1, 'outbound', $2, $3, $4, $5) RETURNING id
                """, [contactId, text, at, agent, MessageDelivery.pending.rawValue]).rows[0].get("id", as: Int64.self)
            try db.query("""
                UPDATE contacts SET first_reply_at = COALESCE(first_reply_at, $1), awaiting_reply_since = NULL,
                    paused_since = NULL, pause_reason = NULL, paused_seconds = 0 WHERE id = $2
                """, [at, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: .replied, agent: agent, at: at)
            changes.record(.queue, .contact(contactId))
            return message
        }
    }

    /// The contact, or nil when there is none with this id.
    static func findContact(_ db: PostgresSession, id: Int64) throws -> Contact? {
        try db.query("SELECT * FROM contacts WHERE id = $1", [id]).rows.first.map(Contact.init(row:))
    }

    static func existingContact(_ db: PostgresSession, id: Int64) throws -> Contact {
        guard let contact = try findContact(db, id: id) else { throw StoreError.noSuchContact(id) }
        return contact
    }

    /// The contact, if it is active and `agent` holds it; otherwise the error that says why not.
    static func fetchHeldContact(_ db: PostgresSession, id: Int64, agent: String) throws -> Contact {
        let contact = try existingContact(db, id: id)
        switch contact.state {
        case .ended, .abandoned: throw StoreError.contactEnded(id)
        case .waiting: throw StoreError.notActive(id)
        case .active:
            guard contact.agent == agent else { throw StoreError.notYours(contactId: id, holder: contact.agent) }
            return contact
        }
    }
}
