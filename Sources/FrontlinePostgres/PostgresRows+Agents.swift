import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Agents, their shifts and state log, column by column as the SQLite store's records hold them
/// (lists as JSON text, times as unix seconds).
extension Agent {
    /// From a row that selects every column of `agents`.
    init(row: PostgresRow) throws {
        self.init(name: try row.get("name"), displayName: try row.get("display_name"), role: try row.value("role"),
                  createdAt: try row.date("created_at"), capacity: try row.get("capacity", as: Int64?.self).map(Int.init),
                  languages: try PostgresJSON.decode([Language].self, try row.get("languages")),
                  groups: try PostgresJSON.decode([String].self, try row.get("groups")))
        presence = try row.value("presence")
        awayReason = try row.get("away_reason", as: String?.self).map { text in
            guard let reason = AwayReason(rawValue: text) else { throw PostgresDecodingProblem(column: "away_reason", text: text) }
            return reason
        }
        stateSince = try row.date("state_since")
        wrapUpUntil = try row.date("wrap_up_until")
        idleSince = try row.date("idle_since")
        removedAt = try row.date("removed_at")
    }
}

extension Shift {
    /// From a row that selects every column of `shifts`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), agent: try row.get("agent"), startedAt: try row.date("started_at"),
                  endedAt: try row.date("ended_at"), handoverNote: try row.get("handover_note"),
                  openItems: try PostgresJSON.decode([OpenItem].self, try row.get("open_items")))
    }
}

extension AgentStateLogEntry {
    /// From a row that selects every column of `agent_state_log`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), agent: try row.get("agent"), presence: try row.value("presence"),
                  reason: try row.get("reason", as: String?.self).flatMap(AwayReason.init(rawValue:)), at: try row.date("at"),
                  byAgent: try row.get("by_agent"))
    }
}

/// JSON text columns, with the SQLite store's encoding (`StoredTime`: unix seconds, sorted keys).
enum PostgresJSON {
    static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}

extension PostgresStore {
    static func fetchAgent(_ db: PostgresSession, named name: String) throws -> Agent? {
        try db.query("SELECT * FROM agents WHERE name = $1", [name]).rows.first.map(Agent.init(row:))
    }

    static func insertAgent(_ db: PostgresSession, _ agent: Agent) throws {
        try db.query("""
            INSERT INTO agents (name, display_name, role, created_at, capacity, languages, presence, away_reason, state_since,
                                wrap_up_until, idle_since, removed_at, groups)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """, agentColumns(agent))
    }

    /// Writes every column of the agent's row (GRDB's `record.update(db)`).
    static func updateAgent(_ db: PostgresSession, _ agent: Agent) throws {
        try db.query("""
            UPDATE agents SET display_name = $2, role = $3, created_at = $4, capacity = $5, languages = $6, presence = $7,
                away_reason = $8, state_since = $9, wrap_up_until = $10, idle_since = $11, removed_at = $12, groups = $13
            WHERE name = $1
            """, agentColumns(agent))
    }

    private static func agentColumns(_ agent: Agent) throws -> [SQLValue] {
        [agent.name, agent.displayName, agent.role.rawValue, agent.createdAt, agent.capacity, try PostgresJSON.text(agent.languages),
         agent.presence.rawValue, agent.awayReason?.rawValue, agent.stateSince, agent.wrapUpUntil, agent.idleSince, agent.removedAt,
         try PostgresJSON.text(agent.groups)]
    }

    static func insertStateLogEntry(_ db: PostgresSession, _ entry: AgentStateLogEntry) throws {
        try db.query("INSERT INTO agent_state_log (agent, presence, reason, at, by_agent) VALUES ($1, $2, $3, $4, $5)",
                     [entry.agent, entry.presence.rawValue, entry.reason?.rawValue, entry.at, entry.byAgent])
    }
}
