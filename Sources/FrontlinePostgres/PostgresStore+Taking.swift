import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Taking a waiting contact and finishing it (AppDatabase+Taking.swift on SQLite).
extension PostgresStore {
    /// Takes a waiting contact for `agent`. Returns nil when it is no longer waiting
    /// (another console took it first). Refused (`StoreError.keptForOwner`) while the contact is
    /// kept for its owner or the customer's assigned agent and `agent` is someone else, and
    /// (`StoreError.sentElsewhere`) while it waits for a group `agent` is not in, or for a supervisor.
    /// A take of another agent's holding the contact's row lock is waited for: its outcome decides.
    public func take(contactId: Int64, agent: String, policy: SLAPolicy, at: Date) throws -> Contact? {
        try writeTaking(for: agent) { db, changes in
            guard let contact = try Self.findContact(db, id: contactId) else { throw StoreError.noSuchContact(contactId) }
            if contact.state == .waiting {
                let assigned = contact.owner == nil ? try Self.assignedAgent(db, of: contact.customerId) : nil
                if let refusal = Self.takeRefusal(of: contact, assignedAgent: assigned, to: try Self.taker(db, agent, at: at), policy: policy, at: at) {
                    throw refusal
                }
            }
            return try Self.takeWaiting(db, changes, contact, agent: agent, policy: policy, at: at)
        }
    }

    /// Takes the most urgent waiting contact, in `QueueEntry.byUrgency` order; nil when none waits.
    /// Contacts another take has row-locked are passed by, never waited for.
    public func takeNext(agent: String, policy: SLAPolicy, at: Date) throws -> Contact? {
        try writeTaking(for: agent) { db, changes in
            // Takes run side by side (`writeTaking`). The candidates are read without locks, most urgent
            // first; only the first of them no other take holds is locked (`lockFirstWaiting`), so a take
            // locks one row, not every candidate. First the first few of each group; only when none of
            // those may be taken, as many as SQLite reads.
            var taker: Agent?
            for perGroup in [Self.fewCandidatesPerGroup, Self.candidatesPerGroup] {
                let candidates = try Self.waitingByUrgency(db, policy: policy, at: at, perGroup: perGroup)
                // One kept for its owner, sent to a group or escalated is left to them: the next one is this agent's.
                let open = try candidates.filter { candidate in
                    if policy.audience(of: candidate.contact) != nil, taker == nil { taker = try Self.taker(db, agent, at: at) }
                    let asker = taker ?? Agent(name: agent, createdAt: at)
                    return Self.takeRefusal(of: candidate.contact, assignedAgent: candidate.assignedAgent, to: asker, policy: policy, at: at) == nil
                }
                if let contact = try Self.lockFirstWaiting(db, of: open.compactMap(\.contact.id)) {
                    return try Self.takeWaiting(db, changes, contact, agent: agent, policy: policy, at: at)
                }
                // None read: every group's waiting contacts are taken or held by other takes, however many are read.
                if candidates.isEmpty { break }
            }
            return nil
        }
    }

    /// The agent finishes the contact they hold, saying what it was about when `entry` is given.
    public func wrapUp(contactId: Int64, agent: String, rules: AgentStateRules = .standard, entry: WrapUpEntry?,
                       codes: WrapUpPolicy, at: Date) throws -> Contact {
        let kept = try codes.checked(entry)
        return try write(for: agent) { db, changes in
            try Self.endHeldContact(db, changes, contactId: contactId, agent: agent, rules: rules, entry: kept, at: at)
        }
    }

    /// Ends the contact `agent` holds, keeping `entry` (already checked), and starts their wrap-up time.
    static func endHeldContact(_ db: PostgresSession, _ changes: PostgresChangeRecorder, contactId: Int64, agent: String, rules: AgentStateRules,
                               entry kept: WrapUpEntry?, at: Date) throws -> Contact {
        var contact = try fetchHeldContact(db, id: contactId, agent: agent)
        try db.query("UPDATE contacts SET state = 'ended', ended_at = $1 WHERE id = $2", [at, contactId])
        if let kept { try recordWrapUp(db, contactId: contactId, agent: agent, entry: kept, at: at) }
        try appendEvent(db, contactId: contactId, kind: .completed, agent: agent, at: at)
        changes.record(.queue, .contact(contactId), .agent(agent))
        // The agent's wrap-up time for notes starts now; no contact is offered to them until it ends.
        if try fetchAgent(db, named: agent) != nil {
            try changeState(db, changes, of: agent, .beginWrapUp, by: agent, rules: rules, at: at)
            // Without a wrap-up (or while holding more), the agent is idle from the end of their last contact.
            if let idle = try fetchAgent(db, named: agent)?.idleAfterContact(at: at) { try updateAgent(db, idle) }
        }
        contact.state = .ended
        contact.endedAt = at
        return contact
    }

