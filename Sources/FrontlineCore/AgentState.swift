import Foundation

/// What an agent is doing, as the console and the wallboard show it.
public enum AgentState: Equatable, Sendable {
    case offline
    case available
    /// Holding contacts: how many, against the agent's chat capacity.
    case busy(held: Int, capacity: Int)
    case wrapUp(until: Date)
    case away(AwayReason)

    /// The state of `agent` at `now`, holding `held` contacts.
    public init(of agent: Agent, holding held: Int, at now: Date) {
        switch agent.presence(at: now) {
        case .offline: self = .offline
        case .away: self = .away(agent.awayReason ?? .break)
        case .wrapUp: self = .wrapUp(until: agent.wrapUpUntil ?? now)
        case .available: self = held > 0 ? .busy(held: held, capacity: agent.chatCapacity) : .available
        }
    }

    /// The key the state is stored and printed under.
    public var code: String {
        switch self {
        case .offline: "offline"
        case .available: "available"
        case .busy: "busy"
        case .wrapUp: "wrap-up"
        case .away: "away"
        }
    }
}
