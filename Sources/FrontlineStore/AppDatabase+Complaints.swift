import Foundation
import FrontlineCore
import GRDB

extension AppDatabase {
    /// Saves the agent's form as it is, replacing their previous draft.
    public func saveComplaintDraft(_ draft: ComplaintDraft) throws {
        try write { db in
            var draft = draft
            try draft.upsert(db)
        }
    }

    public func deleteComplaintDraft(agent: String) throws {
        try write { db in _ = try ComplaintDraft.deleteOne(db, key: agent) }
    }

    /// Files the complaint (its history starts here) and drops the filing agent's draft, together, so a crash
    /// between the two can neither lose the complaint nor file it twice.
    public func fileComplaint(_ complaint: Complaint) throws -> Complaint {
        try write { db in
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
            if let contactId = complaint.contactId {
                try Self.appendEvent(db, contactId: contactId, kind: .complaintFiled, agent: complaint.agent,
                                     at: complaint.receivedAt, detail: complaint.category.rawValue)
            }
            return complaint
        }
    }
}
