import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Pausing and resuming a contact's timer (AppDatabase+Pausing.swift on SQLite).
extension PostgresStore {
    /// Pauses the running timer of a contact the agent holds, where the policy allows it.
    public func pause(contactId: Int64, agent: String, reason: String, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            guard let timer = policy.runningTimer(for: contact) else {
                throw StoreError.refused("contact \(contactId) has no running timer to pause")
            }
            guard timer.rule.pausable else {
                throw StoreError.refused("the \(timer.kind.rawValue) timer may not be paused; the policy ('frontline sla') says which timers may")
            }
            guard contact.pausedSince == nil else { throw StoreError.refused("contact \(contactId) is already paused") }
            try db.query("UPDATE contacts SET paused_since = $1, pause_reason = $2 WHERE id = $3", [at, reason, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: .paused, agent: agent, at: at, detail: reason)
            changes.record(.queue, .contact(contactId))
            contact.pausedSince = at
            contact.pauseReason = reason
            return contact
        }
    }

    /// Resumes a paused timer; the time it stood still, counted in the timer's own clock, is added to its pauses.
    public func resume(contactId: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact {
        try write(for: agent) { db, changes in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            guard let since = contact.pausedSince, let timer = policy.runningTimer(for: contact) else {
                throw StoreError.refused("contact \(contactId) is not paused")
            }
            let stood = timer.rule.clock == .wall ? at.timeIntervalSince(since) : policy.calendar.workingSeconds(from: since, to: at)
            contact.pausedSeconds += max(0, stood)
            contact.pausedSince = nil
            contact.pauseReason = nil
            try db.query("UPDATE contacts SET paused_since = NULL, pause_reason = NULL, paused_seconds = $1 WHERE id = $2",
                         [contact.pausedSeconds, contactId])
            try Self.appendEvent(db, contactId: contactId, kind: .resumed, agent: agent, at: at)
            changes.record(.queue, .contact(contactId))
            return contact
        }
    }
}
