import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Internal notes on a contact (AppDatabase+Notes.swift on SQLite).
extension PostgresStore {
    /// On any contact, open or ended. It touches nothing on the contact: the customer does
    /// not see it, so no timer stops.
    public func addNote(contactId: Int64, agent: String, text: String, at: Date) throws -> Note {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.emptyText }
        return try write(for: agent) { db, changes in
            let contact = try Self.existingContact(db, id: contactId)
            var note = Note(contactId: contactId, agent: agent, text: text, at: at)
            note.id = try db.query("INSERT INTO notes (contact_id, agent, text, at) VALUES ($1, $2, $3, $4) RETURNING id",
                                   [contactId, agent, text, at]).rows[0].get("id", as: Int64.self)
            try Self.appendEvent(db, contactId: contactId, kind: .noted, agent: agent, at: at)
            // The customer file lists the notes on all of the customer's contacts.
            changes.record(.contact(contactId), .customer(contact.customerId))
            return note
        }
    }

    /// The contact's notes, oldest first.
    public func notes(contactId: Int64) throws -> [Note] {
        try read { db in
            try db.query("SELECT * FROM notes WHERE contact_id = $1 ORDER BY at, id", [contactId]).rows.map(Note.init(row:))
        }
    }
}

extension Note {
    /// From a row that selects every column of `notes`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), contactId: try row.get("contact_id"), agent: try row.get("agent"),
                  text: try row.get("text"), at: try row.date("at"))
    }
}
