import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ContactIntake methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func abandon(contactId: Int64, policy: SLAPolicy, at: Date) throws -> Contact {
        throw StoreError.notYetOnPostgres(method: "ContactIntake.abandon")
    }

}
