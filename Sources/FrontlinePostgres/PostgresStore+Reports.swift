import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// The report's rows and the complaint statistics (ReportStore; AppDatabase+Reports.swift and
/// +ComplaintReads.swift on SQLite). The rules (repeats, next reply times, wrap-up codes) are
/// FrontlineStoreAPI's `ReportRowRules`, `NextReplyReplay` and `WrapUpRowGrouping`, shared with SQLite.
extension PostgresStore {
    /// The rows `frontline report` counts for [from, to), streamed to `each` in one read
    /// transaction, in SQLite's order: agents, contacts, next replies, breaches, wrap-ups, events,
    /// complaints, the agent state log. Each part is read through a cursor a batch at a time, so
    /// a month of a million contacts never sits in memory; no customer text is read.
    public func reportRows(from: Date, to: Date, _ each: (ReportRow) throws -> Void) throws {
        let window: [SQLValue] = [from, to]
        try read { db in
            for agent in try db.query("SELECT * FROM agents WHERE removed_at IS NULL ORDER BY name COLLATE \"C\"").rows.map(Agent.init(row:)) {
                try each(.agent(name: agent.name, displayName: agent.displayName, groups: agent.groups))
            }
            // A repeat: a customer-initiated contact whose customer had another one in the window before.
            try db.forEachRow("""
                SELECT c.channel, c.state, c.queued_at, c.taken_at, c.first_reply_at, c.ended_at, c.agent, c.owner, c.purpose,
                       c.sent_to_group,
                       c.channel <> 'callback' AND EXISTS (SELECT 1 FROM contacts p WHERE p.customer_id = c.customer_id
                           AND p.queued_at >= c.queued_at - $1 AND p.queued_at < c.queued_at AND p.channel <> 'callback') AS is_repeat
                FROM contacts c WHERE c.queued_at >= $2 AND c.queued_at < $3
                """, [ReportRowRules.repeatWindow] + window) { row in
                guard let channel = Channel(rawValue: try row.get("channel")), let state = ContactState(rawValue: try row.get("state")) else { return }
                try each(.contact(ReportContact(
                    channel: channel, state: state, queuedAt: try row.date("queued_at"), takenAt: try row.date("taken_at"),
                    firstReplyAt: try row.date("first_reply_at"), endedAt: try row.date("ended_at"), agent: try row.get("agent"),
                    owner: try row.get("owner"), purpose: try row.get("purpose", as: String?.self).flatMap(ContactPurpose.init(rawValue:)),
                    sentToGroup: try row.get("sent_to_group"), isRepeat: try row.get("is_repeat", as: Bool.self))))
            }
            try Self.nextReplies(db, window: window, each)
            try db.forEachRow("""
                SELECT b.kind, b.agent, c.channel, c.sent_to_group FROM breaches b JOIN contacts c ON c.id = b.contact_id
                WHERE b.recorded_at >= $1 AND b.recorded_at < $2
                """, window) { row in
                guard let channel = Channel(rawValue: try row.get("channel")) else { return }
                try each(.breach(kind: try row.get("kind"), agent: try row.get("agent"), channel: channel, group: try row.get("sent_to_group")))
            }
            try Self.wrapUps(db, window: window, each)
            let kinds = ReportRowRules.countedEventKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            try db.forEachRow("""
                SELECT e.kind, e.agent, c.sent_to_group FROM contact_events e JOIN contacts c ON c.id = e.contact_id
                WHERE e.kind IN (\(kinds)) AND e.at >= $1 AND e.at < $2
                """, window) { row in
                guard let kind = ContactEventKind(rawValue: try row.get("kind")) else { return }
                try each(.event(kind: kind, agent: try row.get("agent"), group: try row.get("sent_to_group")))
            }
            try db.forEachRow("""
                SELECT category, severity, state, agent, owner FROM complaints WHERE received_at >= $1 AND received_at < $2
                """, window) { row in
                guard let category = ComplaintCategory(rawValue: try row.get("category")),
                      let severity = ComplaintSeverity(rawValue: try row.get("severity")),
                      let state = ComplaintState(rawValue: try row.get("state")) else { return }
                try each(.complaint(category: category, severity: severity, state: state, filedBy: try row.get("agent"), owner: try row.get("owner")))
            }
            // Each agent's state when the period began (their last line before it), then the period's lines.
            try db.forEachRow("""
                SELECT agent, presence, reason, at FROM agent_state_log WHERE id IN (
                    SELECT (SELECT id FROM agent_state_log l WHERE l.agent = a.name AND l.at < $1 ORDER BY l.at DESC, l.id DESC LIMIT 1)
                    FROM agents a)
                UNION ALL
                SELECT agent, presence, reason, at FROM agent_state_log WHERE at >= $2 AND at < $3
                """, [from] + window) { row in
                guard let presence = AgentPresence(rawValue: try row.get("presence")) else { return }
                try each(.agentState(agent: try row.get("agent"), presence: presence,
                                     reason: try row.get("reason", as: String?.self).flatMap(AwayReason.init(rawValue:)), at: try row.date("at")))
            }
        }
    }

