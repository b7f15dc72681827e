import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// A customer writes into a contact (AppDatabase+Messages.swift, `say`, on SQLite).
extension PostgresStore {
    /// The reply timer starts at the oldest unanswered message, so a second message does not
    /// restart it. Writing into an ended contact reopens it first.
    public func say(contactId: Int64, text: String, at: Date) throws -> ChatMessage {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.emptyText }
        return try write { db, changes in try Self.say(db, changes, contactId: contactId, text: text, at: at) }
    }

    /// Inside the caller's transaction. `externalId` and `email` come from a connector (`receive`,
    /// +ChannelIntake.swift), stored before the "message" event so the outbox's event carries them.
    static func say(_ db: PostgresSession, _ changes: PostgresChangeRecorder, contactId: Int64, text: String, at: Date,
                    externalId: String? = nil, email: EmailHeaders? = nil) throws -> ChatMessage {
        let contact = try existingContact(db, id: contactId)
        guard contact.channel.isWritten else { throw StoreError.notWritten(contactId: contactId, channel: contact.channel) }
        if contact.state == .ended {
            _ = try reopenEnded(db, changes, id: contactId, at: at)
        }
        guard contact.state != .abandoned else { throw StoreError.contactEnded(contactId) }
        var message = ChatMessage(contactId: contactId, direction: .inbound, text: text, at: at)
        message.id = try db.query("INSERT INTO messages (contact_id, direction, text, at) VALUES ($1, 'inbound', $2, $3) RETURNING id",
                                  [contactId, text, at]).rows[0].get("id", as: Int64.self)
        try storeConnectorFields(db, messageId: message.id!, externalId: externalId, email: email)
        try db.query("UPDATE contacts SET awaiting_reply_since = COALESCE(awaiting_reply_since, $1) WHERE id = $2", [at, contactId])
        try appendEvent(db, contactId: contactId, kind: .message, at: at)
        // The reply timer may have started: the queue shows it (its row alone; a reopening
        // above recorded the whole queue).
        changes.record(.queueRow(contactId), .contact(contactId))
        return message
    }
}
