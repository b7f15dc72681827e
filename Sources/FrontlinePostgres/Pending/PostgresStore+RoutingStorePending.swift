import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// RoutingStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func route(rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws -> RoutingOutcome {
        throw StoreError.notYetOnPostgres(method: "RoutingStore.route")
    }
}
