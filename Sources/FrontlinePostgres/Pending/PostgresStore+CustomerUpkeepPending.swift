import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// CustomerUpkeep methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func editCustomer(_ customerId: Int64, edits: [CustomerEdit], agent: String, at: Date) throws -> [CustomerChange] {
        throw StoreError.notYetOnPostgres(method: "CustomerUpkeep.editCustomer")
    }

    public func customerHistory(customerId: Int64, limit: Int) throws -> [CustomerHistoryEntry] {
        throw StoreError.notYetOnPostgres(method: "CustomerUpkeep.customerHistory")
    }

    public func mergeCustomers(keep: Int64, other: Int64, agent: String, at: Date) throws -> CustomerMerge {
        throw StoreError.notYetOnPostgres(method: "CustomerUpkeep.mergeCustomers")
    }
}
