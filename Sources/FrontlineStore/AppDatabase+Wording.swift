import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// An agent sent a reply although the wording guard flagged it: kept against the agent
    /// for reports and the trainee score.
    public func recordWordingOverride(contactId: Int64, agent: String, words: [String], at: Date) throws {
        try write(for: agent) { db, changes in
            _ = try Self.fetchContact(db, id: contactId)
            try Self.appendEvent(db, contactId: contactId, kind: .forbiddenWordingSent, agent: agent, at: at,
                                 detail: words.joined(separator: " | "))
            changes.record(.contact(contactId))
        }
    }
}
