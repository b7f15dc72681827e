import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// The rows `frontline report` counts for [from, to), streamed to `each` in one read
    /// transaction: agents first, then contacts, replies, breaches, wrap-ups, events, complaints and
    /// the agent state log. Every part is found through an index on its time column (contacts by
    /// `queued_at`, messages by contact), and read through cursors, so a month of a million
    /// contacts never sits in memory; no customer text is read.
    public func reportRows(from: Date, to: Date, _ each: (ReportRow) throws -> Void) throws {
        let window: StatementArguments = [from.timeIntervalSince1970, to.timeIntervalSince1970]
        try read { db in
            for agent in try Agent.fetchAll(db, sql: "SELECT * FROM agents WHERE removed_at IS NULL ORDER BY name") {
                try each(.agent(name: agent.name, displayName: agent.displayName, groups: agent.groups))
            }
            // A repeat: a customer-initiated contact whose customer had another one in the 7 days
            // before (contacts_on_customer answers it per row).
            let contacts = try Row.fetchCursor(db, sql: """
                SELECT c.channel, c.state, c.queued_at, c.taken_at, c.first_reply_at, c.ended_at, c.agent, c.owner, c.purpose,
                       c.sent_to_group,
                       c.channel != 'callback' AND EXISTS (SELECT 1 FROM contacts p WHERE p.customer_id = c.customer_id
                           AND p.queued_at >= c.queued_at - ? AND p.queued_at < c.queued_at AND p.channel != 'callback') AS is_repeat
                FROM contacts c WHERE c.queued_at >= ? AND c.queued_at < ?
                """, arguments: [ReportRowRules.repeatWindow] + window)
            while let row = try contacts.next() {
                guard let channel = Channel(rawValue: row[0]), let state = ContactState(rawValue: row[1]) else { continue }
                try each(.contact(ReportContact(
                    channel: channel, state: state, queuedAt: Self.date(row[2])!, takenAt: Self.date(row[3]),
                    firstReplyAt: Self.date(row[4]), endedAt: Self.date(row[5]), agent: row[6], owner: row[7],
                    purpose: (row[8] as String?).flatMap(ContactPurpose.init(rawValue:)), sentToGroup: row[9],
                    isRepeat: row[10] as Bool)))
            }
            try nextReplies(db, window: window, each)
            let breaches = try Row.fetchCursor(db, sql: """
                SELECT b.kind, b.agent, c.channel, c.sent_to_group FROM breaches b JOIN contacts c ON c.id = b.contact_id
                WHERE b.recorded_at >= ? AND b.recorded_at < ?
                """, arguments: window)
            while let row = try breaches.next() {
                guard let channel = Channel(rawValue: row[2]) else { continue }
                try each(.breach(kind: row[0], agent: row[1], channel: channel, group: row[3]))
            }
            try wrapUps(db, window: window, each)
            let kinds = ReportRowRules.countedEventKinds.map { "'\($0.rawValue)'" }
            let events = try Row.fetchCursor(db, sql: """
                SELECT e.kind, e.agent, c.sent_to_group FROM contact_events e JOIN contacts c ON c.id = e.contact_id
                WHERE e.kind IN (\(kinds.joined(separator: ", "))) AND e.at >= ? AND e.at < ?
                """, arguments: window)
            while let row = try events.next() {
                guard let kind = ContactEventKind(rawValue: row[0]) else { continue }
                try each(.event(kind: kind, agent: row[1], group: row[2]))
            }
            let complaints = try Row.fetchCursor(db, sql: """
                SELECT category, severity, state, agent, owner FROM complaints WHERE received_at >= ? AND received_at < ?
                """, arguments: window)
            while let row = try complaints.next() {
                guard let category = ComplaintCategory(rawValue: row[0]), let severity = ComplaintSeverity(rawValue: row[1]),
                      let state = ComplaintState(rawValue: row[2]) else { continue }
                try each(.complaint(category: category, severity: severity, state: state, filedBy: row[3], owner: row[4]))
            }
            // Each agent's state when the period began (their last line before it), then the period's lines.
            let states = try Row.fetchCursor(db, sql: """
                SELECT agent, presence, reason, at FROM agent_state_log WHERE id IN (
                    SELECT (SELECT id FROM agent_state_log l WHERE l.agent = a.name AND l.at < ? ORDER BY l.at DESC, l.id DESC LIMIT 1)
                    FROM agents a)
                UNION ALL
                SELECT agent, presence, reason, at FROM agent_state_log WHERE at >= ? AND at < ?
                """, arguments: [from.timeIntervalSince1970] + window)
            while let row = try states.next() {
                guard let presence = AgentPresence(rawValue: row[1]) else { continue }
                try each(.agentState(agent: row[0], presence: presence, reason: (row[2] as String?).flatMap(AwayReason.init(rawValue:)),
                                     at: Self.date(row[3])!))
            }
        }
    }

    /// Next reply times (`NextReplyReplay`) from the period's written contacts' messages in order.
    private func nextReplies(_ db: Database, window: StatementArguments, _ each: (ReportRow) throws -> Void) throws {
        let channels = ReportRowRules.nextReplyChannels.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let messages = try Row.fetchCursor(db, sql: """
            SELECT m.contact_id, m.direction, m.at, m.agent, c.channel, c.sent_to_group
            FROM contacts c JOIN messages m ON m.contact_id = c.id
            WHERE c.queued_at >= ? AND c.queued_at < ? AND c.channel IN (\(channels))
            ORDER BY m.contact_id, m.at, m.id
            """, arguments: window)
        var replay = NextReplyReplay()
        while let row = try messages.next() {
            if let nextReply = replay.add(contactId: row[0], inbound: row[1] as String == MessageDirection.inbound.rawValue, at: row[2],
                                          agent: row[3], channel: row[4], group: row[5]) {
                try each(nextReply)
            }
        }
    }

    /// The period's wrap-ups, each with its codes in the order the agent gave them (`WrapUpRowGrouping`).
    private func wrapUps(_ db: Database, window: StatementArguments, _ each: (ReportRow) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT w.id, w.agent, w.outcome, c.channel, c.sent_to_group, k.code
            FROM contact_wrap_ups w JOIN contacts c ON c.id = w.contact_id
            LEFT JOIN contact_wrap_up_codes k ON k.wrap_up_id = w.id
            WHERE w.at >= ? AND w.at < ?
            ORDER BY w.id, k.position
            """, arguments: window)
        var grouping = WrapUpRowGrouping()
        while let row = try rows.next() {
            if let wrapUp = grouping.add(wrapUpId: row[0], agent: row[1], outcome: row[2], channel: row[3], group: row[4], code: row[5]) {
                try each(wrapUp)
            }
        }
        if let wrapUp = grouping.finish() { try each(wrapUp) }
    }

    private static func date(_ seconds: Double?) -> Date? {
        seconds.map(Date.init(timeIntervalSince1970:))
    }
}
