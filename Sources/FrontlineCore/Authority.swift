import Foundation

/// Who may do what. The person acting is the operating-system user running the program (their
/// login name is their agent name), never a flag or an environment variable; acting for someone
/// else, managing the roster, reassigning work and the wallboard are a supervisor's.
///
/// With SQLite, every program that can write the database file is trusted (file permissions are
/// the lock), so Frontline's own code keeps these rules at every entry point; a database that
/// enforces roles itself (a later PostgreSQL backend) keeps the same ones.
public enum Authority {
    /// The operating-system user's agent, acting for `requested` when it names someone else
    /// (a supervisor's right). `agentNamed` looks an agent up by login name.
    public static func acting(as user: OperatingSystemUser, for requested: String?,
                              agentNamed lookup: (String) throws -> Agent?) throws -> Acting {
        if let problem = ValueRules.agentNameProblem(user.loginName) {
            throw AuthorityRefusal.invalidName("your login name cannot be an agent's: \(problem)")
        }
        guard let person = try lookup(user.loginName) else { throw AuthorityRefusal.notAnAgent(loginName: user.loginName) }
        if person.isRemoved { throw AuthorityRefusal.removed(person.name) }
        guard let requested, requested != person.name else { return Acting(person) }
        if let problem = ValueRules.agentNameProblem(requested) { throw AuthorityRefusal.invalidName("--agent: " + problem) }
        guard let agent = try lookup(requested) else { throw AuthorityRefusal.noSuchAgent(requested) }
        if agent.isRemoved { throw AuthorityRefusal.removed(agent.name) }
        try require(.actFor(agent.name), by: person)
        return Acting(person: person, agent: agent)
    }

    /// Throws unless `person` is a supervisor.
    public static func require(_ action: SupervisorAction, by person: Agent) throws {
        guard person.role == .supervisor else {
            throw AuthorityRefusal.needsSupervisor(person: person.name, role: person.role, action: action.description)
        }
    }

    /// A change to the roster (adding, changing, removing or restoring an agent): a supervisor's,
    /// except an agent's own display name. A team without a supervisor (a database from before
    /// roles were kept) lets whoever can write the file name one, or no one ever could.
    public static func mayManageRoster(_ action: SupervisorAction, by person: Agent?, loginName: String,
                                       teamHasSupervisor: Bool) throws {
        guard teamHasSupervisor else { return }
        guard let person else { throw AuthorityRefusal.notAnAgent(loginName: loginName) }
        if person.isRemoved { throw AuthorityRefusal.removed(person.name) }
        if case let .changeAgent(target, change) = action, target == person.name, change.isDisplayNameOnly { return }
        try require(action, by: person)
    }

    /// Whether `person` may give a customer to `agent`: themself, or anyone if a supervisor.
    public static func mayAssignCustomer(to agent: String, by person: Agent) throws {
        guard agent != person.name else { return }
        try require(.assignCustomer(to: agent), by: person)
    }
}
