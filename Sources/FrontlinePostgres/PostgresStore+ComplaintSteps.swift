import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The steps of the complaint loop (AppDatabase+ComplaintSteps.swift on SQLite).
extension PostgresStore {
    /// One step in one transaction: loads the complaint, checks the step against the lifecycle
    /// rules, saves it and appends every change to its history. Resolving it puts the follow-up
    /// call-back in the queue. A step the rules refuse throws `StoreError.refused`.
    @discardableResult
    public func apply(_ step: ComplaintStep, to complaintId: Int64, by agent: String, role: AgentRole, policy: SLAPolicy,
                      at now: Date) throws -> Complaint {
        try write(for: agent) { db, changes in
            try Self.applyStep(db, changes, step, to: complaintId, by: agent, role: role, policy: policy, at: now)
        }
    }

    /// `apply` inside a transaction already open (a follow-up call's wrap-up records the complaint's follow-up too).
    static func applyStep(_ db: PostgresSession, _ changes: PostgresChangeRecorder, _ step: ComplaintStep, to complaintId: Int64,
                          by agent: String, role: AgentRole, policy: SLAPolicy, at now: Date) throws -> Complaint {
        let old = try fetchComplaintCase(db, id: complaintId)
        // An owner must be someone who can work it: a typo would hand the complaint to no one.
        if case .assign(_, let owner) = step { try requireOnRoster(db, owner) }
        var new: ComplaintCase
        switch old.applying(step, by: agent, role: role, requiredFollowUps: policy.followUps.complaintFollowUps, at: now) {
        case .success(let stepped): new = stepped
        case .failure(let error): throw StoreError.refused(error.message)
        }
        try updateComplaint(db, new.complaint)
        changes.record(.complaint(complaintId), .customer(new.complaint.customerId))
        // Only new solutions and those whose status moved are written.
        for index in new.solutions.indices where new.solutions[index] != old.solutions.first(where: { $0.id == new.solutions[index].id }) {
            try saveSolution(db, &new.solutions[index])
        }
        for index in new.followUps.indices where new.followUps[index].id == nil {
            let followUp = new.followUps[index]
            new.followUps[index].id = try db.query("""
                INSERT INTO complaint_followups (complaint_id, satisfaction, note, at, agent) VALUES ($1, $2, $3, $4, $5) RETURNING id
                """, [followUp.complaintId, followUp.satisfaction.rawValue, followUp.note, followUp.at, followUp.agent])
                .rows[0].get("id", as: Int64.self)
        }
        for var change in ComplaintChange.changes(from: old, to: new, by: agent, at: now) {
            try insertComplaintChange(db, &change)
        }
        try appendOutbound(db, kind: .complaintStep, contactId: new.complaint.contactId, at: now, payload: [
            "complaint_id": complaintId, "step": step.outboundName, "agent": agent,
            "state": new.complaint.state.rawValue, "previous_state": old.complaint.state.rawValue,
        ])
        if old.complaint.state != .implemented, new.complaint.state == .implemented {
            try queueFollowUpCall(db, changes, for: new.complaint, by: agent, policy: policy)
        }
        if new.followUps.count > old.followUps.count {
            try closeWaitingFollowUpCalls(db, changes, complaintId: complaintId, by: agent, at: now)
            // A policy asking for two follow-ups puts the next call in the queue, spaced by its working days.
            try queueNextComplaintFollowUp(db, changes, for: new, by: agent, policy: policy, at: now)
        }
        return new.complaint
    }

    /// A new solution is inserted (and gets its id); a stored one has its row rewritten.
    private static func saveSolution(_ db: PostgresSession, _ solution: inout ComplaintSolution) throws {
        if let id = solution.id {
            try db.query("UPDATE complaint_solutions SET complaint_id = $1, text = $2, status = $3, at = $4, agent = $5 WHERE id = $6",
                         [solution.complaintId, solution.text, solution.status.rawValue, solution.at, solution.agent, id])
        } else {
            solution.id = try db.query("""
                INSERT INTO complaint_solutions (complaint_id, text, status, at, agent) VALUES ($1, $2, $3, $4, $5) RETURNING id
                """, [solution.complaintId, solution.text, solution.status.rawValue, solution.at, solution.agent])
                .rows[0].get("id", as: Int64.self)
        }
    }

