import Foundation

/// A call ringing one agent, with what decides whether it may keep ringing.
public struct OpenOffer: Equatable, Sendable {
    public var id: Int64
    public var contactId: Int64
    public var agent: String
    public var expiresAt: Date
    /// The contact's state now: only a waiting contact can still be offered.
    public var contactState: ContactState
    /// The agent's stored presence now: only someone available or wrapping up can be rung.
    public var agentPresence: AgentPresence

    public init(id: Int64, contactId: Int64, agent: String, expiresAt: Date, contactState: ContactState, agentPresence: AgentPresence) {
        self.id = id
        self.contactId = contactId
        self.agent = agent
        self.expiresAt = expiresAt
        self.contactState = contactState
        self.agentPresence = agentPresence
    }

    /// What becomes of the offer at `now`.
    public enum Fate: Equatable, Sendable {
        /// Still ringing.
        case rings
        /// Its contact was taken or ended elsewhere, or its agent left: it just closes.
        case orphaned
        /// Not accepted in time: it closes as missed and the agent is set away.
        case missed
    }

    public func fate(at now: Date) -> Fate {
        if contactState != .waiting || !(agentPresence == .available || agentPresence == .wrapUp) { return .orphaned }
        return expiresAt <= now ? .missed : .rings
    }
}
