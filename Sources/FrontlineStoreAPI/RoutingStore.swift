import Foundation
import FrontlineCore

/// What the router needs: a routing pass (which `Routing.plan` decides; the store reads and
/// writes). What changed since the last pass comes from the loop's change feed (`Router.step`).
public protocol RoutingStore: Sendable {
    func route(rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws -> RoutingOutcome
}
