import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// What the complaint screens read (AppDatabase+ComplaintReads.swift on SQLite; `complaintStatistics` is group C's).
extension PostgresStore {
    public func complaint(id: Int64) throws -> Complaint? {
        try read { db in try db.query("SELECT * FROM complaints WHERE id = $1", [id]).rows.first.map(Complaint.init(row:)) }
    }

    /// Complaints in `state` (default: every one still open) owned by `owner` (default: anyone),
    /// soonest next deadline first; those without a deadline last, oldest first.
    public func complaints(state: ComplaintState?, owner: String?, policy: SLAPolicy) throws -> [ComplaintSummary] {
        try read { db in
            var conditions = [state == nil ? "complaints.state NOT IN ('archived', 'rejected')" : "complaints.state = $1"]
            var binds: [SQLValue] = state.map { [$0.rawValue] } ?? []
            if let owner {
                binds.append(owner)
                conditions.append("complaints.owner = $\(binds.count)")
            }
            let rows = try db.query("""
                SELECT complaints.*, customers.name AS customer_name
                FROM complaints JOIN customers ON customers.id = complaints.customer_id
                WHERE \(conditions.joined(separator: " AND "))
                """, binds).rows
            return try rows.map { row in
                let complaint = try Complaint(row: row)
                return ComplaintSummary(complaint: complaint, customerName: try row.get("customer_name"),
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
            try db.query("SELECT * FROM complaint_history WHERE complaint_id = $1 ORDER BY at, id", [id]).rows.map(ComplaintChange.init(row:))
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
            try db.query("""
                SELECT complaints.* FROM complaints JOIN followup_contacts ON followup_contacts.complaint_id = complaints.id
                WHERE followup_contacts.contact_id = $1
                """, [contactId]).rows.first.map(Complaint.init(row:))
        }
    }

    static func fetchSolutions(_ db: PostgresSession, complaintId: Int64) throws -> [ComplaintSolution] {
        try db.query("SELECT * FROM complaint_solutions WHERE complaint_id = $1 ORDER BY id", [complaintId]).rows.map(ComplaintSolution.init(row:))
    }

    static func fetchFollowUps(_ db: PostgresSession, complaintId: Int64) throws -> [ComplaintFollowUp] {
        try db.query("SELECT * FROM complaint_followups WHERE complaint_id = $1 ORDER BY at, id", [complaintId]).rows
            .map(ComplaintFollowUp.init(row:))
    }
}
