import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// PresenceStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {



    public func logIn(_ name: String, console: ConsoleProcess?, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.logIn")
    }

    public func logOut(_ name: String, console: ConsoleProcess?, handoverNote: String?, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent? {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.logOut")
    }

    public func logOutGoneConsoles(rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> [String] {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.logOutGoneConsoles")
    }





}
