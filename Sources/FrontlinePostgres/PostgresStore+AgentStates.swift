import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Agents' states, shifts and the state log (AppDatabase+AgentStates.swift on SQLite).
extension PostgresStore {
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
    static func changeState(_ db: PostgresSession, _ changes: PostgresChangeRecorder, of name: String, _ change: AgentStateChange, by actorName: String,
                            handoverNote: String? = nil, rules: AgentStateRules, policy: SLAPolicy = .standard, loggedAs: String? = nil,
                            at: Date) throws -> Agent {
        guard let agent = try fetchAgent(db, named: name) else { throw StoreError.noSuchAgent(name) }
        let actor = actorName == name ? agent : try fetchAgent(db, named: actorName)
        guard let actor else { throw StoreError.noSuchAgent(actorName) }
        try settleWrapUp(db, changes, of: agent, at: at)
        let settled = try fetchAgent(db, named: name) ?? agent
        let next: Agent?
        do {
            next = try settled.applying(change, by: actor, rules: rules, at: at)
        } catch let refusal as AgentStateRefusal {
            throw StoreError.agentState(refusal)
        }
        guard let next else { return settled }
        try updateAgent(db, next)
        changes.record(.agent(name))
        let entry = AgentStateLogEntry(agent: name, presence: next.presence, reason: next.awayReason, at: at, byAgent: loggedAs ?? actorName)
        try insertStateLogEntry(db, entry)
        try appendAgentStateEvent(db, entry)
        switch change {
        case .logIn:
            try db.query("INSERT INTO shifts (agent, started_at) VALUES ($1, $2)", [name, at])
        case .logOut:
            let items = try openItems(db, agent: name, policy: policy)
            try db.query("UPDATE shifts SET ended_at = $1, handover_note = $2, open_items = $3 WHERE agent = $4 AND ended_at IS NULL",
                         [at, handoverNote, try PostgresJSON.text(items), name])
        default:
            break
        }
        return next
    }

