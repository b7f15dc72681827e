import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The agent's shift as the console knows it: the rules, the handover read at login, the call
/// ringing now, and the open items listed above the handover note written at the end.
public struct ShiftState: Sendable {
    public var rules: AgentStateRules = .standard
    /// The last shift's handover, shown at login until dismissed.
    public var handover: Shift?
    /// The call ringing this agent, with its accept countdown.
    public var offer: OfferRow?
    /// What the agent still has open, listed above the handover note they write.
    public var openItems: [OpenItem] = []
    /// The contacts the agent is known to hold: taken here, or already announced. Nil before the first read.
    public var heldContactIds: Set<Int64>?
    /// Set once the store has logged the agent out; nothing is logged twice.
    public var loggedOut = false
    /// Why the log-in at start failed; the console ends without drawing.
    public var loginFailure: String?

    public init() {}

    /// The offer still within its time at `now`; an expired one is no longer shown.
    public func ringing(at now: Date) -> OfferRow? {
        offer.flatMap { $0.expiresAt > now ? $0 : nil }
    }
}
