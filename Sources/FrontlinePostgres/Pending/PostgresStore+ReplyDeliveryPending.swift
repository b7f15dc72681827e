import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ReplyDelivery methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func resend(messageId: Int64, by agent: String, at now: Date) throws {
        throw StoreError.notYetOnPostgres(method: "ReplyDelivery.resend")
    }
}
