import Foundation
import FrontlineCore

/// The roster: who works here, in which role, with what capacity and languages.
public protocol RosterStore: Sendable {
    func agents() throws -> [Agent]
    /// Every agent with the contacts they hold.
    func roster() throws -> [RosterRow]
    /// Refuses a name that exists (`StoreError.agentExists`).
    @discardableResult
    func addAgent(_ agent: Agent) throws -> Agent
    /// A nil leaves that field alone; the agent is created on first sight.
    @discardableResult
    func updateAgent(named name: String, role: AgentRole?, capacity: Int?, languages: [Language]?, displayName: String?,
                     at: Date) throws -> Agent
    @discardableResult
    func setRole(_ role: AgentRole, forAgent name: String, at: Date) throws -> Agent
}

extension RosterStore {
    @discardableResult
    public func updateAgent(named name: String, role: AgentRole? = nil, capacity: Int? = nil, languages: [Language]? = nil,
                            displayName: String? = nil, at: Date) throws -> Agent {
        try updateAgent(named: name, role: role, capacity: capacity, languages: languages, displayName: displayName, at: at)
    }
}
