import Foundation
import FrontlineCore
import GRDB

extension AppDatabase {
    /// The agent with this login name, created on first sight.
    @discardableResult
    public func ensureAgent(name: String, at: Date) throws -> Agent {
        try write { db in
            if let agent = try Agent.fetchOne(db, key: name) { return agent }
            var agent = Agent(name: name, createdAt: at)
            try agent.insert(db)
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

    /// Gives the agent a role, creating the agent on first sight.
    @discardableResult
    public func setRole(_ role: AgentRole, forAgent name: String, at: Date) throws -> Agent {
        try write { db in
            var agent = try Agent.fetchOne(db, key: name) ?? Agent(name: name, createdAt: at)
            agent.role = role
            try agent.save(db)
            return agent
        }
    }
}
