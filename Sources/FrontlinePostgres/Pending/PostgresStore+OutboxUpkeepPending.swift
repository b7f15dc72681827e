import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// OutboxUpkeep methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func pruneOutboundEvents(before date: Date) throws -> Int {
        throw StoreError.notYetOnPostgres(method: "OutboxUpkeep.pruneOutboundEvents")
    }
}
