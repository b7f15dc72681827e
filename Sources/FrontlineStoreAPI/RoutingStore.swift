import Foundation
import FrontlineCore

/// What the router needs: a routing pass (which `Routing.plan` decides; the store reads and
/// writes), and a way to notice that something changed since the last pass.
public protocol RoutingStore: ChangeProbe, ChangeFeed {
    func route(rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws -> RoutingOutcome
}
