import Foundation
import FrontlineCore

/// The roster: who works here, in which role, with what capacity and languages.
///
/// Each change names `by` the login name of the person making it, checked against
/// `Authority.mayManageRoster` in the same transaction; nil is the program itself (setting a
/// database up, tests), which no rule stops. The last supervisor stays one either way.
public protocol RosterStore: Sendable {
    func agents() throws -> [Agent]
    /// Every agent with the contacts they hold, removed agents included.
    func roster() throws -> [RosterRow]
    /// Refuses a name that exists (`StoreError.agentExists`), or a removed one (restore it instead).
    @discardableResult
    func addAgent(_ agent: Agent, by person: String?) throws -> Agent
    /// The first agent of a new database, its administrator: added as a supervisor when the
    /// database has no agent at all; nil (nothing done) otherwise.
    @discardableResult
    func addFirstAgent(named name: String, at: Date) throws -> Agent?
    /// Changes what `change` gives; refuses an unknown name (`StoreError.noSuchAgent`).
    @discardableResult
    func updateAgent(named name: String, _ change: AgentChange, by person: String?, at: Date) throws -> Agent
    /// Deactivates an agent: kept in the history, but no longer able to log in or be given work.
    /// Refused while they are logged in or hold contacts, saying what to do first.
    @discardableResult
    func removeAgent(named name: String, by person: String?, at: Date) throws -> Agent
    /// Brings a removed agent back, with their role and history.
    @discardableResult
    func restoreAgent(named name: String, by person: String?, at: Date) throws -> Agent
}

extension RosterStore {
    @discardableResult
    public func addAgent(_ agent: Agent) throws -> Agent { try addAgent(agent, by: nil) }

    @discardableResult
    public func updateAgent(named name: String, role: AgentRole? = nil, capacity: Int? = nil, languages: [Language]? = nil,
                            displayName: String? = nil, by person: String? = nil, at: Date) throws -> Agent {
        try updateAgent(named: name, AgentChange(role: role, capacity: capacity, languages: languages, displayName: displayName),
                        by: person, at: at)
    }

    @discardableResult
    public func setRole(_ role: AgentRole, forAgent name: String, at: Date) throws -> Agent {
        try updateAgent(named: name, AgentChange(role: role), by: nil, at: at)
    }
}
