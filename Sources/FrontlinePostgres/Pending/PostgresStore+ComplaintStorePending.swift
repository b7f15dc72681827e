import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ComplaintStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func complaint(id: Int64) throws -> Complaint? {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.complaint")
    }

    public func complaints(state: ComplaintState?, owner: String?, policy: SLAPolicy) throws -> [ComplaintSummary] {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.complaints")
    }

    public func complaintHistory(id: Int64) throws -> [ComplaintChange] {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.complaintHistory")
    }

    public func solutions(complaintId: Int64) throws -> [ComplaintSolution] {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.solutions")
    }

    public func followUps(complaintId: Int64) throws -> [ComplaintFollowUp] {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.followUps")
    }

    public func complaintForFollowUp(contactId: Int64) throws -> Complaint? {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.complaintForFollowUp")
    }

    public func apply(_ step: ComplaintStep, to complaintId: Int64, by agent: String, role: AgentRole, policy: SLAPolicy, at: Date) throws -> Complaint {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.apply")
    }

    public func fileComplaint(_ complaint: Complaint) throws -> Complaint {
        throw StoreError.notYetOnPostgres(method: "ComplaintStore.fileComplaint")
    }
}