    /// The next follow-up call a complaint owes under the policy's `[follow_up]` count, if any.
    static func queueNextComplaintFollowUp(_ db: PostgresSession, _ changes: PostgresChangeRecorder, for complaint: ComplaintCase,
                                           by agent: String, policy: SLAPolicy, at now: Date) throws {
        let customer = try fetchCustomer(db, id: complaint.complaint.customerId)
        guard let due = policy.nextComplaintFollowUpTime(after: now, followUpsSoFar: complaint.followUps.count, isQuiet: {
            customer?.isResting(at: $0, in: policy.calendar.timeZone) ?? false
        }) else { return }
        let id = try queueFollowUpCall(db, changes, for: complaint.complaint, by: agent, policy: policy, due: due)
        try appendEvent(db, contactId: id, kind: .complaintFollowUpQueued, agent: agent, at: now,
                        detail: "complaint \(complaint.complaint.id ?? 0) follow-up \(complaint.followUps.count + 1) of \(policy.followUps.complaintFollowUps)")
    }

    /// A call-back to the customer that enters the live queue when the follow-up falls due, kept
    /// first for the complaint's owner (else whoever filed it). `due`, when given, is the time of a
    /// later follow-up (the policy's second); returns the call-back's id.
    @discardableResult
    private static func queueFollowUpCall(_ db: PostgresSession, _ changes: PostgresChangeRecorder, for complaint: Complaint, by agent: String,
                                          policy: SLAPolicy, due later: Date? = nil) throws -> Int64 {
        // Due at the first calling time after the resolution, never at night, on a day off or in the
        // customer's rest hours; its timer then gives the follow-up rule's working days to make it.
        guard let complaintId = complaint.id, let resolved = complaint.resolvedAt else { return 0 }
        let customer = try fetchCustomer(db, id: complaint.customerId)
        let due = later ?? policy.callingTime(atOrAfter: resolved) { customer?.isResting(at: $0, in: policy.calendar.timeZone) ?? false }
        var callback = Contact(channel: .callback, customerId: complaint.customerId,
                               address: try callbackAddress(db, for: complaint), queuedAt: due, purpose: .followUp,
                               owner: complaint.owner ?? complaint.agent)
        try insertCallback(db, &callback)
        guard let contactId = callback.id else { return 0 }
        // The customer file lists it among the call-backs to come.
        changes.record(.queue, .contact(contactId), .customer(complaint.customerId))
        try db.query("INSERT INTO followup_contacts (contact_id, complaint_id) VALUES ($1, $2)", [contactId, complaintId])
        // Its detail is the channel, as for every "queued" event, so the figures can be replayed from the log.
        try appendEvent(db, contactId: contactId, kind: .queued, agent: agent, at: due, detail: Channel.callback.rawValue)
        return contactId
    }

    /// A follow-up recorded before its call came due leaves nothing to call back about.
    private static func closeWaitingFollowUpCalls(_ db: PostgresSession, _ changes: PostgresChangeRecorder, complaintId: Int64, by agent: String,
                                                  at now: Date) throws {
        let waiting = try db.query("""
            SELECT contacts.id FROM contacts JOIN followup_contacts ON followup_contacts.contact_id = contacts.id
            WHERE followup_contacts.complaint_id = $1 AND contacts.state = 'waiting'
            """, [complaintId]).rows.map { try $0.get("id", as: Int64.self) }
        for id in waiting {
            try db.query("UPDATE contacts SET state = 'ended', ended_at = $1 WHERE id = $2", [now, id])
            try appendEvent(db, contactId: id, kind: .completed, agent: agent, at: now, detail: "followed up before it was due")
            changes.record(.queue, .contact(id))
        }
    }

    /// Where to call the customer back: where the complaint came from, else their first phone, else their email.
    private static func callbackAddress(_ db: PostgresSession, for complaint: Complaint) throws -> String {
        if let contactId = complaint.contactId,
           let row = try db.query("SELECT address FROM contacts WHERE id = $1", [contactId]).rows.first { return try row.get("address") }
        let customer = try fetchCustomer(db, id: complaint.customerId)
        return customer?.phones.first ?? customer?.email ?? ""
    }

    /// The complaint with its solutions and follow-ups, or `noSuchComplaint`.
    static func fetchComplaintCase(_ db: PostgresSession, id: Int64) throws -> ComplaintCase {
        guard let row = try db.query("SELECT * FROM complaints WHERE id = $1", [id]).rows.first else { throw StoreError.noSuchComplaint(id) }
        return ComplaintCase(complaint: try Complaint(row: row), solutions: try fetchSolutions(db, complaintId: id),
                             followUps: try fetchFollowUps(db, complaintId: id))
    }
}
