import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// A supervisor gives a contact to an agent (AppDatabase+Reassign.swift on SQLite).
extension PostgresStore {
    /// A waiting contact is taken on the agent's behalf (a late call records its miss, as a late
    /// take does). Refused to anyone but a supervisor, and towards an agent who is offline. The
    /// matter is handed over: the new agent owns it.
    @discardableResult
    public func reassign(contactId: Int64, to agent: String, by supervisor: String, policy: SLAPolicy = .standard, at: Date) throws -> Contact {
        try write { db, changes in
            guard let actor = try Self.fetchAgent(db, named: supervisor) else { throw StoreError.noSuchAgent(supervisor) }
            guard let target = try Self.fetchAgent(db, named: agent) else { throw StoreError.noSuchAgent(agent) }
            guard actor.role == .supervisor else {
                throw StoreError.agentState(.notSupervisor(actor: actor.name, role: actor.role, target: agent))
            }
            guard target.presence(at: at) != .offline else { throw StoreError.agentState(.offline(agent)) }
            var contact = try Self.existingContact(db, id: contactId)
            switch contact.state {
            case .ended, .abandoned:
                throw StoreError.contactEnded(contactId)
            case .active where contact.agent == agent:
                throw StoreError.alreadyHeld(contactId: contactId, agent: agent)
            case .active:
                try db.query("UPDATE contacts SET agent = $1, owner = $1 WHERE id = $2", [agent, contactId])
                if let holder = contact.agent { changes.record(.agent(holder)) }
                contact.agent = agent
            case .waiting:
                // The writer lock is held, so the contact is still waiting here.
                guard let taken = try Self.takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: at) else {
                    throw StoreError.notActive(contactId)
                }
                contact = taken
                try db.query("UPDATE contacts SET owner = $1 WHERE id = $2", [agent, contactId])
            }
            contact.owner = agent
            try Self.appendEvent(db, contactId: contactId, kind: .reassigned, agent: supervisor, at: at, detail: agent)
            changes.record(.queue, .contact(contactId), .agent(agent))
            return contact
        }
    }
}
