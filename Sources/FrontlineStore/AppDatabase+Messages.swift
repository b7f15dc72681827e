import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// A customer writes into a chat or email contact. The reply timer starts at the
    /// oldest unanswered message, so a second message does not restart it. Writing into an
    /// ended contact reopens it first (as Zendesk and Chatwoot do): the customer's matter is
    /// not over just because an agent wrapped it up.
    public func say(contactId: Int64, text: String, at: Date) throws -> ChatMessage {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.emptyText }
        return try write { db, changes in try Self.say(db, changes, contactId: contactId, text: text, at: at) }
    }

    /// Inside the caller's transaction.
    static func say(_ db: Database, _ changes: ChangeRecorder, contactId: Int64, text: String, at: Date,
                    externalId: String? = nil, email: EmailHeaders? = nil) throws -> ChatMessage {
        let contact = try fetchContact(db, id: contactId)
        guard contact.channel.isWritten else { throw StoreError.notWritten(contactId: contactId, channel: contact.channel) }
        if contact.state == .ended {
            _ = try reopenEnded(db, changes, id: contactId, at: at)
        }
        guard contact.state != .abandoned else { throw StoreError.contactEnded(contactId) }
        var message = ChatMessage(contactId: contactId, direction: .inbound, text: text, at: at)
        try message.insert(db)
        try storeConnectorFields(db, messageId: message.id!, externalId: externalId, email: email)
        try db.execute(sql: """
            UPDATE contacts SET awaiting_reply_since = COALESCE(awaiting_reply_since, ?) WHERE id = ?
            """, arguments: [at.timeIntervalSince1970, contactId])
        try appendEvent(db, contactId: contactId, kind: .message, at: at)
        // The reply timer may have started: the queue shows it (its row alone; a reopening
        // above recorded the whole queue).
        changes.record(.queueRow(contactId), .contact(contactId))
        return message
    }

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
            try message.insert(db)
            try db.execute(sql: """
                UPDATE contacts SET first_reply_at = COALESCE(first_reply_at, ?), awaiting_reply_since = NULL,
                    paused_since = NULL, pause_reason = NULL, paused_seconds = 0 WHERE id = ?
                """, arguments: [at.timeIntervalSince1970, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: .replied, agent: agent, at: at)
            changes.record(.queue, .contact(contactId))
            return message
        }
    }

    static func fetchContact(_ db: Database, id: Int64) throws -> Contact {
        guard let contact = try Contact.fetchOne(db, key: id) else { throw StoreError.noSuchContact(id) }
        return contact
    }

    /// The contact, if it is active and `agent` holds it; otherwise the error that says why not.
    static func fetchHeldContact(_ db: Database, id: Int64, agent: String) throws -> Contact {
        let contact = try fetchContact(db, id: id)
        switch contact.state {
        case .ended, .abandoned: throw StoreError.contactEnded(id)
        case .waiting: throw StoreError.notActive(id)
        case .active:
            guard contact.agent == agent else { throw StoreError.notYours(contactId: id, holder: contact.agent) }
            return contact
        }
    }
}
