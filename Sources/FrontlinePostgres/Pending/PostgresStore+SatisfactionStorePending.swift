import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// SatisfactionStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func recordSatisfaction(contactId: Int64, score: Int, comment: String, by person: String?, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "SatisfactionStore.recordSatisfaction")
    }

    public func satisfactionRequests(dueBy: Date, includeSent: Bool, limit: Int) throws -> [SatisfactionRequestRow] {
        throw StoreError.notYetOnPostgres(method: "SatisfactionStore.satisfactionRequests")
    }

    public func markSatisfactionSent(contactId: Int64, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "SatisfactionStore.markSatisfactionSent")
    }

    public func optOutOfSatisfaction(customerId: Int64, by person: String?, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "SatisfactionStore.optOutOfSatisfaction")
    }

    public func satisfactionFigures(from: Date, to: Date) throws -> SatisfactionFigures {
        throw StoreError.notYetOnPostgres(method: "SatisfactionStore.satisfactionFigures")
    }
}
