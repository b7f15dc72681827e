import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// A caller hanging up in the queue (AppDatabase+Abandon.swift on SQLite).
extension PostgresStore {
    /// The caller hung up before anyone picked up, as the phone system reports it.
    /// A call that had already waited past its deadline records the miss, as a late take does.
    public func abandon(contactId: Int64, policy: SLAPolicy, at: Date) throws -> Contact {
        try write { db, changes in try Self.abandon(db, changes, contactId: contactId, policy: policy, at: at) }
    }

    /// Inside the caller's transaction.
    static func abandon(_ db: PostgresSession, _ changes: PostgresChangeRecorder, contactId: Int64, policy: SLAPolicy, at: Date) throws -> Contact {
        var contact = try existingContact(db, id: contactId)
        // Only a caller can hang up on a queue: chats and emails just go unanswered.
        guard contact.state == .waiting, contact.channel == .phone || contact.channel == .callback else {
            throw StoreError.cannotAbandon(contactId: contactId, channel: contact.channel, state: contact.state)
        }
        if let timer = policy.runningTimer(for: contact), timer.status(at: at).state == .breached {
            try recordBreach(db, changes, contactId: contactId, timer: timer, at: at, agent: nil)
        }
        try db.query("UPDATE contacts SET state = 'abandoned', ended_at = $1 WHERE id = $2", [at, contactId])
        try appendEvent(db, contactId: contactId, kind: .abandoned, at: at)
        changes.record(.queue, .contact(contactId))
        contact.state = .abandoned
        contact.endedAt = at
        return contact
    }
}
