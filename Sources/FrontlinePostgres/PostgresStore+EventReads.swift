import FrontlineCore
import FrontlineStoreAPI

/// A contact's event log (ContactRecords.events; AppDatabase+Reads.swift on SQLite).
extension PostgresStore {
    public func events(contactId: Int64) throws -> [ContactEvent] {
        try read { db in
            try db.query("SELECT * FROM contact_events WHERE contact_id = $1 ORDER BY at, id", [contactId]).rows.map { row in
                ContactEvent(id: try row.get("id", as: Int64.self), contactId: try row.get("contact_id"), kind: try row.value("kind"),
                             agent: try row.get("agent"), at: try row.date("at"), detail: try row.get("detail"), actor: try row.get("actor"))
            }
        }
    }
}
