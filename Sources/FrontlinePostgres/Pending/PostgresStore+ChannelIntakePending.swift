import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// ChannelIntake methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func receive(_ contact: InboundContact, policy: SLAPolicy, at now: Date) throws -> IntakeResult {
        throw StoreError.notYetOnPostgres(method: "ChannelIntake.receive")
    }

    public func receive(_ message: InboundMessage, policy: SLAPolicy, at now: Date) throws -> IntakeResult {
        throw StoreError.notYetOnPostgres(method: "ChannelIntake.receive")
    }

    public func acknowledgeDelivery(messageId: Int64, _ outcome: DeliveryOutcome, at now: Date) throws {
        throw StoreError.notYetOnPostgres(method: "ChannelIntake.acknowledgeDelivery")
    }
}
