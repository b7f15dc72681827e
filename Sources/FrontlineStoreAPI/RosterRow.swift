import Foundation
import FrontlineCore

/// An agent with the contacts they hold: what the console's status and the wallboard's grid show.
public struct RosterRow: Equatable, Sendable {
    public var agent: Agent
    /// Active contacts held, by channel.
    public var held: [Channel: Int]

    public init(agent: Agent, held: [Channel: Int] = [:]) {
        self.agent = agent
        self.held = held
    }

    public var heldCount: Int { held.values.reduce(0, +) }

    public func state(at now: Date) -> AgentState { AgentState(of: agent, holding: heldCount, at: now) }
}
