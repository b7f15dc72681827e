import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// A reply sent past the wording guard (AppDatabase+Wording.swift on SQLite).
extension PostgresStore {
    /// Kept against the agent for reports and the trainee score.
    public func recordWordingOverride(contactId: Int64, agent: String, words: [String], at: Date) throws {
        try write(for: agent) { db, changes in
            _ = try Self.existingContact(db, id: contactId)
            try Self.appendEvent(db, contactId: contactId, kind: .forbiddenWordingSent, agent: agent, at: at, detail: words.joined(separator: " | "))
            changes.record(.contact(contactId))
        }
    }
}
