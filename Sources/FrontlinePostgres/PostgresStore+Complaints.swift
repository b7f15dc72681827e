import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Complaint drafts and filing (AppDatabase+Complaints.swift, and `complaintDraft` from +Reads, on SQLite).
extension PostgresStore {
    public func complaintDraft(agent: String) throws -> ComplaintDraft? {
        try read { db in
            try db.query("SELECT * FROM complaint_drafts WHERE agent = $1", [agent]).rows.first.map(ComplaintDraft.init(row:))
        }
    }

    /// Saves the agent's form as it is, replacing their previous draft.
    public func saveComplaintDraft(_ draft: ComplaintDraft) throws {
        try write { db, changes in
            try db.query("""
                INSERT INTO complaint_drafts (agent, customer_id, contact_id, category, severity, account, paraphrase, wants,
                                              promised_reply, focused_field)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (agent) DO UPDATE SET customer_id = excluded.customer_id, contact_id = excluded.contact_id,
                    category = excluded.category, severity = excluded.severity, account = excluded.account,
                    paraphrase = excluded.paraphrase, wants = excluded.wants, promised_reply = excluded.promised_reply,
                    focused_field = excluded.focused_field
                """, [draft.agent, draft.customerId, draft.contactId, draft.category?.rawValue, draft.severity.rawValue, draft.account,
                      draft.paraphrase, draft.wants, draft.promisedReply, draft.focusedField.rawValue])
            // Only the drafting agent's console shows it: watchers pay one feed read, not a reload.
            changes.record(.draft(draft.agent))
        }
    }

    public func deleteComplaintDraft(agent: String) throws {
        try write { db, changes in
            if try db.query("DELETE FROM complaint_drafts WHERE agent = $1", [agent]).changed > 0 { changes.record(.draft(agent)) }
        }
    }

    /// Files the complaint (its history starts here) and drops the filing agent's draft, together, so a crash
    /// between the two can neither lose the complaint nor file it twice.
    public func fileComplaint(_ complaint: Complaint) throws -> Complaint {
        try write(for: complaint.agent) { db, changes in
            guard try !db.query("SELECT 1 AS found FROM customers WHERE id = $1", [complaint.customerId]).rows.isEmpty else {
                throw StoreError.noSuchCustomer(complaint.customerId)
            }
            var complaint = complaint
            if let contactId = complaint.contactId {
                let contact = try Self.existingContact(db, id: contactId)
                // Filed after wrap-up the console no longer sees the contact; its channel is still the one it came in on.
                complaint.channel = complaint.channel ?? contact.channel
            }
            try Self.insertComplaint(db, &complaint)
            var filed = ComplaintChange.filed(complaint)
            try Self.insertComplaintChange(db, &filed)
            try db.query("DELETE FROM complaint_drafts WHERE agent = $1", [complaint.agent])
            changes.record(.complaint(complaint.id!), .customer(complaint.customerId), .draft(complaint.agent))
            // Filing is the loop's first step: connectors see it like the others (no previous state).
            try Self.appendOutbound(db, kind: .complaintStep, contactId: complaint.contactId, at: complaint.receivedAt, payload: [
                "complaint_id": complaint.id!, "step": "file", "agent": complaint.agent, "state": complaint.state.rawValue,
                "category": complaint.category.rawValue, "severity": complaint.severity.rawValue,
            ])
            if let contactId = complaint.contactId {
                changes.record(.contact(contactId))
                try Self.appendEvent(db, contactId: contactId, kind: .complaintFiled, agent: complaint.agent,
                                     at: complaint.receivedAt, detail: complaint.category.rawValue)
            }
            return complaint
        }
    }
}