    /// Next reply times (`NextReplyReplay`) from the period's written contacts' messages in order.
    static func nextReplies(_ db: PostgresSession, window: [SQLValue], _ each: (ReportRow) throws -> Void) throws {
        let channels = ReportRowRules.nextReplyChannels.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        var replay = NextReplyReplay()
        try db.forEachRow("""
            SELECT m.contact_id, m.direction, m.at, m.agent, c.channel, c.sent_to_group
            FROM contacts c JOIN messages m ON m.contact_id = c.id
            WHERE c.queued_at >= $1 AND c.queued_at < $2 AND c.channel IN (\(channels))
            ORDER BY m.contact_id, m.at, m.id
            """, window) { row in
            if let nextReply = replay.add(contactId: try row.get("contact_id"),
                                          inbound: try row.get("direction", as: String.self) == MessageDirection.inbound.rawValue,
                                          at: try row.get("at"), agent: try row.get("agent"), channel: try row.get("channel"),
                                          group: try row.get("sent_to_group")) {
                try each(nextReply)
            }
        }
    }

    /// The period's wrap-ups, each with its codes in the order the agent gave them (`WrapUpRowGrouping`).
    static func wrapUps(_ db: PostgresSession, window: [SQLValue], _ each: (ReportRow) throws -> Void) throws {
        var grouping = WrapUpRowGrouping()
        try db.forEachRow("""
            SELECT w.id, w.agent, w.outcome, c.channel, c.sent_to_group, k.code
            FROM contact_wrap_ups w JOIN contacts c ON c.id = w.contact_id
            LEFT JOIN contact_wrap_up_codes k ON k.wrap_up_id = w.id
            WHERE w.at >= $1 AND w.at < $2
            ORDER BY w.id, k.position
            """, window) { row in
            if let wrapUp = grouping.add(wrapUpId: try row.get("id"), agent: try row.get("agent"), outcome: try row.get("outcome"),
                                         channel: try row.get("channel"), group: try row.get("sent_to_group"), code: try row.get("code")) {
                try each(wrapUp)
            }
        }
        if let wrapUp = grouping.finish() { try each(wrapUp) }
    }

    /// The complaint figures for complaints received in [from, to), overdue as of `now`.
    public func complaintStatistics(from: Date, to: Date, policy: SLAPolicy, at now: Date) throws -> ComplaintStatistics {
        try read { db in
            let complaints = try db.query("SELECT * FROM complaints WHERE received_at >= $1 AND received_at < $2", [from, to])
                .rows.map(Complaint.init(row:))
            let followedUp = try db.query("""
                SELECT DISTINCT complaint_followups.complaint_id FROM complaint_followups
                JOIN complaints ON complaints.id = complaint_followups.complaint_id
                WHERE complaints.received_at >= $1 AND complaints.received_at < $2
                """, [from, to]).rows.map { try $0.get("complaint_id", as: Int64.self) }
            return ComplaintStatistics(complaints: complaints, followedUpIds: Set(followedUp), policy: policy, at: now)
        }
    }
}

extension PostgresSession {
    /// Each row of `sql`, fetched `batch` rows at a time through a cursor, so a long period never
    /// sits in memory (SQLite's `Row.fetchCursor`). Only inside a transaction (`read`/`write`).
    func forEachRow(_ sql: String, _ binds: [SQLValue] = [], batch: Int = 5000, _ body: (PostgresRow) throws -> Void) throws {
        try query("DECLARE frontline_rows NO SCROLL CURSOR FOR \(sql)", binds)
        while true {
            let rows = try query("FETCH FORWARD \(batch) FROM frontline_rows").rows
            for row in rows { try body(row) }
            if rows.count < batch { break }
        }
        try query("CLOSE frontline_rows")
    }
}
