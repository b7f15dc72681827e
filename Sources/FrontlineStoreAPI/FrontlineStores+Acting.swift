import Foundation
import FrontlineCore

extension FrontlineStores {
    /// The first agent of a new database is its administrator: on a database without any agent,
    /// `user` becomes its first agent, a supervisor. Nil when the database already has agents
    /// (or the login name cannot be an agent's).
    @discardableResult
    public func welcomeFirstAgent(_ user: OperatingSystemUser, at now: Date) throws -> Agent? {
        guard ValueRules.agentNameProblem(user.loginName) == nil, try agents().isEmpty else { return nil }
        return try addFirstAgent(named: user.loginName, at: now)
    }

    /// Who acts and for whom: the operating-system user's agent, for `requested` when it names
    /// another agent (a supervisor's right; `Authority.acting`). The first person on a database
    /// without agents becomes its first agent (`welcomeFirstAgent`). Throws `AuthorityRefusal`.
    public func acting(as user: OperatingSystemUser, for requested: String?, at now: Date) throws -> Acting {
        if try agent(named: user.loginName) == nil { try welcomeFirstAgent(user, at: now) }
        return try Authority.acting(as: user, for: requested, agentNamed: agent(named:))
    }
}
