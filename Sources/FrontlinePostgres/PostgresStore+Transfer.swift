import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Passing a contact on to a colleague, a group or the supervisors (AppDatabase+Transfer.swift on SQLite).
extension PostgresStore {
    /// Whom a transfer to `name` goes to: an agent on the roster, or a group someone works for.
    public func transferTarget(named name: String) throws -> TransferTarget? {
        try read { db in
            if let agent = try Self.fetchAgent(db, named: name), !agent.isRemoved { return .agent(name) }
            guard ContactAudience.isGroupName(name), (try? Self.checkGroupHasMembers(db, name)) != nil else { return nil }
            return .group(name)
        }
    }

    /// To a colleague it becomes theirs at once (they own the matter from now); to a group it
    /// waits for that group's members, and whoever takes it owns it. No deadline moves; a call
    /// re-enters the queue for its next pickup.
    public func transfer(contactId: Int64, by agent: String, to target: TransferTarget, note: String, policy: SLAPolicy,
                         at now: Date) throws -> Contact {
        let note = try Self.handoverNote(note)
        return try write(for: agent) { db, changes in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            switch target {
            case .agent(let receiver):
                guard receiver != agent else { throw StoreError.refused("contact \(contactId) is already yours; name another agent with --to, or a group with --group") }
                guard let colleague = try Self.fetchAgent(db, named: receiver) else { throw StoreError.noSuchAgent(receiver) }
                if colleague.isRemoved { throw StoreError.refused(AuthorityRefusal.removed(receiver).description) }
                guard colleague.presence(at: now) != .offline else { throw StoreError.refused(AgentStateRefusal.offline(receiver).description) }
                if contact.channel.isVoice, try Self.holdsACall(db, receiver) {
                    throw StoreError.refused("\(receiver) is on a call; transfer the call to a group, or try again when they are free")
                }
                try db.query("UPDATE contacts SET agent = $1, owner = $1, handover_note = $2, handover_from = $3 WHERE id = $4",
                             [receiver, note, agent, contactId])
                (contact.agent, contact.owner) = (receiver, receiver)
                try Self.appendEvent(db, contactId: contactId, kind: .transferred, agent: agent, at: now, detail: "to \(receiver): \(note)")
                changes.record(.agent(receiver))
            case .group(let group):
                try Self.checkGroupHasMembers(db, group)
                // A call waits anew for pickup; a written contact keeps its queue time (the email timer runs from it).
                let queuedAt = contact.channel.isVoice ? now : contact.queuedAt
                try db.query("""
                    UPDATE contacts SET state = 'waiting', agent = NULL, taken_at = NULL, owner = NULL, queued_at = $1,
                        sent_to_group = $2, sent_to_group_at = $3, handover_note = $4, handover_from = $5
                    WHERE id = $6
                    """, [queuedAt, group, now, note, agent, contactId])
                (contact.state, contact.agent, contact.takenAt, contact.owner, contact.queuedAt) = (.waiting, nil, nil, nil, queuedAt)
                (contact.sentToGroup, contact.sentToGroupAt) = (group, now)
                try Self.appendEvent(db, contactId: contactId, kind: .transferred, agent: agent, at: now, detail: "to group \(group): \(note)")
            }
            (contact.handoverNote, contact.handoverFrom) = (note, agent)
            changes.record(.queue, .contact(contactId), .agent(agent), .customer(contact.customerId))
            return contact
        }
    }

    /// The agent sends a contact they hold to the supervisors, saying why: it waits for a
    /// supervisor (never for an agent), and the agent stays its owner.
    public func escalate(contactId: Int64, by agent: String, note: String, policy: SLAPolicy, at now: Date) throws -> Contact {
        let note = try Self.handoverNote(note)
        return try write(for: agent) { db, changes in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            let queuedAt = contact.channel.isVoice ? now : contact.queuedAt
            try db.query("""
                UPDATE contacts SET state = 'waiting', agent = NULL, taken_at = NULL, owner = COALESCE(owner, $1), queued_at = $2,
                    escalated_at = $3, escalation_note = $4, handover_note = $4, handover_from = $1
                WHERE id = $5
                """, [agent, queuedAt, now, note, contactId])
            (contact.state, contact.agent, contact.takenAt, contact.owner, contact.queuedAt) = (.waiting, nil, nil, contact.owner ?? agent, queuedAt)
            (contact.escalatedAt, contact.escalationNote, contact.handoverNote, contact.handoverFrom) = (now, note, note, agent)
            try Self.appendEvent(db, contactId: contactId, kind: .escalated, agent: agent, at: now, detail: note)
            changes.record(.queue, .contact(contactId), .agent(agent), .customer(contact.customerId))
            return contact
        }
    }

    /// A handover note is required and one line: the receiver reads it before anything else.
    private static func handoverNote(_ text: String) throws -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { throw StoreError.refused("a transfer or escalation needs a note for whoever receives it; say what the customer needs") }
        return line
    }

    private static func holdsACall(_ db: PostgresSession, _ agent: String) throws -> Bool {
        try !db.query("SELECT 1 FROM contacts WHERE state = 'active' AND agent = $1 AND channel IN ('phone', 'callback') LIMIT 1", [agent]).rows.isEmpty
    }

    /// A group nobody on the roster belongs to would never be worked by its members.
    static func checkGroupHasMembers(_ db: PostgresSession, _ group: String) throws {
        let groups = try db.query("SELECT * FROM agents WHERE removed_at IS NULL").rows.map(Agent.init(row:)).flatMap(\.groups)
        guard groups.contains(group) else { throw StoreError.noSuchGroup(group, known: Set(groups).sorted()) }
    }
}
