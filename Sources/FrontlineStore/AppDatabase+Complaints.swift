import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Saves the agent's form as it is, replacing their previous draft.
    public func saveComplaintDraft(_ draft: ComplaintDraft) throws {
        try write { db, changes in
            var draft = draft
            try draft.upsert(db)
            // Only the drafting agent's console shows it: watchers pay one feed read, not a reload.
            changes.record(.draft(draft.agent))
        }
    }

    public func deleteComplaintDraft(agent: String) throws {
        try write { db, changes in
            if try ComplaintDraft.deleteOne(db, key: agent) { changes.record(.draft(agent)) }
        }
    }

    /// Files the complaint (its history starts here) and drops the filing agent's draft, together, so a crash
    /// between the two can neither lose the complaint nor file it twice.
    public func fileComplaint(_ complaint: Complaint) throws -> Complaint {
        try write(for: complaint.agent) { db, changes in
            guard try Customer.exists(db, key: complaint.customerId) else {
                throw StoreError.noSuchCustomer(complaint.customerId)
            }
            var complaint = complaint
            if let contactId = complaint.contactId {
                let contact = try Self.fetchContact(db, id: contactId)
                // Filed after wrap-up the console no longer sees the contact; its channel is still the one it came in on.
                complaint.channel = complaint.channel ?? contact.channel
            }
            try complaint.insert(db)
            var filed = ComplaintChange.filed(complaint)
            try filed.insert(db)
            _ = try ComplaintDraft.deleteOne(db, key: complaint.agent)
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
