import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    public func complaint(id: Int64) throws -> Complaint? {
        try read { db in try Complaint.fetchOne(db, key: id) }
    }

    /// Complaints in `state` (default: every one still open) owned by `owner` (default: anyone),
    /// soonest next deadline first; those without a deadline last, oldest first.
    public func complaints(state: ComplaintState?, owner: String?, policy: SLAPolicy) throws -> [ComplaintSummary] {
        try read { db in
            var conditions = [state == nil ? "complaints.state NOT IN ('archived', 'rejected')" : "complaints.state = ?"]
            var arguments: [DatabaseValueConvertible] = state.map { [$0.rawValue] } ?? []
            if let owner {
                conditions.append("complaints.owner = ?")
                arguments.append(owner)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT complaints.*, customers.name AS customer_name
                FROM complaints JOIN customers ON customers.id = complaints.customer_id
                WHERE \(conditions.joined(separator: " AND "))
                """, arguments: StatementArguments(arguments))
            return try rows.map { row in
                let complaint = try Complaint(row: row)
                return ComplaintSummary(complaint: complaint, customerName: row["customer_name"],
                                        nextDeadline: complaint.nextDeadline(policy: policy))
            }
            .sorted { a, b in
                let far = Date.distantFuture
                return (a.nextDeadline ?? far, a.complaint.receivedAt, a.complaint.id ?? 0)
                    < (b.nextDeadline ?? far, b.complaint.receivedAt, b.complaint.id ?? 0)
            }
        }
    }

    /// Every change to the complaint, oldest first.
    public func complaintHistory(id: Int64) throws -> [ComplaintChange] {
        try read { db in
            try ComplaintChange.fetchAll(db, sql: "SELECT * FROM complaint_history WHERE complaint_id = ? ORDER BY at, id",
                                         arguments: [id])
        }
    }

    public func solutions(complaintId: Int64) throws -> [ComplaintSolution] {
        try read { db in try Self.fetchSolutions(db, complaintId: complaintId) }
    }

    public func followUps(complaintId: Int64) throws -> [ComplaintFollowUp] {
        try read { db in try Self.fetchFollowUps(db, complaintId: complaintId) }
    }

    /// The complaint whose follow-up call `contactId` is, so the console can open the follow-up script.
    public func complaintForFollowUp(contactId: Int64) throws -> Complaint? {
        try read { db in
            try Complaint.fetchOne(db, sql: """
                SELECT complaints.* FROM complaints JOIN followup_contacts ON followup_contacts.complaint_id = complaints.id
                WHERE followup_contacts.contact_id = ?
                """, arguments: [contactId])
        }
    }

    /// The complaint figures for complaints received in [from, to), overdue as of `now`.
    public func complaintStatistics(from: Date, to: Date, policy: SLAPolicy, at now: Date) throws -> ComplaintStatistics {
        try read { db in
            let complaints = try Complaint.fetchAll(db, sql: "SELECT * FROM complaints WHERE received_at >= ? AND received_at < ?",
                                                    arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            let followedUp = try Int64.fetchSet(db, sql: """
                SELECT DISTINCT complaint_followups.complaint_id FROM complaint_followups
                JOIN complaints ON complaints.id = complaint_followups.complaint_id
                WHERE complaints.received_at >= ? AND complaints.received_at < ?
                """, arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970])
            return ComplaintStatistics(complaints: complaints, followedUpIds: followedUp, policy: policy, at: now)
        }
    }
}
