import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Push routing beside every console: offers waiting calls, assigns chats, lets unanswered
/// offers go and ends run-out wrap-ups. Every console runs one; the store's IMMEDIATE
/// transaction makes them agree, so it does not matter which console's router acts.
/// It works only when the store changed or a deadline came, and at most a few times a second.
public final class Router: ConsoleCompanion {
    /// The shortest time between two passes.
    static let minimumInterval: TimeInterval = 0.25

    private let database: any RoutingStore
    private let rules: AgentStateRules
    private let policy: SLAPolicy
    private var lastToken: Int?
    private var lastPass: Date?
    private var nextDeadline: Date?

    public init(database: any RoutingStore, rules: AgentStateRules, policy: SLAPolicy) {
        self.database = database
        self.rules = rules
        self.policy = policy
    }

    public func step(at now: Date) -> Date? {
        if let lastPass, now.timeIntervalSince(lastPass) < Self.minimumInterval { return lastPass + Self.minimumInterval }
        let token = try? database.changeToken()
        let deadlinePassed = nextDeadline.map { now >= $0 } ?? false
        guard token != lastToken || deadlinePassed || lastToken == nil else { return nextDeadline }
        lastPass = now
        lastToken = token
        // A failed pass (the file busy past its timeout) is tried again on the next change or deadline.
        nextDeadline = (try? database.route(rules: rules, policy: policy, at: now))?.nextDeadline
        return nextDeadline
    }
}
