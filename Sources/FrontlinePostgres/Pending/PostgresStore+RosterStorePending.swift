import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// RosterStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func agents() throws -> [Agent] {
        throw StoreError.notYetOnPostgres(method: "RosterStore.agents")
    }

    public func roster() throws -> [RosterRow] {
        throw StoreError.notYetOnPostgres(method: "RosterStore.roster")
    }

    public func addAgent(_ agent: Agent, by person: String?) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "RosterStore.addAgent")
    }

    public func addFirstAgent(named name: String, at: Date) throws -> Agent? {
        throw StoreError.notYetOnPostgres(method: "RosterStore.addFirstAgent")
    }

    public func updateAgent(named name: String, _ change: AgentChange, by person: String?, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "RosterStore.updateAgent")
    }

    public func removeAgent(named name: String, by person: String?, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "RosterStore.removeAgent")
    }

    public func restoreAgent(named name: String, by person: String?, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "RosterStore.restoreAgent")
    }
}
