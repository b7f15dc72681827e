import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// PresenceStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func ensureAgent(name: String, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.ensureAgent")
    }

    public func agent(named name: String) throws -> Agent? {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.agent")
    }

    public func changeState(of name: String, _ change: AgentStateChange, by actor: String?, handoverNote: String?, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.changeState")
    }

    public func logIn(_ name: String, console: ConsoleProcess?, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.logIn")
    }

    public func logOut(_ name: String, console: ConsoleProcess?, handoverNote: String?, rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> Agent? {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.logOut")
    }

    public func logOutGoneConsoles(rules: AgentStateRules, policy: SLAPolicy, at: Date) throws -> [String] {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.logOutGoneConsoles")
    }

    public func settleWrapUps(at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.settleWrapUps")
    }

    public func currentShift(agent: String) throws -> Shift? {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.currentShift")
    }

    public func latestHandover() throws -> Shift? {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.latestHandover")
    }

    public func openItems(agent: String, policy: SLAPolicy) throws -> [OpenItem] {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.openItems")
    }

    public func stateLog(agent: String?, from start: Date, to end: Date) throws -> [AgentStateLogEntry] {
        throw StoreError.notYetOnPostgres(method: "PresenceStore.stateLog")
    }
}
