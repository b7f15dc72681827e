import Foundation

/// The team's settings for agent states and routing; `config.toml` may change each.
public struct AgentStateRules: Equatable, Sendable {
    /// Wrap-up after a contact ends; 0 turns wrap-up off.
    public var wrapUpSeconds: TimeInterval = 30
    /// How long an offered call rings an agent before it goes to the next one.
    public var offerSeconds: TimeInterval = 15
    /// Offer contacts to agents automatically; off leaves only taking with `n` (pull).
    public var routingEnabled = true
    /// How long an agent may stay away for each reason before the wallboard raises an alert.
    public var awayLimits: [AwayReason: TimeInterval] = [
        .break: 15 * 60, .lunch: 60 * 60, .training: 2 * 60 * 60, .coaching: 60 * 60,
        .technical: 15 * 60, .private: 3 * 60, .missedOffer: 2 * 60,
    ]

    public static let standard = AgentStateRules()

    public init() {}

    /// True when `agent` has been away longer than its reason allows.
    public func isOverAwayLimit(_ agent: Agent, at now: Date) -> Bool {
        guard agent.presence(at: now) == .away, let since = agent.stateSince,
              let limit = awayLimits[agent.awayReason ?? .break] else { return false }
        return now.timeIntervalSince(since) > limit
    }
}
