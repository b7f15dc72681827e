import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// Changes an agent's state as `actor` asks (the agent themself when nil), logs the change,
    /// and starts or ends the shift on log in and log out. Refusals say what to do instead.
    @discardableResult
    public func changeState(of name: String, _ change: AgentStateChange, by actor: String? = nil, handoverNote: String? = nil,
                            rules: AgentStateRules = .standard, policy: SLAPolicy = .standard, at: Date) throws -> Agent {
        try write(for: name) { db, changes in
            try Self.changeState(db, changes, of: name, change, by: actor ?? person(actingFor: name), handoverNote: handoverNote, rules: rules,
                                 policy: policy, at: at)
        }
    }

    /// The same change inside the caller's transaction (taking, ending a contact, routing).
    /// `loggedAs` names who the log says made it when that is not a person (routing).
    @discardableResult
    static func changeState(_ db: Database, _ changes: ChangeRecorder, of name: String, _ change: AgentStateChange, by actorName: String, handoverNote: String? = nil,
                            rules: AgentStateRules, policy: SLAPolicy = .standard, loggedAs: String? = nil, at: Date) throws -> Agent {
        guard let agent = try Agent.fetchOne(db, key: name) else { throw StoreError.noSuchAgent(name) }
        let actor = actorName == name ? agent : try Agent.fetchOne(db, key: actorName)
        guard let actor else { throw StoreError.noSuchAgent(actorName) }
        try settleWrapUp(db, changes, of: agent, at: at)
        let settled = try Agent.fetchOne(db, key: name) ?? agent
        let next: Agent?
        do {
            next = try settled.applying(change, by: actor, rules: rules, at: at)
        } catch let refusal as AgentStateRefusal {
            throw StoreError.agentState(refusal)
        }
        guard let next else { return settled }
        try next.update(db)
        changes.record(.agent(name))
        var entry = AgentStateLogEntry(agent: name, presence: next.presence, reason: next.awayReason, at: at, byAgent: loggedAs ?? actorName)
        try entry.insert(db)
        try appendAgentStateEvent(db, entry)
        switch change {
        case .logIn:
            var shift = Shift(agent: name, startedAt: at)
            try shift.insert(db)
        case .logOut:
            let items = try openItems(db, agent: name, policy: policy)
            try db.execute(sql: "UPDATE shifts SET ended_at = ?, handover_note = ?, open_items = ? WHERE agent = ? AND ended_at IS NULL",
                           arguments: [at.timeIntervalSince1970, handoverNote, try StoredTime.json(items), name])
        default:
            break
        }
        return next
    }

    /// Every line of the state log is an `agent-state` event for connectors (a phone system's ACD follows it).
    static func appendAgentStateEvent(_ db: Database, _ entry: AgentStateLogEntry) throws {
        try appendOutbound(db, kind: .agentState, contactId: nil, at: entry.at, payload: [
            "agent": entry.agent, "presence": entry.presence.rawValue, "reason": entry.reason?.rawValue, "by": entry.byAgent,
        ])
    }

    /// Who the state log names for a change the agent's own console asks for: the store's actor
    /// when a supervisor works the console for them, else the agent.
    func person(actingFor name: String) -> String { actor ?? name }

    /// Ends every wrap-up whose time is up, logging each at the moment it ended.
    public func settleWrapUps(at now: Date) throws {
        try write { db, changes in
            for agent in try Agent.filter(sql: "presence = 'wrap-up' AND wrap_up_until <= ?", arguments: [now.timeIntervalSince1970]).fetchAll(db) {
                try Self.settleWrapUp(db, changes, of: agent, at: now)
            }
        }
    }

    /// A wrap-up that ran out is stored as what it became (`Agent.settlingWrapUp`), so the log and
    /// routing agree with the screen.
    static func settleWrapUp(_ db: Database, _ changes: ChangeRecorder, of agent: Agent, at now: Date) throws {
        guard let ended = agent.settlingWrapUp(at: now) else { return }
        try ended.update(db)
        changes.record(.agent(agent.name))
        var entry = AgentStateLogEntry(agent: agent.name, presence: .available, at: ended.stateSince ?? now, byAgent: agent.name)
        try entry.insert(db)
        try appendAgentStateEvent(db, entry)
    }

    /// Every agent with the contacts they hold, by name.
    public func roster() throws -> [RosterRow] {
        try read { db in
            var held: [String: [Channel: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT agent, channel, COUNT(*) AS n FROM contacts WHERE state = 'active' AND agent IS NOT NULL GROUP BY agent, channel") {
                guard let channel = Channel(rawValue: row["channel"]) else { continue }
                held[row["agent"], default: [:]][channel] = row["n"]
            }
            return try Agent.fetchAll(db, sql: "SELECT * FROM agents ORDER BY name").map { RosterRow(agent: $0, held: held[$0.name] ?? [:]) }
        }
    }

    /// The state log from `start` to `end`, oldest first; one agent's, or everyone's.
    public func stateLog(agent: String? = nil, from start: Date, to end: Date) throws -> [AgentStateLogEntry] {
        try read { db in
            var request = AgentStateLogEntry.filter(sql: "at >= ? AND at < ?", arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970])
            if let agent { request = request.filter(sql: "agent = ?", arguments: [agent]) }
            return try request.order(sql: "at, id").fetchAll(db)
        }
    }

    /// The agent's shift in progress, if logged in.
    public func currentShift(agent: String) throws -> Shift? {
        try read { db in
            try Shift.filter(sql: "agent = ? AND ended_at IS NULL", arguments: [agent]).order(sql: "started_at DESC").fetchOne(db)
        }
    }

    /// The most recent handover: the note of the shift that ended last with a note, whoever worked it.
    /// A shift that ended with no note (a closed terminal, a killed console) is passed by, even with
    /// items open: it must not hide the last note someone wrote; its holder still sees those items.
    public func latestHandover() throws -> Shift? {
        try read { db in
            try Shift.filter(sql: "ended_at IS NOT NULL AND handover_note IS NOT NULL")
                .order(sql: "ended_at DESC, id DESC").fetchOne(db)
        }
    }

    /// What the agent still has open: contacts held, matters owned (call-backs to come, reopened or
    /// held by someone else), complaints owned.
    public func openItems(agent: String, policy: SLAPolicy = .standard) throws -> [OpenItem] {
        try read { db in try Self.openItems(db, agent: agent, policy: policy) }
    }

    static func openItems(_ db: Database, agent: String, policy: SLAPolicy) throws -> [OpenItem] {
        let held = try Row.fetchAll(db, sql: """
            SELECT contacts.id, contacts.channel, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
            WHERE contacts.state = 'active' AND contacts.agent = ? ORDER BY contacts.taken_at
            """, arguments: [agent]).map { OpenItem(kind: .contact, id: $0["id"], customerName: $0["name"], detail: $0["channel"]) }
        // What the agent owns (first-question ownership) and does not hold: call-backs to come
        // (promised, follow-up, first contact), reopened contacts waiting, matters someone else holds.
        let owned = try Row.fetchAll(db, sql: """
            SELECT contacts.id, contacts.channel, contacts.state, contacts.queued_at, customers.name FROM contacts
            INDEXED BY contacts_open_by_owner JOIN customers ON customers.id = contacts.customer_id
            WHERE contacts.owner = ?1 AND contacts.state IN ('waiting', 'active') AND contacts.agent IS NOT ?1
            ORDER BY contacts.queued_at, contacts.id
            """, arguments: [agent]).map { row -> OpenItem in
            let channel: String = row["channel"]
            let isCallback = channel == Channel.callback.rawValue && (row["state"] as String) == ContactState.waiting.rawValue
            return OpenItem(kind: isCallback ? .callback : .owned, id: row["id"], customerName: row["name"], detail: channel,
                            due: isCallback ? Date(timeIntervalSince1970: row["queued_at"]) : nil)
        }
        let complaints = try Row.fetchAll(db, sql: """
            SELECT complaints.*, customers.name AS customer_name FROM complaints JOIN customers ON customers.id = complaints.customer_id
            WHERE complaints.state NOT IN ('archived', 'rejected') AND COALESCE(complaints.owner, complaints.agent) = ?
            ORDER BY complaints.received_at
            """, arguments: [agent]).map { row in
            let complaint = try Complaint(row: row)
            return OpenItem(kind: .complaint, id: complaint.id ?? 0, customerName: row["customer_name"], detail: complaint.state.rawValue,
                            due: complaint.nextDeadline(policy: policy))
        }
        return held + owned + complaints
    }
}
