import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ContactRecords methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func addNote(contactId: Int64, agent: String, text: String, at: Date) throws -> Note {
        throw StoreError.notYetOnPostgres(method: "ContactRecords.addNote")
    }

    public func notes(contactId: Int64) throws -> [Note] {
        throw StoreError.notYetOnPostgres(method: "ContactRecords.notes")
    }

}
