import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ServiceLevelReads methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func serviceLevels(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        throw StoreError.notYetOnPostgres(method: "ServiceLevelReads.serviceLevels")
    }

    public func serviceLevelsFromEventLog(policy: SLAPolicy, from: Date, to: Date) throws -> [Channel: ServiceLevel] {
        throw StoreError.notYetOnPostgres(method: "ServiceLevelReads.serviceLevelsFromEventLog")
    }

    public func eventsOfWaits(from: Date, to: Date) throws -> [ContactEvent] {
        throw StoreError.notYetOnPostgres(method: "ServiceLevelReads.eventsOfWaits")
    }
}
