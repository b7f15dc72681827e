import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// TrainingMark methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func isTrainingDatabase() throws -> Bool {
        throw StoreError.notYetOnPostgres(method: "TrainingMark.isTrainingDatabase")
    }
}