    /// The conditional take: only a row still `waiting` changes, and only then is it ours.
    /// A call or call-back picked up after its deadline records the miss in the same transaction.
    /// `keepsRinging`: a chat routing gives the agent leaves a call ringing them ringing (`RoutingDecision.assign`).
    static func takeWaiting(_ db: PostgresSession, _ changes: PostgresChangeRecorder, id: Int64, agent: String, policy: SLAPolicy, at: Date,
                            keepsRinging: Bool = false) throws -> Contact? {
        try takeWaiting(db, changes, try existingContact(db, id: id), agent: agent, policy: policy, at: at, keepsRinging: keepsRinging)
    }

    /// The same for `contact` as read in this transaction (after the writer lock, so only another take can
    /// have changed it since, and the conditional UPDATE sees that).
    static func takeWaiting(_ db: PostgresSession, _ changes: PostgresChangeRecorder, _ contact: Contact, agent: String, policy: SLAPolicy,
                            at: Date, keepsRinging: Bool = false) throws -> Contact? {
        guard let id = contact.id else { return nil }
        var contact = contact
        // The first to take the matter owns it (首问责任制); a later taker leaves the owner as it is.
        // It returns what the taken event's outbox entry holds, so that entry reads nothing more.
        guard let taken = try db.query("""
            UPDATE contacts SET state = 'active', agent = $1, taken_at = $2, owner = COALESCE(owner, $1),
                sent_to_group = NULL, sent_to_group_at = NULL, escalated_at = NULL
            WHERE id = $3 AND state = 'waiting' RETURNING \(contactColumns)
            """, [agent, at, id]).rows.first else { return nil }
        changes.record(.queue, .contact(id), .agent(agent))
        if let timer = policy.runningTimer(for: contact), timer.kind == .pickup || timer.kind == .callback,
           timer.status(at: at).state == .breached {
            try recordBreach(db, changes, contactId: id, timer: timer, at: at, agent: agent)
        }
        try appendEvent(db, contactId: id, kind: .taken, agent: agent, at: at, contactRow: taken)
        try settleOffers(db, changes, contactId: id, takenBy: agent, withdrawingTheirRing: !keepsRinging, at: at)
        contact.state = .active
        contact.agent = agent
        contact.takenAt = at
        contact.owner = contact.owner ?? agent
        (contact.sentToGroup, contact.sentToGroupAt, contact.escalatedAt) = (nil, nil, nil)
        return contact
    }

    /// Why `taker` may not take the waiting `contact` now, or nil (see `AppDatabase.checkMayTake`).
    /// `assignedAgent`: the customer's assigned agent, read when the contact has no owner yet.
    static func takeRefusal(of contact: Contact, assignedAgent: String?, to taker: Agent, policy: SLAPolicy, at now: Date) -> StoreError? {
        let contactId = contact.id ?? 0
        if let audience = policy.audience(of: contact), !audience.admits(taker, at: now) {
            return .sentElsewhere(contactId: contactId, audience: audience)
        }
        if case .supervisors? = policy.audience(of: contact) { return nil }
        if let hold = policy.ownerHold(on: contact, assignedAgent: contact.owner == nil ? assignedAgent : nil), hold.keeps(from: taker.name, at: now) {
            return .keptForOwner(contactId: contactId, owner: hold.keeper, until: hold.until)
        }
        return nil
    }

    /// The agent taking, as stored (an agent not on the roster takes as a plain agent).
    private static func taker(_ db: PostgresSession, _ agent: String, at now: Date) throws -> Agent {
        try fetchAgent(db, named: agent) ?? Agent(name: agent, createdAt: now)
    }

    private static func assignedAgent(_ db: PostgresSession, of customerId: Int64) throws -> String? {
        try db.query("SELECT assigned_agent FROM customers WHERE id = $1", [customerId]).rows.first?.get("assigned_agent", as: String?.self)
    }

