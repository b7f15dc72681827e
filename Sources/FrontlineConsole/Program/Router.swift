import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Push routing beside every console: offers waiting calls, assigns chats, lets unanswered
/// offers go and ends run-out wrap-ups. Every console runs one; the store's IMMEDIATE
/// transaction makes them agree, so it does not matter which console's router acts.
/// It works only when the queue or the agents changed (not for a draft saved or a breach written
/// down) or a deadline came, and at most a few times a second.
public final class Router: ConsoleCompanion {
    /// The shortest time between two passes.
    static let minimumInterval: TimeInterval = 0.25
    /// The wait before a failed pass is tried again.
    static let retryInterval: TimeInterval = 1

    private let database: any RoutingStore
    private let rules: AgentStateRules
    private let policy: SLAPolicy
    /// The feed reported a change routing depends on since the last pass.
    private var routingInputChanged = true
    private var lastPass: Date?
    private var nextDeadline: Date?

    public init(database: any RoutingStore, rules: AgentStateRules, policy: SLAPolicy) {
        self.database = database
        self.rules = rules
        self.policy = policy
    }

    public func step(at now: Date, changes: Set<ChangeTopic>) -> Date? {
        if interest.followsAny(changes) { routingInputChanged = true }
        let deadlinePassed = nextDeadline.map { now >= $0 } ?? false
        guard routingInputChanged || deadlinePassed else { return nextDeadline }
        if let lastPass, now.timeIntervalSince(lastPass) < Self.minimumInterval { return lastPass + Self.minimumInterval }
        lastPass = now
        routingInputChanged = false
        do {
            nextDeadline = try database.route(rules: rules, policy: policy, at: now).nextDeadline
        } catch {
            // A failed pass (the file busy past its timeout, the server away) is tried again a
            // second later: a deadline it would have met is not forgotten.
            routingInputChanged = true
            return now + Self.retryInterval
        }
        return nextDeadline
    }

    /// Waiting contacts, agents' presence and capacity decide who is offered what.
    public var interest: TopicInterest { Self.reads }
    private static let reads = TopicInterest(kinds: [.queue, .agent, .roster])
}
