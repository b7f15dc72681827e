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
}
