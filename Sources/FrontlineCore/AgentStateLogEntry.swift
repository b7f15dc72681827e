import Foundation

/// One line of the append-only agent state log: who entered which presence, when, set by whom.
public struct AgentStateLogEntry: Equatable, Codable, Sendable {
    public var id: Int64?
    public var agent: String
    public var presence: AgentPresence
    public var reason: AwayReason?
    public var at: Date
    /// The agent themself, a supervisor, or the agent again for routing's and wrap-up's automatic changes.
    public var byAgent: String

    /// `byAgent` for a change no person made: an offer let ring out, a console that died.
    public static let routing = "routing"
    public static let consoleGone = "console-gone"

    public init(id: Int64? = nil, agent: String, presence: AgentPresence, reason: AwayReason? = nil, at: Date, byAgent: String) {
        self.id = id
        self.agent = agent
        self.presence = presence
        self.reason = reason
        self.at = at
        self.byAgent = byAgent
    }
}
