import Foundation

/// First-question ownership (首问责任制) in the queue: a waiting contact is kept for one agent —
/// its owner, else the customer's assigned agent — for a while before anyone else may take it.
/// Like an Asterisk queue rule that widens the penalty after a fixed time, the wait runs from
/// when the contact (re)entered the queue whether or not the keeper is free: the same answer
/// comes out for every console, and a busy or absent keeper delays the customer by at most `wait`.
public struct OwnerHold: Equatable, Sendable {
    /// The agent offered the contact first.
    public var keeper: String
    /// From this instant anyone may take it.
    public var until: Date

    public init(keeper: String, until: Date) {
        self.keeper = keeper
        self.until = until
    }

    /// The hold on `contact`, whose customer is assigned to `assignedAgent`; nil when nobody is
    /// kept for (no owner, no assigned agent) or the policy waits for no one.
    public init?(contact: Contact, assignedAgent: String?, wait: TimeInterval) {
        guard let keeper = Self.keeper(owner: contact.owner, assignedAgent: assignedAgent), wait > 0 else { return nil }
        self.init(keeper: keeper, until: contact.queuedAt + wait)
    }

    /// Who a contact goes back to: whoever owns the matter, else the agent the customer is assigned to.
    public static func keeper(owner: String?, assignedAgent: String?) -> String? {
        owner ?? assignedAgent
    }

    /// True while `agent` (someone other than the keeper) must leave the contact to the keeper.
    public func keeps(from agent: String, at now: Date) -> Bool {
        agent != keeper && now < until
    }
}
