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
            try Self.checkMayTake(db, contactId: contactId, agent: agent, policy: policy, at: at)
            return try Self.takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: at)
        }
    }

    /// Takes the most urgent waiting contact, in `QueueEntry.byUrgency` order; nil when none waits.
    /// Contacts another take has row-locked are passed by, never waited for.
    public func takeNext(agent: String, policy: SLAPolicy, at: Date) throws -> Contact? {
        try writeTaking(for: agent) { db, changes in
            // Takes run side by side (`writeTaking`): the candidates are row-locked, skipping those another
            // take holds, so none of these is taken by anyone else first; the conditional UPDATE still checks.
            // First the first few of each group (fewer rows locked, fewer locked rows for the others to pass
            // by); only when none of those may be taken, as many as SQLite reads.
            for perGroup in [Self.fewCandidatesPerGroup, Self.candidatesPerGroup] {
                let candidates = try Self.waitingByUrgency(db, policy: policy, at: at, perGroup: perGroup, limit: Self.candidatesPerGroup)
                for id in candidates {
                    // One kept for its owner, sent to a group or escalated is left to them: the next one is this agent's.
                    do { try Self.checkMayTake(db, contactId: id, agent: agent, policy: policy, at: at) } catch StoreError.keptForOwner, StoreError.sentElsewhere { continue }
                    if let contact = try Self.takeWaiting(db, changes, id: id, agent: agent, policy: policy, at: at) {
                        return contact
                    }
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
        var contact = try existingContact(db, id: id)
        // The first to take the matter owns it (首问责任制); a later taker leaves the owner as it is.
        let taken = try db.query("""
            UPDATE contacts SET state = 'active', agent = $1, taken_at = $2, owner = COALESCE(owner, $1),
                sent_to_group = NULL, sent_to_group_at = NULL, escalated_at = NULL
            WHERE id = $3 AND state = 'waiting'
            """, [agent, at, id]).changed
        guard taken == 1 else { return nil }
        changes.record(.queue, .contact(id), .agent(agent))
        if let timer = policy.runningTimer(for: contact), timer.kind == .pickup || timer.kind == .callback,
           timer.status(at: at).state == .breached {
            try recordBreach(db, changes, contactId: id, timer: timer, at: at, agent: agent)
        }
        try appendEvent(db, contactId: id, kind: .taken, agent: agent, at: at)
        try settleOffers(db, changes, contactId: id, takenBy: agent, withdrawingTheirRing: !keepsRinging, at: at)
        contact.state = .active
        contact.agent = agent
        contact.takenAt = at
        contact.owner = contact.owner ?? agent
        (contact.sentToGroup, contact.sentToGroupAt, contact.escalatedAt) = (nil, nil, nil)
        return contact
    }

    /// Throws when `agent` may not take the waiting contact now (see `AppDatabase.checkMayTake`).
    static func checkMayTake(_ db: PostgresSession, contactId: Int64, agent: String, policy: SLAPolicy, at now: Date) throws {
        guard let contact = try findContact(db, id: contactId), contact.state == .waiting else { return }
        let taker = try fetchAgent(db, named: agent) ?? Agent(name: agent, createdAt: now)
        if let audience = policy.audience(of: contact), !audience.admits(taker, at: now) {
            throw StoreError.sentElsewhere(contactId: contactId, audience: audience)
        }
        if case .supervisors? = policy.audience(of: contact) { return }
        if let hold = try ownerHold(db, contactId: contactId, policy: policy), hold.keeps(from: agent, at: now) {
            throw StoreError.keptForOwner(contactId: contactId, owner: hold.keeper, until: hold.until)
        }
    }

    /// The first-question hold on a waiting contact (`SLAPolicy.ownerHold`): whom it is kept for, until when.
    static func ownerHold(_ db: PostgresSession, contactId: Int64, policy: SLAPolicy) throws -> OwnerHold? {
        guard let contact = try findContact(db, id: contactId), contact.state == .waiting else { return nil }
        let assigned = contact.owner == nil
            ? try db.query("SELECT assigned_agent FROM customers WHERE id = $1", [contact.customerId]).rows.first?.get("assigned_agent", as: String?.self)
            : nil
        return policy.ownerHold(on: contact, assignedAgent: assigned)
    }

    /// Waiting contact ids, most urgent first: `QueueEntry.byUrgency` under the policy at `now`.
    /// Ordered in Swift, not SQL, because working-time and priority rules have no SQL form; only a
    /// few candidates are read (see `AppDatabase.waitingByUrgency`).
    static func waitingByUrgency(_ db: PostgresSession, policy: SLAPolicy, at now: Date, perGroup: Int, limit: Int) throws -> [Int64] {
        // Prepared once per connection: planning its 81 parts costs far more than running them.
        let waiting = try db.execute(prepared: "frontline_take_candidates_\(perGroup)", takeCandidates(perGroup: perGroup))
            .rows.map(Contact.init(row:))
        var seen = Set<Int64>()
        return waiting.filter { seen.insert($0.id ?? 0).inserted && $0.isDue(at: now) }
            .map { QueueEntry(contact: $0, customerName: "", customerLanguage: .en, status: policy.status(of: $0, at: now)) }
            .sorted(by: QueueEntry.byUrgency)
            .prefix(limit)
            .compactMap(\.contact.id)
    }

    /// How many of each timer group's first rows `takeNext` reads (and locks) at most, as SQLite does,
    /// and at first.
    static let candidatesPerGroup = 8
    static let fewCandidatesPerGroup = 2

    /// The candidates for `waitingByUrgency`: each group's first `perGroup` rows. Each group's rows
    /// are locked, skipping any another transaction holds (FOR UPDATE SKIP LOCKED): takes run side
    /// by side (`writeTaking`), and each passes by the few another is choosing from rather than wait.
    /// A row taken since the statement began is checked again when locked, and left out.
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
                        AND \(runs) ORDER BY purpose, \(start), id LIMIT \(perGroup) FOR UPDATE SKIP LOCKED) AS group\(parts.count)
                        """)
                }
            }
        }
        parts.append("SELECT * FROM (SELECT * FROM contacts WHERE \(irregularWaiting) FOR UPDATE SKIP LOCKED) AS irregular")
        return parts.joined(separator: "\nUNION ALL\n")
    }

    /// Waiting contacts whose deadline does not follow from when their timer started, or that run none.
    static let irregularWaiting = """
        state = 'waiting' AND (paused_seconds > 0 OR paused_since IS NOT NULL
            OR (channel = 'chat' AND awaiting_reply_since IS NULL) OR (channel = 'email' AND first_reply_at IS NOT NULL))
        """
}
