import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ComplaintDrafts methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func complaintDraft(agent: String) throws -> ComplaintDraft? {
        throw StoreError.notYetOnPostgres(method: "ComplaintDrafts.complaintDraft")
    }

    public func saveComplaintDraft(_ draft: ComplaintDraft) throws {
        throw StoreError.notYetOnPostgres(method: "ComplaintDrafts.saveComplaintDraft")
    }

    public func deleteComplaintDraft(agent: String) throws {
        throw StoreError.notYetOnPostgres(method: "ComplaintDrafts.deleteComplaintDraft")
    }
}
