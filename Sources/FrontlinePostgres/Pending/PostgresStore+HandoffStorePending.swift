import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// HandoffStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func handOff(contactId: Int64, agent: String, department: String, question: String, policy: SLAPolicy, at: Date) throws -> Handoff {
        throw StoreError.notYetOnPostgres(method: "HandoffStore.handOff")
    }

    public func openHandoffs(policy: SLAPolicy) throws -> [Handoff] {
        throw StoreError.notYetOnPostgres(method: "HandoffStore.openHandoffs")
    }

    public func answerHandoff(id: Int64, answer: String, policy: SLAPolicy, at: Date) throws -> Contact {
        throw StoreError.notYetOnPostgres(method: "HandoffStore.answerHandoff")
    }
}
