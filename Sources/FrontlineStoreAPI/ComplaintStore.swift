import Foundation
import FrontlineCore

/// Complaints and their loop: filing, stepping through the lifecycle, the history of each.
public protocol ComplaintStore: Sendable {
    func complaint(id: Int64) throws -> Complaint?
    func complaints(state: ComplaintState?, owner: String?, policy: SLAPolicy) throws -> [ComplaintSummary]
    func complaintHistory(id: Int64) throws -> [ComplaintChange]
    func solutions(complaintId: Int64) throws -> [ComplaintSolution]
    func followUps(complaintId: Int64) throws -> [ComplaintFollowUp]
    /// The complaint a follow-up call-back is about, if the contact is one.
    func complaintForFollowUp(contactId: Int64) throws -> Complaint?
    /// One step of the loop; a step the rules refuse throws `StoreError.refused`.
    @discardableResult
    func apply(_ step: ComplaintStep, to complaintId: Int64, by agent: String, role: AgentRole, policy: SLAPolicy,
               at: Date) throws -> Complaint
    /// Files the complaint and drops the filing agent's draft, together.
    func fileComplaint(_ complaint: Complaint) throws -> Complaint
}
