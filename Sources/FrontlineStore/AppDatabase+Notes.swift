import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// An internal note on any contact, open or ended. It touches nothing on the contact:
    /// the customer does not see it, so no timer stops.
    public func addNote(contactId: Int64, agent: String, text: String, at: Date) throws -> Note {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.emptyText }
        return try write(for: agent) { db, changes in
            let contact = try Self.fetchContact(db, id: contactId)
            var note = Note(contactId: contactId, agent: agent, text: text, at: at)
            try note.insert(db)
            try Self.appendEvent(db, contactId: contactId, kind: .noted, agent: agent, at: at)
            // The customer file lists the notes on all of the customer's contacts.
            changes.record(.contact(contactId), .customer(contact.customerId))
            return note
        }
    }

    /// The contact's notes, oldest first.
    public func notes(contactId: Int64) throws -> [Note] {
        try read { db in
            try Note.fetchAll(db, sql: "SELECT * FROM notes WHERE contact_id = ? ORDER BY at, id", arguments: [contactId])
        }
    }
}
