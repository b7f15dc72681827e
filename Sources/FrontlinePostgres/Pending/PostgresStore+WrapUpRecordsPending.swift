import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// WrapUpRecords methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func latestWrapUps(contactIds: [Int64]) throws -> [Int64: ContactWrapUp] {
        throw StoreError.notYetOnPostgres(method: "WrapUpRecords.latestWrapUps")
    }

    public func wrapUps(from: Date, to: Date) throws -> [ContactWrapUp] {
        throw StoreError.notYetOnPostgres(method: "WrapUpRecords.wrapUps")
    }
}