    /// Every line of the state log is an `agent-state` event for connectors (a phone system's ACD follows it).
    static func appendAgentStateEvent(_ db: PostgresSession, _ entry: AgentStateLogEntry) throws {
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
            for agent in try db.query("SELECT * FROM agents WHERE presence = 'wrap-up' AND wrap_up_until <= $1", [now]).rows.map(Agent.init(row:)) {
                try Self.settleWrapUp(db, changes, of: agent, at: now)
            }
        }
    }

    /// A wrap-up that ran out is stored as what it became (`Agent.settlingWrapUp`), so the log and
    /// routing agree with the screen.
    static func settleWrapUp(_ db: PostgresSession, _ changes: PostgresChangeRecorder, of agent: Agent, at now: Date) throws {
        guard let ended = agent.settlingWrapUp(at: now) else { return }
        try updateAgent(db, ended)
        changes.record(.agent(agent.name))
        let entry = AgentStateLogEntry(agent: agent.name, presence: .available, at: ended.stateSince ?? now, byAgent: agent.name)
        try insertStateLogEntry(db, entry)
        try appendAgentStateEvent(db, entry)
    }

    /// Every agent with the contacts they hold, by name.
    public func roster() throws -> [RosterRow] {
        try read { db in
            var held: [String: [Channel: Int]] = [:]
            for row in try db.query("""
                SELECT agent, channel, COUNT(*) AS n FROM contacts WHERE state = 'active' AND agent IS NOT NULL GROUP BY agent, channel
                """).rows {
                guard let channel = Channel(rawValue: try row.get("channel")) else { continue }
                held[try row.get("agent", as: String.self), default: [:]][channel] = Int(try row.get("n", as: Int64.self))
            }
            return try db.query("SELECT * FROM agents ORDER BY name COLLATE \"C\"").rows.map(Agent.init(row:))
                .map { RosterRow(agent: $0, held: held[$0.name] ?? [:]) }
        }
    }

    /// The state log from `start` to `end`, oldest first; one agent's, or everyone's.
    public func stateLog(agent: String? = nil, from start: Date, to end: Date) throws -> [AgentStateLogEntry] {
        try read { db in
            try db.query("""
                SELECT * FROM agent_state_log WHERE at >= $1 AND at < $2 AND ($3::text IS NULL OR agent = $3) ORDER BY at, id
                """, [start, end, agent]).rows.map(AgentStateLogEntry.init(row:))
        }
    }

    /// The agent's shift in progress, if logged in.
    public func currentShift(agent: String) throws -> Shift? {
        try read { db in
            try db.query("SELECT * FROM shifts WHERE agent = $1 AND ended_at IS NULL ORDER BY started_at DESC LIMIT 1", [agent])
                .rows.first.map(Shift.init(row:))
        }
    }

    /// The most recent handover: the note of the shift that ended last with a note, whoever worked it.
    /// A shift that ended with no note (a closed terminal, a killed console) is passed by.
    public func latestHandover() throws -> Shift? {
        try read { db in
            try db.query("SELECT * FROM shifts WHERE ended_at IS NOT NULL AND handover_note IS NOT NULL ORDER BY ended_at DESC, id DESC LIMIT 1")
                .rows.first.map(Shift.init(row:))
        }
    }

    /// What the agent still has open: contacts held, matters owned (call-backs to come, reopened or
    /// held by someone else), complaints owned.
    public func openItems(agent: String, policy: SLAPolicy = .standard) throws -> [OpenItem] {
        try read { db in try Self.openItems(db, agent: agent, policy: policy) }
    }

    static func openItems(_ db: PostgresSession, agent: String, policy: SLAPolicy) throws -> [OpenItem] {
        let held = try db.query("""
            SELECT contacts.id, contacts.channel, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
            WHERE contacts.state = 'active' AND contacts.agent = $1 ORDER BY contacts.taken_at
            """, [agent]).rows.map {
            OpenItem(kind: .contact, id: try $0.get("id"), customerName: try $0.get("name"), detail: try $0.get("channel"))
        }
        // What the agent owns (first-question ownership) and does not hold.
        let owned = try db.query("""
            SELECT contacts.id, contacts.channel, contacts.state, contacts.queued_at, customers.name FROM contacts
            JOIN customers ON customers.id = contacts.customer_id
            WHERE contacts.owner = $1 AND contacts.state IN ('waiting', 'active') AND contacts.agent IS DISTINCT FROM $1
            ORDER BY contacts.queued_at, contacts.id
            """, [agent]).rows.map { row -> OpenItem in
            let channel: String = try row.get("channel")
            let state: String = try row.get("state")
            let isCallback = channel == Channel.callback.rawValue && state == ContactState.waiting.rawValue
            return OpenItem(kind: isCallback ? .callback : .owned, id: try row.get("id"), customerName: try row.get("name"), detail: channel,
                            due: isCallback ? try row.date("queued_at") : nil)
        }
        let complaints = try db.query("""
            SELECT (to_jsonb(complaints) || jsonb_build_object('paraphrase_confirmed', complaints.paraphrase_confirmed <> 0))::text AS complaint,
                customers.name AS customer_name
            FROM complaints JOIN customers ON customers.id = complaints.customer_id
            WHERE complaints.state NOT IN ('archived', 'rejected') AND COALESCE(complaints.owner, complaints.agent) = $1
            ORDER BY complaints.received_at
            """, [agent]).rows.map { row in
            let complaint = try ownedComplaint(try row.get("complaint"))
            return OpenItem(kind: .complaint, id: complaint.id ?? 0, customerName: try row.get("customer_name"), detail: complaint.state.rawValue,
                            due: complaint.nextDeadline(policy: policy))
        }
        return held + owned + complaints
    }

    /// A complaint from its row as JSON: a private reader so this group needs nothing of the
    /// complaints' port (PostgresRows+Complaints.swift, group B) for an agent's open items.
    private static func ownedComplaint(_ json: String) throws -> Complaint {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(Complaint.self, from: Data(json.utf8))
    }
}
