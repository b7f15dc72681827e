import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// An ended contact goes back to the queue, unassigned, with a new response timer
    /// starting at `at`, kept for its owner first (`OwnerHold`). Its earlier breaches stay: they are keyed by the old timer's start.
    public func reopen(contactId: Int64, at: Date) throws -> Contact {
        try write { db, changes in try Self.reopenEnded(db, changes, id: contactId, at: at) }
    }

    /// Inside the caller's transaction, so `say` can reopen and add its message at once.
    ///
    /// `queued_at` moves to the reopen time: it is when the contact (re)entered the queue,
    /// the instant the pickup and first-response timers count from, and the instant the
    /// service level counts this wait from. The first arrival stays in the event log.
    static func reopenEnded(_ db: Database, _ changes: ChangeRecorder, id: Int64, at: Date) throws -> Contact {
        var contact = try fetchContact(db, id: id)
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
        try db.execute(sql: """
            UPDATE contacts SET state = 'waiting', queued_at = ?, agent = NULL, taken_at = NULL,
                first_reply_at = NULL, ended_at = NULL, awaiting_reply_since = ?,
                paused_since = NULL, pause_reason = NULL, paused_seconds = 0
            WHERE id = ?
            """, arguments: [at.timeIntervalSince1970, contact.awaitingReplySince?.timeIntervalSince1970, id])
        try appendEvent(db, contactId: id, kind: .reopened, at: at, detail: contact.channel.rawValue)
        changes.record(.queue, .contact(id))
        return contact
    }
}
