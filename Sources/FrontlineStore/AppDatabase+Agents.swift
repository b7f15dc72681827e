import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// The agent with this login name, created on first sight.
    @discardableResult
    public func ensureAgent(name: String, at: Date) throws -> Agent {
        try write { db, changes in
            if let agent = try Agent.fetchOne(db, key: name) { return agent }
            var agent = Agent(name: name, createdAt: at)
            try agent.insert(db)
            changes.record(.roster, .agent(name))
            return agent
        }
    }

    public func agent(named name: String) throws -> Agent? {
        try read { db in try Agent.fetchOne(db, key: name) }
    }

    /// Every agent, by name.
    public func agents() throws -> [Agent] {
        try read { db in try Agent.fetchAll(db, sql: "SELECT * FROM agents ORDER BY name") }
    }

    /// Adds a new agent; an existing name is refused rather than overwritten.
    @discardableResult
    public func addAgent(_ agent: Agent) throws -> Agent {
        try write { db, changes in
            if try Agent.exists(db, key: agent.name) { throw StoreError.agentExists(agent.name) }
            var agent = agent
            try agent.insert(db)
            changes.record(.roster, .agent(agent.name))
            return agent
        }
    }

    /// Changes what is given of an agent, creating the agent on first sight. A nil leaves that field alone.
    @discardableResult
    public func updateAgent(named name: String, role: AgentRole? = nil, capacity: Int? = nil, languages: [Language]? = nil,
                            displayName: String? = nil, at: Date) throws -> Agent {
        try write { db, changes in
            var agent = try Agent.fetchOne(db, key: name) ?? Agent(name: name, createdAt: at)
            changes.record(.roster, .agent(name))
            if let role { agent.role = role }
            if let capacity { agent.capacity = capacity }
            if let languages { agent.languages = languages }
            if let displayName { agent.displayName = displayName }
            try agent.save(db)
            return agent
        }
    }

    /// Gives the agent a role, creating the agent on first sight.
    @discardableResult
    public func setRole(_ role: AgentRole, forAgent name: String, at: Date) throws -> Agent {
        try updateAgent(named: name, role: role, at: at)
    }
}
