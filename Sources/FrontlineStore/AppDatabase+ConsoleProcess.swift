import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
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
                try db.execute(sql: "UPDATE shifts SET console_pid = ?, console_started = ? WHERE agent = ? AND ended_at IS NULL",
                               arguments: [console.pid, console.started, name])
            }
            return agent
        }
    }

    /// Logs out from `console`, ending the shift only if the shift names that console (or none).
    /// A console opened again takes the shift over; the old process's log-out on hang-up, landing
    /// after that, finds another console's shift and leaves it alone.
    @discardableResult
    public func logOut(_ name: String, console: ConsoleProcess?, handoverNote: String?, rules: AgentStateRules = .standard,
                       policy: SLAPolicy = .standard, at now: Date) throws -> Agent? {
        try write(for: name) { db, changes in
            if let console, let row = try Row.fetchOne(db, sql: """
                SELECT console_pid, console_started FROM shifts WHERE agent = ? AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1
                """, arguments: [name]), let pid: Int32 = row["console_pid"],
               ConsoleProcess(pid: pid, started: row["console_started"] ?? "") != console {
                return nil
            }
            return try Self.changeState(db, changes, of: name, .logOut, by: person(actingFor: name), handoverNote: handoverNote, rules: rules, policy: policy, at: now)
        }
    }

    /// Logs out (no note; open items listed) every agent whose console died without logging
    /// out, SIGKILL or a crash, so no call rings a ghost. Returns their names.
    @discardableResult
    public func logOutGoneConsoles(rules: AgentStateRules = .standard, policy: SLAPolicy = .standard, at now: Date) throws -> [String] {
        guard try !read({ try Self.agentsWithGoneConsoles($0) }).isEmpty else { return [] }
        return try write { db, changes in try Self.logOutGoneConsoles(db, changes, rules: rules, policy: policy, at: now) }
    }

    /// The same inside the caller's transaction (a routing pass).
    static func logOutGoneConsoles(_ db: Database, _ changes: ChangeRecorder, rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws -> [String] {
        let gone = try agentsWithGoneConsoles(db)
        for name in gone {
            try changeState(db, changes, of: name, .logOut, by: name, rules: rules, policy: policy, loggedAs: AgentStateLogEntry.consoleGone, at: now)
        }
        return gone
    }

    /// Logged-in agents whose shift names a console process that surely no longer runs: one of
    /// this host (boot and PID namespace) that does not run, or one of an earlier boot. One in
    /// another PID namespace (a container) cannot be seen from here and is left alone.
    static func agentsWithGoneConsoles(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT shifts.agent, shifts.console_pid, shifts.console_started FROM shifts JOIN agents ON agents.name = shifts.agent
            WHERE shifts.ended_at IS NULL AND shifts.console_pid IS NOT NULL AND agents.presence != 'offline'
            """).compactMap { row in
            ConsoleProcess(pid: row["console_pid"], started: row["console_started"]).hasSurelyStopped ? row["agent"] : nil
        }
    }
}
