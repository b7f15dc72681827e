import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// AgentWork methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules, entry: WrapUpEntry?, answer: FollowUpAnswer?, policy: SLAPolicy, at: Date) throws -> Contact {
        throw StoreError.notYetOnPostgres(method: "AgentWork.wrapUp")
    }
}
