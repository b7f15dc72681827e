import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// BreachRecords methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func recordBreaches(policy: SLAPolicy, at: Date) throws -> Int {
        throw StoreError.notYetOnPostgres(method: "BreachRecords.recordBreaches")
    }

    public func recordBreaches(contactIds: [Int64], policy: SLAPolicy, at: Date) throws -> Int {
        throw StoreError.notYetOnPostgres(method: "BreachRecords.recordBreaches")
    }

    public func breaches(contactId: Int64) throws -> [Breach] {
        throw StoreError.notYetOnPostgres(method: "BreachRecords.breaches")
    }

    public func recordBreachesWithoutWaiting(policy: SLAPolicy, at: Date) throws -> Int? {
        throw StoreError.notYetOnPostgres(method: "BreachRecords.recordBreachesWithoutWaiting")
    }
}
