import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// The agent passes a contact they hold on, with a note the receiver sees first. To a colleague
    /// it becomes theirs at once (they own the matter from now, as Zendesk's reassignment does); to
    /// a group it waits for that group's members (`ContactAudience`), and whoever takes it owns it.
    /// No deadline moves: a chat's reply timer and an email's first-response timer run on from when
    /// they started; a call re-enters the queue for its next pickup, as a transferred call joins a queue.
    public func transferTarget(named name: String) throws -> TransferTarget? {
        try read { db in
            if let agent = try Agent.fetchOne(db, key: name), !agent.isRemoved { return .agent(name) }
            guard ContactAudience.isGroupName(name), (try? Self.checkGroupHasMembers(db, name)) != nil else { return nil }
            return .group(name)
        }
    }

    public func transfer(contactId: Int64, by agent: String, to target: TransferTarget, note: String, policy: SLAPolicy,
                         at now: Date) throws -> Contact {
        let note = try Self.handoverNote(note)
        return try write(for: agent) { db, changes in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            let time = now.timeIntervalSince1970
            switch target {
            case .agent(let receiver):
                guard receiver != agent else { throw StoreError.refused("contact \(contactId) is already yours; name another agent with --to, or a group with --group") }
                guard let colleague = try Agent.fetchOne(db, key: receiver) else { throw StoreError.noSuchAgent(receiver) }
                if colleague.isRemoved { throw StoreError.refused(AuthorityRefusal.removed(receiver).description) }
                guard colleague.presence(at: now) != .offline else { throw StoreError.refused(AgentStateRefusal.offline(receiver).description) }
                if contact.channel.isVoice, try Self.holdsACall(db, receiver) {
                    throw StoreError.refused("\(receiver) is on a call; transfer the call to a group, or try again when they are free")
                }
                try db.execute(sql: "UPDATE contacts SET agent = ?, owner = ?, handover_note = ?, handover_from = ? WHERE id = ?",
                               arguments: [receiver, receiver, note, agent, contactId])
                (contact.agent, contact.owner) = (receiver, receiver)
                try Self.appendEvent(db, contactId: contactId, kind: .transferred, agent: agent, at: now, detail: "to \(receiver): \(note)")
                changes.record(.agent(receiver))
            case .group(let group):
                try Self.checkGroupHasMembers(db, group)
                // A call waits anew for pickup; a written contact keeps its queue time (the email timer runs from it).
                let queuedAt = contact.channel.isVoice ? now : contact.queuedAt
                try db.execute(sql: """
                    UPDATE contacts SET state = 'waiting', agent = NULL, taken_at = NULL, owner = NULL, queued_at = ?,
                        sent_to_group = ?, sent_to_group_at = ?, handover_note = ?, handover_from = ?
                    WHERE id = ?
                    """, arguments: [queuedAt.timeIntervalSince1970, group, time, note, agent, contactId])
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
    /// supervisor (never for an agent; the wallboard lists it), and the agent stays its owner.
    public func escalate(contactId: Int64, by agent: String, note: String, policy: SLAPolicy, at now: Date) throws -> Contact {
        let note = try Self.handoverNote(note)
        return try write(for: agent) { db, changes in
            var contact = try Self.fetchHeldContact(db, id: contactId, agent: agent)
            let queuedAt = contact.channel.isVoice ? now : contact.queuedAt
            try db.execute(sql: """
                UPDATE contacts SET state = 'waiting', agent = NULL, taken_at = NULL, owner = COALESCE(owner, ?), queued_at = ?,
                    escalated_at = ?, escalation_note = ?, handover_note = ?, handover_from = ?
                WHERE id = ?
                """, arguments: [agent, queuedAt.timeIntervalSince1970, now.timeIntervalSince1970, note, note, agent, contactId])
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

    private static func holdsACall(_ db: Database, _ agent: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM contacts WHERE state = 'active' AND agent = ? AND channel IN ('phone', 'callback') LIMIT 1",
                          arguments: [agent]) ?? false
    }

    /// A group nobody on the roster belongs to would never be worked by its members.
    static func checkGroupHasMembers(_ db: Database, _ group: String) throws {
        let groups = try Agent.filter(sql: "removed_at IS NULL").fetchAll(db).flatMap(\.groups)
        guard groups.contains(group) else { throw StoreError.noSuchGroup(group, known: Set(groups).sorted()) }
    }
}
