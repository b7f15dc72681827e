import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Logging in and out from a console process (AppDatabase+ConsoleProcess.swift on SQLite).
/// Like SQLite, a shift names its console's process and one that no longer runs on this host
/// is judged gone; heartbeat leases across hosts (issue 18) are a follow-up.
extension PostgresStore {
    /// Logs in from a console, as `changeState(.logIn)`, and the shift remembers the console's
    /// process. A console opened again while the shift is still open takes the shift over.
    @discardableResult
    public func logIn(_ name: String, console: ConsoleProcess?, rules: AgentStateRules = .standard, policy: SLAPolicy = .standard,
                      at now: Date) throws -> Agent {
        try write(for: name) { db, changes in
            let agent = try Self.changeState(db, changes, of: name, .logIn, by: person(actingFor: name), rules: rules, policy: policy, at: now)
            if let console {
                // The shift's console is part of the agent's presence (it decides when they are gone).
                changes.record(.agent(name))
                try db.query("UPDATE shifts SET console_pid = $1, console_started = $2 WHERE agent = $3 AND ended_at IS NULL",
                             [Int64(console.pid), console.started, name])
            }
            return agent
        }
    }

    /// Logs out from `console`, ending the shift only if the shift names that console (or none).
    @discardableResult
    public func logOut(_ name: String, console: ConsoleProcess?, handoverNote: String?, rules: AgentStateRules = .standard,
                       policy: SLAPolicy = .standard, at now: Date) throws -> Agent? {
        try write(for: name) { db, changes in
            if let console, let row = try db.query("""
                SELECT console_pid, console_started FROM shifts WHERE agent = $1 AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1
                """, [name]).rows.first, let pid = try row.get("console_pid", as: Int64?.self),
               ConsoleProcess(pid: Int32(pid), started: try row.get("console_started", as: String?.self) ?? "") != console {
                return nil
            }
            return try Self.changeState(db, changes, of: name, .logOut, by: person(actingFor: name), handoverNote: handoverNote, rules: rules,
                                        policy: policy, at: now)
        }
    }

    /// Logs out (no note; open items listed) every agent whose console died without logging out.
    @discardableResult
    public func logOutGoneConsoles(rules: AgentStateRules = .standard, policy: SLAPolicy = .standard, at now: Date) throws -> [String] {
        guard try !read({ try Self.agentsWithGoneConsoles($0) }).isEmpty else { return [] }
        return try write { db, changes in try Self.logOutGoneConsoles(db, changes, rules: rules, policy: policy, at: now) }
    }

    /// The same inside the caller's transaction (a routing pass).
    static func logOutGoneConsoles(_ db: PostgresSession, _ changes: PostgresChangeRecorder, rules: AgentStateRules, policy: SLAPolicy,
                                   at now: Date) throws -> [String] {
        let gone = try agentsWithGoneConsoles(db)
        for name in gone {
            try changeState(db, changes, of: name, .logOut, by: name, rules: rules, policy: policy, loggedAs: AgentStateLogEntry.consoleGone, at: now)
        }
        return gone
    }

    /// Logged-in agents whose shift names a console process that no longer runs. On an agent's
    /// own database role only their own: logging out someone else is a supervisor's write (v24).
    static func agentsWithGoneConsoles(_ db: PostgresSession) throws -> [String] {
        try db.query("""
            SELECT shifts.agent, shifts.console_pid, shifts.console_started FROM shifts JOIN agents ON agents.name = shifts.agent
            WHERE shifts.ended_at IS NULL AND shifts.console_pid IS NOT NULL AND agents.presence <> 'offline'
                AND (NOT frontline_agent_only() OR shifts.agent = session_user::text)
            """).rows.compactMap { row in
            let console = ConsoleProcess(pid: Int32(try row.get("console_pid", as: Int64.self)),
                                         started: try row.get("console_started", as: String?.self) ?? "")
            return console.isRunning ? nil : try row.get("agent", as: String.self)
        }
    }
}
