import Foundation

/// Who does an action and for whom: the person at the keyboard, and the agent the work is
/// recorded for. They are the same person unless a supervisor acts for another agent.
public struct Acting: Equatable, Sendable {
    /// The operating-system user's agent: whose rights count.
    public var person: Agent
    /// The agent the action is for.
    public var agent: Agent

    public init(person: Agent, agent: Agent) {
        self.person = person
        self.agent = agent
    }

    /// One person acting for themself.
    public init(_ agent: Agent) {
        self.init(person: agent, agent: agent)
    }

    /// True when a supervisor acts for someone else: the record names both.
    public var isOnBehalf: Bool { person.name != agent.name }
}
