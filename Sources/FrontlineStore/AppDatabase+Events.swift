import FrontlineStoreAPI
import Foundation
import FrontlineCore
import GRDB

extension AppDatabase {
    /// Appends to the contact's history, inside the caller's transaction. What connectors care
    /// about (`OutboundEventKind.outbound(for:)`) goes into the outbox in the same transaction,
    /// so a change and its event commit or roll back together.
    /// Returns the event's id (not `db.lastInsertedRowID`, which is the outbox entry's when one is written).
    @discardableResult
    static func appendEvent(_ db: Database, contactId: Int64, kind: ContactEventKind, agent: String? = nil, at: Date,
                            detail: String? = nil) throws -> Int64 {
        var event = ContactEvent(contactId: contactId, kind: kind, agent: agent, at: at, detail: detail)
        try event.insert(db)
        let id = event.id ?? db.lastInsertedRowID
        if let outbound = OutboundEventKind.outbound(for: kind) {
            try appendOutbound(db, kind: outbound, contactId: contactId, at: at,
                               payload: try contactPayload(db, kind: kind, contactId: contactId, agent: agent, detail: detail))
        }
        return id
    }
}
