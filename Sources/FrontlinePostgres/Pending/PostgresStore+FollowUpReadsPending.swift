import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// FollowUpReads methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func followUps(_ filter: FollowUpListFilter, at now: Date, limit: Int) throws -> [FollowUpRow] {
        throw StoreError.notYetOnPostgres(method: "FollowUpReads.followUps")
    }

    public func followUpAnswers(contactIds: [Int64]) throws -> [Int64: FollowUpAnswerRecord] {
        throw StoreError.notYetOnPostgres(method: "FollowUpReads.followUpAnswers")
    }
}
