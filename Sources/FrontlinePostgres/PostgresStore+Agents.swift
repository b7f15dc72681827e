import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The roster: who works here and in which role (AppDatabase+Agents.swift on SQLite). Each
/// agent's database role follows the roster (`PostgresAgentRole`).
extension PostgresStore {
    /// The agent with this login name, created on first sight (trainee mode's own database).
    @discardableResult
    public func ensureAgent(name: String, at: Date) throws -> Agent {
        try write { db, changes in
            if let agent = try Self.fetchAgent(db, named: name) { return agent }
            let agent = Agent(name: name, createdAt: at)
            try Self.insertAgent(db, agent)
            changes.record(.roster, .agent(name))
            return agent
        }
    }

    public func agent(named name: String) throws -> Agent? {
        try read { db in try Self.fetchAgent(db, named: name) }
    }

    /// Every agent, by name.
    public func agents() throws -> [Agent] {
        try read { db in try db.query("SELECT * FROM agents ORDER BY name COLLATE \"C\"").rows.map(Agent.init(row:)) }
    }

    /// Adds a new agent; an existing name is refused rather than overwritten, a removed one is
    /// restored rather than added again.
    @discardableResult
    public func addAgent(_ agent: Agent, by person: String?) throws -> Agent {
        try write { db, changes in
            try Self.checkRoster(db, .addAgent(agent.name), by: person)
            if let existing = try Self.fetchAgent(db, named: agent.name) {
                throw existing.isRemoved ? StoreError.refused(AuthorityRefusal.removed(agent.name).description) : StoreError.agentExists(agent.name)
            }
            try Self.insertAgent(db, agent)
            try PostgresAgentRole.keepInStep(db, agent)
            changes.record(.roster, .agent(agent.name))
            return agent
        }
    }

    @discardableResult
    public func addFirstAgent(named name: String, at: Date) throws -> Agent? {
        try write { db, changes in
            guard try db.query("SELECT COUNT(*) AS n FROM agents").rows[0].get("n", as: Int64.self) == 0 else { return nil }
            let agent = Agent(name: name, role: .supervisor, createdAt: at)
            try Self.insertAgent(db, agent)
            try PostgresAgentRole.keepInStep(db, agent)
            changes.record(.roster, .agent(name))
            return agent
        }
    }

    /// Changes what is given of an agent. A nil field is left alone.
    @discardableResult
    public func updateAgent(named name: String, _ change: AgentChange, by person: String?, at: Date) throws -> Agent {
        try write { db, changes in
            try Self.checkRoster(db, .changeAgent(name, change), by: person)
            guard let agent = try Self.fetchAgent(db, named: name) else { throw StoreError.noSuchAgent(name) }
            if agent.role == .supervisor, !agent.isRemoved, let role = change.role, role != .supervisor { try Self.keepOneSupervisor(db, besides: name) }
            let changed = change.applied(to: agent)
            try Self.updateAgent(db, changed)
            if changed.role != agent.role { try PostgresAgentRole.keepInStep(db, changed) }
            changes.record(.roster, .agent(name))
            return changed
        }
    }

    @discardableResult
    public func removeAgent(named name: String, by person: String?, at: Date) throws -> Agent {
        try write { db, changes in
            try Self.checkRoster(db, .removeAgent(name), by: person)
            guard var agent = try Self.fetchAgent(db, named: name) else { throw StoreError.noSuchAgent(name) }
            guard !agent.isRemoved else { return agent }
            let held = try db.query("SELECT COUNT(*) AS n FROM contacts WHERE state = 'active' AND agent = $1", [name]).rows[0].get("n", as: Int64.self)
            if held > 0 {
                throw StoreError.refused("\(name) holds \(held) contact\(held == 1 ? "" : "s"); reassign \(held == 1 ? "it" : "them") on the wallboard ('frontline supervise') or let \(name) finish, then remove \(name)")
            }
            if agent.presence(at: at) != .offline {
                throw StoreError.refused("\(name) is logged in; \(name) quits the console (or a supervisor logs them out on the wallboard), then remove \(name)")
            }
            if agent.role == .supervisor { try Self.keepOneSupervisor(db, besides: name) }
            agent.removedAt = at
            try Self.updateAgent(db, agent)
            try PostgresAgentRole.keepInStep(db, agent)
            changes.record(.roster, .agent(name))
            return agent
        }
    }

    @discardableResult
    public func restoreAgent(named name: String, by person: String?, at: Date) throws -> Agent {
        try write { db, changes in
            try Self.checkRoster(db, .restoreAgent(name), by: person)
            guard var agent = try Self.fetchAgent(db, named: name) else { throw StoreError.noSuchAgent(name) }
            guard agent.isRemoved else { return agent }
            agent.removedAt = nil
            try Self.updateAgent(db, agent)
            try PostgresAgentRole.keepInStep(db, agent)
            changes.record(.roster, .agent(name))
            return agent
        }
    }

    /// `Authority.mayManageRoster`, on the roster as this transaction sees it.
    private static func checkRoster(_ db: PostgresSession, _ action: SupervisorAction, by person: String?) throws {
        guard let person else { return }
        let supervisors = try db.query("SELECT COUNT(*) AS n FROM agents WHERE role = 'supervisor' AND removed_at IS NULL").rows[0].get("n", as: Int64.self)
        do {
            try Authority.mayManageRoster(action, by: try fetchAgent(db, named: person), loginName: person, teamHasSupervisor: supervisors > 0)
        } catch let refusal as AuthorityRefusal {
            throw StoreError.refused(refusal.description)
        }
    }

    /// Refuses to leave the team without a supervisor: no one could add, change or remove agents after.
    private static func keepOneSupervisor(_ db: PostgresSession, besides name: String) throws {
        let others = try db.query("SELECT COUNT(*) AS n FROM agents WHERE role = 'supervisor' AND removed_at IS NULL AND name <> $1",
                                  [name]).rows[0].get("n", as: Int64.self)
        if others == 0 { throw StoreError.refused(AuthorityRefusal.lastSupervisor(name).description) }
    }
}
