import Foundation
import FrontlineCore

/// What one routing pass did, and when the clock alone will next give it work.
public struct RoutingOutcome: Equatable, Sendable {
    public var decisions: [RoutingDecision] = []
    /// Offers not accepted in time: (contact, agent), each agent now away for a missed offer.
    public var missed: [MissedOffer] = []
    /// Open offers closed because the contact or the agent was gone, and wrap-ups that ran out.
    public var settled = 0
    /// The earliest offer expiry, wrap-up end or call-back coming due after the pass.
    public var nextDeadline: Date?

    public init() {}

    /// True when the pass has something to write.
    public var hasWork: Bool { !decisions.isEmpty || !missed.isEmpty || settled > 0 }
}

/// An offer that rang out unanswered: the contact goes to the next agent, this one goes away.
public struct MissedOffer: Equatable, Sendable {
    public var contactId: Int64
    public var agent: String

    public init(contactId: Int64, agent: String) {
        self.contactId = contactId
        self.agent = agent
    }
}
