import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Each agent's own database role (issue 18, "Roles enforced by the database"): a login role
/// named as the agent is (`postgres://emma@host/db` is emma), a member of `frontline_agent` or,
/// for a supervisor, `frontline_supervisor` (migration v24 grants those two). The roster keeps
/// them in step: adding an agent creates the role, a role change swaps the group, removing one
/// takes the login away, restoring gives it back. Roles are the cluster's, not one database's.
enum PostgresAgentRole {
    /// The group role an agent in `role` belongs to.
    static func group(of role: AgentRole) -> String {
        role == .supervisor ? "frontline_supervisor" : "frontline_agent"
    }

    /// The agent this connection is, when its session role is an agent's own (not a supervisor's,
    /// not the owner's); nil otherwise.
    static func connectedAgent(_ db: PostgresSession) throws -> String? {
        let row = try db.alone { try db.query("SELECT session_user::text AS me, frontline_agent_only() AS agent_only").rows[0] }
        return try row.get("agent_only", as: Bool.self) ? try row.get("me", as: String.self) : nil
    }

    /// Why a write for `other` is refused on `own`'s connection.
    static func actingForOthers(_ own: String, _ other: String) -> String {
        "this connection is \(own)'s own database role, which cannot act for \(other); connect as \(other), or as a supervisor"
    }

    /// `name` as a PostgreSQL identifier, quoted (any text but NUL may name a role once quoted).
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Gives `agent` a login role in the group of their role, creating it when missing; a removed
    /// agent's role loses its login instead. Nothing when v24 could not create the groups (the
    /// database is used through the owner's connection only), and never touches the connection's
    /// own role or a superuser. Without the right to manage roles, refused in one line saying
    /// what to do, unless the role already is as it should be.
    static func keepInStep(_ db: PostgresSession, _ agent: Agent) throws {
        let groups = try db.query("""
            SELECT count(*) AS n FROM pg_roles WHERE rolname IN ('frontline_agent', 'frontline_supervisor')
            """).rows[0].get("n", as: Int64.self)
        guard groups == 2 else { return }
        guard agent.name.utf8.count <= 63, !agent.name.contains("\0"), !agent.name.lowercased().hasPrefix("pg_") else {
            throw StoreError.refused("'\(agent.name)' cannot name a PostgreSQL role (at most 63 bytes, not starting with pg_); choose a shorter login name")
        }
        let wanted = group(of: agent.role), other = group(of: agent.role == .supervisor ? .agent : .supervisor)
        let me = try db.query("SELECT current_user::text AS me, rolsuper OR rolcreaterole AS manages FROM pg_roles WHERE rolname = current_user").rows[0]
        let existing = try db.query("""
            SELECT rolsuper, rolcanlogin, pg_has_role(oid, 'frontline_supervisor', 'MEMBER') AS supervisor,
                   pg_has_role(oid, 'frontline_agent', 'MEMBER') AS agent
            FROM pg_roles WHERE rolname = $1
            """, [agent.name]).rows.first
        if agent.name == (try me.get("me", as: String.self)) { return }
        if let existing, try existing.get("rolsuper", as: Bool.self) { return }
        if let existing, try !me.get("manages", as: Bool.self) {
            let inWanted = try existing.get(agent.role == .supervisor ? "supervisor" : "agent", as: Bool.self)
            let inOther = agent.role == .supervisor ? false : try existing.get("supervisor", as: Bool.self)
            if inWanted, !inOther, try existing.get("rolcanlogin", as: Bool.self) == !agent.isRemoved { return }
        }
        guard try me.get("manages", as: Bool.self) else {
            let who = try me.get("me", as: String.self)
            throw StoreError.refused("cannot give \(agent.name) a database role: \(who) may not manage roles; run this as a role with CREATEROLE, "
                                     + "or have an administrator run: CREATE ROLE \(quoted(agent.name)) LOGIN IN ROLE \(wanted)")
        }
        let role = quoted(agent.name)
        let login = agent.isRemoved ? "NOLOGIN" : "LOGIN"
        if existing == nil, try created(db, "CREATE ROLE \(role) \(login) IN ROLE \(wanted)", named: agent.name) { return }
        try db.query("ALTER ROLE \(role) \(login)")
        try db.query("GRANT \(wanted) TO \(role)")
        try db.query("REVOKE \(other) FROM \(role)")
    }

    /// Runs `create` in a savepoint: false when the role appeared meanwhile (another database on
    /// this server adding the same agent at the same moment), so the caller alters it instead.
    private static func created(_ db: PostgresSession, _ create: String, named name: String) throws -> Bool {
        try db.query("SAVEPOINT agent_role")
        do {
            try db.query(create)
            try db.query("RELEASE SAVEPOINT agent_role")
            return true
        } catch {
            try db.query("ROLLBACK TO SAVEPOINT agent_role")
            if try db.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]).rows.isEmpty { throw error }
            return false
        }
    }
}
