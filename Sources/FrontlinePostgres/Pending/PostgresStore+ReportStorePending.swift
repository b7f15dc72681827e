import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ReportStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func complaintStatistics(from: Date, to: Date, policy: SLAPolicy, at now: Date) throws -> ComplaintStatistics {
        throw StoreError.notYetOnPostgres(method: "ReportStore.complaintStatistics")
    }

    public func wallboardInput(from start: Date, to end: Date) throws -> WallboardInput {
        throw StoreError.notYetOnPostgres(method: "ReportStore.wallboardInput")
    }

    public func reportRows(from: Date, to: Date, _ each: (ReportRow) throws -> Void) throws {
        throw StoreError.notYetOnPostgres(method: "ReportStore.reportRows")
    }
}
