import Foundation

/// Why someone may not do what they asked, in words that say what to do instead.
public enum AuthorityRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operating-system user is no agent of this database.
    case notAnAgent(loginName: String)
    /// A name that is no agent of this database.
    case noSuchAgent(String)
    /// An agent who was removed: in the history, but no longer working.
    case removed(String)
    /// A supervisor's right, asked for by someone who is not one.
    case needsSupervisor(person: String, role: AgentRole, action: String)
    /// The last supervisor cannot stop being one: no one could manage the team after.
    case lastSupervisor(String)
    /// A name that cannot be an agent's (the rule of `ValueRules.agentNameProblem`).
    case invalidName(String)

    public var description: String {
        switch self {
        case let .notAnAgent(loginName):
            "you are '\(loginName)' on this computer, and there is no agent '\(loginName)' in this database; a supervisor adds you with 'frontline agents add \(loginName)'"
        case let .noSuchAgent(name):
            "there is no agent '\(name)'; check the name with 'frontline agents', or add one with 'frontline agents add \(name)'"
        case let .removed(name):
            "agent '\(name)' was removed; a supervisor brings them back with 'frontline agents restore \(name)'"
        case let .needsSupervisor(person, role, action):
            "only a supervisor may \(action); \(person) is \(role == .agent ? "an" : "a") \(role.rawValue) (a supervisor can make you one with 'frontline agents set \(person) --role supervisor')"
        case let .lastSupervisor(name):
            "\(name) is the last supervisor; make another agent a supervisor first ('frontline agents set NAME --role supervisor')"
        case let .invalidName(problem):
            problem
        }
    }
}
