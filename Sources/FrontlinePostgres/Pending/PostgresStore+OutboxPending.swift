import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Outbox methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func outboundEvents(after sequence: Int64, limit: Int) throws -> [OutboundEvent] {
        throw StoreError.notYetOnPostgres(method: "Outbox.outboundEvents")
    }

    public func latestOutboundEvent() throws -> Int64 {
        throw StoreError.notYetOnPostgres(method: "Outbox.latestOutboundEvent")
    }
}
