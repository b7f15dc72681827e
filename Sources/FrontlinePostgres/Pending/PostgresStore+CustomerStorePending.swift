import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// CustomerStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func customerFile(customerId: Int64, limit: Int, at now: Date) throws -> CustomerFile? {
        throw StoreError.notYetOnPostgres(method: "CustomerStore.customerFile")
    }

}
