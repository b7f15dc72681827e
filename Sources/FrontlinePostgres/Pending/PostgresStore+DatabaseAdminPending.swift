import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// DatabaseAdmin methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func seedDemo(now: Date, seed: UInt64) throws {
        throw StoreError.notYetOnPostgres(method: "DatabaseAdmin.seedDemo")
    }

    public func fillSynthetic(_ size: SyntheticSize, now: Date) throws -> SyntheticCounts {
        throw StoreError.notYetOnPostgres(method: "DatabaseAdmin.fillSynthetic")
    }
}
