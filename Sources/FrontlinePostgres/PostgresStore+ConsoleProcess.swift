import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Logging in and out from a console process (AppDatabase+ConsoleProcess.swift on SQLite).
/// As on SQLite, a shift names its console's process; but consoles run on many hosts, so a
/// console is judged gone by its heartbeat lease (PostgresStore+ConsoleLease.swift), not its pid.
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
                // Logging in is the lease's first renewal.
                changes.record(.agent(name))
                try db.query("""
                    UPDATE shifts SET console_pid = $1, console_started = $2, console_lease_until = $3 WHERE agent = $4 AND ended_at IS NULL
                    """, [Int64(console.pid), console.started, Self.lease.heldUntil(renewedAt: now), name])
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

    /// Logs out (no note; open items listed) every agent whose console stopped without logging out.
    @discardableResult
    public func logOutGoneConsoles(rules: AgentStateRules = .standard, policy: SLAPolicy = .standard, at now: Date) throws -> [String] {
        guard try !read({ try Self.agentsWithGoneConsoles($0, at: now) }).isEmpty else { return [] }
        return try write { db, changes in try Self.logOutGoneConsoles(db, changes, rules: rules, policy: policy, at: now) }
    }

    /// The same inside the caller's transaction (a routing pass).
    static func logOutGoneConsoles(_ db: PostgresSession, _ changes: PostgresChangeRecorder, rules: AgentStateRules, policy: SLAPolicy,
                                   at now: Date) throws -> [String] {
        let gone = try agentsWithGoneConsoles(db, at: now)
        for name in gone {
            try changeState(db, changes, of: name, .logOut, by: name, rules: rules, policy: policy, loggedAs: AgentStateLogEntry.consoleGone, at: now)
        }
        return gone
    }

    /// Logged-in agents whose console is gone. A console on this host (this boot and PID
    /// namespace: `ConsoleHost`) is judged by its process, as on SQLite (exact: one that runs is
    /// never logged out), once it is late renewing (`ConsoleLease.lateAfter`); one on another
    /// host by its lease (`ConsoleLease`),
    /// counting the server's start as everyone's renewal, so leases that ran out while it was
    /// down are not held against consoles still reconnecting. A shift without a lease (taken
    /// before v25-console-leases) keeps the pid rule: gone once its process surely stopped.
    /// On an agent's own database role, a colleague only once their lease has run out by the
    /// server's clock too (v27's guard: before it, a supervisor's write). Every console looks on each beat, so the server leaves out the
    /// shifts whose console renews on time (the rules below, loosened by `<=`): an idle floor's
    /// look brings back no rows. A console killed on this host is found 3.75–6.75 s after its last
    /// renewal (late after 1.25 beats, then the next look), inside the lease's 8 s.
    static func agentsWithGoneConsoles(_ db: PostgresSession, at now: Date) throws -> [String] {
        try goneConsoles(db, at: now, renewing: nil)
    }

    /// The same, after renewing one console's lease in the same statement (`beatConsoleLease`):
    /// the look sees the shifts as they were before the renewal, which changes only that
    /// console's own lease.
    static func goneConsoles(_ db: PostgresSession, at now: Date, renewing: (agent: String, console: ConsoleProcess, until: Date)?)
        throws -> [String] {
        let (sql, binds) = goneConsolesStatement(at: now, renewing: renewing)
        return try goneAgents(in: db.query(sql, binds).rows, at: now)
    }

    /// The statement of `goneConsoles`; its rows go to `goneAgents`.
    static func goneConsolesStatement(at now: Date, renewing: (agent: String, console: ConsoleProcess, until: Date)?)
        -> (sql: String, binds: [SQLValue]) {
        let binds: [SQLValue] = [now, (ConsoleHost.this ?? "") + ":%", lease.term, lease.grace, lease.lateAfter]
        guard let renewing else { return (goneConsolesSQL, binds) }
        return (renewingSQL, binds + [renewing.until, renewing.agent, Int64(renewing.console.pid), renewing.console.started])
    }

    private static let renewalSQL = """
        WITH renewed AS (UPDATE shifts SET console_lease_until = $6
            WHERE agent = $7 AND ended_at IS NULL AND console_pid = $8 AND console_started = $9 RETURNING 1)
        """

    private static let renewingSQL = renewalSQL + goneConsolesSQL

    private static let goneConsolesSQL = """
            SELECT shifts.agent, shifts.console_pid, shifts.console_started, shifts.console_lease_until,
                   extract(epoch FROM pg_postmaster_start_time())::double precision AS server_started
            FROM shifts JOIN agents ON agents.name = shifts.agent
            WHERE shifts.ended_at IS NULL AND shifts.console_pid IS NOT NULL AND agents.presence <> 'offline'
                AND (NOT frontline_agent_only() OR shifts.agent = session_user::text
                     OR greatest(shifts.console_lease_until, extract(epoch FROM pg_postmaster_start_time()) + $3)
                        <= extract(epoch FROM clock_timestamp()))
                AND (shifts.console_lease_until IS NULL
                     OR (shifts.console_started LIKE $2 AND shifts.console_lease_until - $3 + $5 <= $1)
                     OR greatest(shifts.console_lease_until, extract(epoch FROM pg_postmaster_start_time()) + $3) + $4 <= $1)
            """

    /// The agents whose console is gone among the rows of `goneConsolesStatement`.
    static func goneAgents(in rows: some Sequence<PostgresRow>, at now: Date) throws -> [String] {
        try rows.compactMap { row in
            let agent = try row.get("agent", as: String.self)
            let console = ConsoleProcess(pid: Int32(try row.get("console_pid", as: Int64.self)),
                                         started: try row.get("console_started", as: String?.self) ?? "")
            guard !console.isOnThisHost, let leased: Date = try row.date("console_lease_until") else {
                return console.hasSurelyStopped ? agent : nil
            }
            let restart = lease.heldUntil(renewedAt: try row.date("server_started"))
            return lease.hasLapsed(heldUntil: max(leased, restart), at: now) ? agent : nil
        }
    }
}