    /// Locks and returns the first of `ids` (most urgent first) still waiting that no other take holds;
    /// nil when there is none. A row taken since the candidates were read is checked again when locked,
    /// and passed by.
    static func lockFirstWaiting(_ db: PostgresSession, of ids: [Int64]) throws -> Contact? {
        guard !ids.isEmpty else { return nil }
        return try db.query("""
            SELECT * FROM contacts WHERE id = ANY($1::bigint[]) AND state = 'waiting'
            ORDER BY array_position($1::bigint[], id) LIMIT 1 FOR UPDATE SKIP LOCKED
            """, ["{" + ids.map(String.init).joined(separator: ",") + "}"]).rows.first.map(Contact.init(row:))
    }

    /// A waiting contact `takeNext` may choose, with its customer's assigned agent (for the owner hold).
    struct TakeCandidate {
        var contact: Contact
        var assignedAgent: String?
    }

    /// Waiting contacts, most urgent first: `QueueEntry.byUrgency` under the policy at `now`.
    /// Ordered in Swift, not SQL, because working-time and priority rules have no SQL form; only a
    /// few candidates are read (see `AppDatabase.waitingByUrgency`).
    static func waitingByUrgency(_ db: PostgresSession, policy: SLAPolicy, at now: Date, perGroup: Int) throws -> [TakeCandidate] {
        // Prepared once per connection: planning its 81 parts costs far more than running them.
        let waiting = try db.execute(prepared: "frontline_take_candidates_\(perGroup)", takeCandidates(perGroup: perGroup)).rows.map { row in
            let columns = row.makeRandomAccess()
            return TakeCandidate(contact: try Contact(columns: columns), assignedAgent: try columns.get("customer_assigned_agent", as: String?.self))
        }
        var seen = Set<Int64>()
        return waiting.filter { seen.insert($0.contact.id ?? 0).inserted && $0.contact.isDue(at: now) }
            .map { (candidate: $0, entry: QueueEntry(contact: $0.contact, customerName: "", customerLanguage: .en, status: policy.status(of: $0.contact, at: now))) }
            .sorted { QueueEntry.byUrgency($0.entry, $1.entry) }
            .map(\.candidate)
    }

    /// How many of each timer group's first rows `takeNext` reads at most, as SQLite does, and at first.
    static let candidatesPerGroup = 8
    static let fewCandidatesPerGroup = 2

    /// The candidates for `waitingByUrgency`: each group's first `perGroup` rows, unlocked, each with its
    /// customer's assigned agent.
    static func takeCandidates(perGroup: Int) -> String {
        var parts: [String] = []
        for channel in Channel.allCases {
            // Where the channel's timer starts, and the condition for it to run at all (`SLAPolicy.runningTimer`).
            let (start, runs) = switch channel {
            case .chat: ("awaiting_reply_since", "awaiting_reply_since IS NOT NULL")
            case .email: ("queued_at", "first_reply_at IS NULL")
            case .phone: ("queued_at", "TRUE")
            // Call-backs not yet due come after the due ones (by queued_at) and are left out by `isDue`:
            // no parameter, so the statement is planned once (SQLite's form asks for `queued_at <= now`).
            case .callback: ("queued_at", "TRUE")
            }
            for priority in Priority.allCases {
                for purpose in [nil] + ContactPurpose.allCases.map(Optional.some) {
                    // `purpose` leads the order (it is one value in a group) so the planner sees the partial index
                    // `contacts_waiting_by_*` (channel, priority, purpose, start) as already in order: `purpose IS NULL`
                    // is not an equality to it, and without this it scanned `contacts_on_queued_at` or sorted the group.
                    parts.append("""
                        SELECT * FROM (SELECT * FROM contacts WHERE state = 'waiting' AND channel = '\(channel.rawValue)'
                        AND priority = '\(priority.rawValue)' AND purpose \(purpose.map { "= '\($0.rawValue)'" } ?? "IS NULL")
                        AND \(runs) ORDER BY purpose, \(start), id LIMIT \(perGroup)) AS group\(parts.count)
                        """)
                }
            }
        }
        parts.append("SELECT * FROM contacts WHERE \(irregularWaiting)")
        return """
            SELECT waiting.*, customers.assigned_agent AS customer_assigned_agent
            FROM (\(parts.joined(separator: "\nUNION ALL\n"))) AS waiting LEFT JOIN customers ON customers.id = waiting.customer_id
            """
    }

    /// Waiting contacts whose deadline does not follow from when their timer started, or that run none.
    static let irregularWaiting = """
        state = 'waiting' AND (paused_seconds > 0 OR paused_since IS NOT NULL
            OR (channel = 'chat' AND awaiting_reply_since IS NULL) OR (channel = 'email' AND first_reply_at IS NOT NULL))
        """
}
