import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// An ended contact goes back to the queue (AppDatabase+Reopen.swift on SQLite).
extension PostgresStore {
    /// Unassigned, with a new response timer starting at `at`, kept for its owner first.
    /// Its earlier breaches stay: they are keyed by the old timer's start.
    public func reopen(contactId: Int64, at: Date) throws -> Contact {
        try write { db, changes in try Self.reopenEnded(db, changes, id: contactId, at: at) }
    }

    /// Inside the caller's transaction, so `say` can reopen and add its message at once.
    /// `queued_at` moves to the reopen time; the first arrival stays in the event log.
    static func reopenEnded(_ db: PostgresSession, _ changes: PostgresChangeRecorder, id: Int64, at: Date) throws -> Contact {
        var contact = try existingContact(db, id: id)
        guard contact.state == .ended, contact.channel != .callback else {
            throw StoreError.cannotReopen(contactId: id, channel: contact.channel, state: contact.state)
        }
        contact.state = .waiting
        contact.queuedAt = at
        contact.agent = nil
        contact.takenAt = nil
        contact.firstReplyAt = nil
        contact.endedAt = nil
        contact.awaitingReplySince = contact.channel.isWritten ? at : nil
        // A new timer: nothing of an old pause carries over.
        contact.pausedSince = nil
        contact.pauseReason = nil
        contact.pausedSeconds = 0
        try db.query("""
            UPDATE contacts SET state = 'waiting', queued_at = $1, agent = NULL, taken_at = NULL,
                first_reply_at = NULL, ended_at = NULL, awaiting_reply_since = $2,
                paused_since = NULL, pause_reason = NULL, paused_seconds = 0
            WHERE id = $3
            """, [at, contact.awaitingReplySince, id])
        try appendEvent(db, contactId: id, kind: .reopened, at: at, detail: contact.channel.rawValue)
        changes.record(.queue, .contact(id))
        return contact
    }
}
