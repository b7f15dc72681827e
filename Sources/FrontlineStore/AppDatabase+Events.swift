import FrontlineStoreAPI
import Foundation
import FrontlineCore
import GRDB

extension AppDatabase {
    /// Appends to the contact's history, inside the caller's transaction.
    static func appendEvent(_ db: Database, contactId: Int64, kind: ContactEventKind, agent: String? = nil, at: Date,
                            detail: String? = nil) throws {
        var event = ContactEvent(contactId: contactId, kind: kind, agent: agent, at: at, detail: detail)
        try event.insert(db)
    }
}
