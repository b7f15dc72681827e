import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Offers ringing agents, and the routing pass that makes them (AppDatabase+Routing.swift on SQLite).
extension PostgresStore {
    /// One routing pass: logs out agents whose console died, ends run-out wrap-ups, lets unanswered
    /// offers go (the agent is set away), closes offers whose contact or agent is gone, then offers
    /// calls and assigns chats as `Routing.plan` says. It looks first on a read snapshot: most passes
    /// find nothing to do. The write repeats the look under the writer lock (a transaction-scoped
    /// advisory lock), so two programs routing at once never offer one contact twice.
    public func route(rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws -> RoutingOutcome {
        let look = try read { db in try Self.routingPass(db, PostgresChangeRecorder(), rules: rules, policy: policy, at: now, apply: false) }
        guard look.hasWork else { return look }
        return try write { db, changes in try Self.routingPass(db, changes, rules: rules, policy: policy, at: now, apply: true) }
    }

    /// The agent accepts the call ringing them: it becomes theirs. Nil when the offer is no longer
    /// open or its time ran out (it has gone to the next agent).
    public func acceptOffer(contactId: Int64, agent: String, policy: SLAPolicy, at now: Date) throws -> Contact? {
        try write(for: agent) { db, changes in
            let open = try !db.query("SELECT 1 FROM offers WHERE contact_id = $1 AND agent = $2 AND outcome IS NULL AND expires_at > $3",
                                     [contactId, agent, now]).rows.isEmpty
            guard open else { return nil }
            return try Self.takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: now)
        }
    }

    /// The agent turns the call down: it rings the next agent; this one stays available.
    public func declineOffer(contactId: Int64, agent: String, at now: Date) throws {
        try write(for: agent) { db, changes in
            let declined = try db.query("UPDATE offers SET outcome = 'declined', settled_at = $1 WHERE contact_id = $2 AND agent = $3 AND outcome IS NULL",
                                        [now, contactId, agent]).changed
            if declined == 1 {
                try Self.appendEvent(db, contactId: contactId, kind: .declined, agent: agent, at: now)
                changes.record(.queue, .contact(contactId), .agent(agent))
            }
        }
    }

    /// The contact ringing `agent` right now, if any.
    public func openOffer(agent: String) throws -> OfferRow? {
        try read { db in
            try db.query("""
                SELECT offers.*, contacts.channel, contacts.address, customers.name FROM offers
                JOIN contacts ON contacts.id = offers.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE offers.agent = $1 AND offers.outcome IS NULL ORDER BY offers.offered_at LIMIT 1
                """, [agent]).rows.first.map { row in
                OfferRow(contactId: try row.get("contact_id"), channel: Channel(rawValue: try row.get("channel")) ?? .phone,
                         customerName: try row.get("name"), address: try row.get("address"), offeredAt: try row.date("offered_at"),
                         expiresAt: try row.date("expires_at"))
            }
        }
    }

    /// Closes the open offers of a contact just taken: the taker's is accepted, anyone else's withdrawn.
    /// A call ringing the taker for another contact is withdrawn too when they chose other work
    /// (`withdrawingTheirRing`); a chat routing assigned them leaves it ringing.
    static func settleOffers(_ db: PostgresSession, _ changes: PostgresChangeRecorder, contactId: Int64, takenBy agent: String,
                             withdrawingTheirRing: Bool = true, at now: Date) throws {
        let closing = withdrawingTheirRing ? "(contact_id = $1 OR agent = $2)" : "(contact_id = $1 AND $2::text IS NOT NULL)"
        // One statement, one round trip: the taker's own offer of the contact is accepted, every other
        // one closed is withdrawn. Locked in id order first: two takes side by side (`writeTaking`) may
        // close one offer (ringing one taker for the other's contact), and then one waits for the other's
        // commit instead of both waiting for each other.
        let closed = try db.query("""
            WITH closing AS (SELECT id, contact_id, agent FROM offers WHERE \(closing) AND outcome IS NULL ORDER BY id FOR UPDATE),
            accepted AS (UPDATE offers SET outcome = 'accepted', settled_at = $3 FROM closing
                WHERE offers.id = closing.id AND closing.contact_id = $1 AND closing.agent = $2 RETURNING offers.id),
            withdrawn AS (UPDATE offers SET outcome = 'withdrawn', settled_at = $3 FROM closing
                WHERE offers.id = closing.id AND NOT (closing.contact_id = $1 AND closing.agent = $2))
            SELECT agent, EXISTS (SELECT 1 FROM accepted) AS accepted FROM closing
            """, [contactId, agent, now]).rows
        // Whoever this closes an offer for stops ringing.
        changes.record(contentsOf: try closed.map { ChangeTopic.agent(try $0.get("agent")) })
        if try closed.first?.get("accepted", as: Bool.self) == true {
            try appendEvent(db, contactId: contactId, kind: .accepted, agent: agent, at: now)
        }
    }

    // MARK: The pass

    private static func routingPass(_ db: PostgresSession, _ changes: PostgresChangeRecorder, rules: AgentStateRules, policy: SLAPolicy,
                                    at now: Date, apply: Bool) throws -> RoutingOutcome {
        var outcome = RoutingOutcome()
        // A console killed without logging out leaves its agent logged in: log them out first, so nothing rings them.
        let gone = apply ? try logOutGoneConsoles(db, changes, rules: rules, policy: policy, at: now) : try agentsWithGoneConsoles(db, at: now)
        outcome.settled += gone.count
        for agent in try db.query("SELECT * FROM agents WHERE presence = 'wrap-up' AND wrap_up_until <= $1", [now]).rows.map(Agent.init(row:)) {
            outcome.settled += 1
            if apply { try settleWrapUp(db, changes, of: agent, at: now) }
        }
        // What becomes of each open offer is Core's rule (`OpenOffer.fate`); the store reads and writes.
        let offers = try db.query("""
            SELECT offers.id, offers.contact_id, offers.agent, offers.expires_at, contacts.state, agents.presence FROM offers
            JOIN contacts ON contacts.id = offers.contact_id JOIN agents ON agents.name = offers.agent
            WHERE offers.outcome IS NULL ORDER BY offers.id
            """).rows.map { row in
            OpenOffer(id: try row.get("id"), contactId: try row.get("contact_id"), agent: try row.get("agent"), expiresAt: try row.date("expires_at"),
                      contactState: ContactState(rawValue: try row.get("state")) ?? .ended,
                      agentPresence: AgentPresence(rawValue: try row.get("presence")) ?? .offline)
        }
        let orphaned = offers.filter { $0.fate(at: now) == .orphaned }
        outcome.settled += orphaned.count
        if apply, !orphaned.isEmpty {
            for offer in orphaned {
                try db.query("UPDATE offers SET outcome = 'withdrawn', settled_at = $1 WHERE id = $2", [now, offer.id])
            }
            changes.record(contentsOf: orphaned.map { ChangeTopic.agent($0.agent) })
            changes.record(.queue)
        }
        for offer in offers where offer.fate(at: now) == .missed {
            let missed = MissedOffer(contactId: offer.contactId, agent: offer.agent)
            outcome.missed.append(missed)
            if apply { try missOffer(db, changes, id: offer.id, missed, rules: rules, at: now) }
        }
        if rules.routingEnabled {
            let (contacts, agents) = try routingInput(db, policy: policy, at: now)
            outcome.decisions = Routing.plan(contacts: contacts, agents: agents, rules: rules, at: now)
            if apply {
                for decision in outcome.decisions { try carryOut(decision, db, changes, rules: rules, policy: policy, at: now) }
            }
        }
        outcome.nextDeadline = try db.query("""
            SELECT MIN(t) AS t FROM (
                SELECT MIN(expires_at) AS t FROM offers WHERE outcome IS NULL AND expires_at > $1
                UNION ALL SELECT MIN(wrap_up_until) FROM agents WHERE presence = 'wrap-up' AND wrap_up_until > $1
                UNION ALL SELECT MIN(queued_at) FROM contacts WHERE state = 'waiting' AND channel = 'callback' AND queued_at > $1
                UNION ALL SELECT MIN(offers.settled_at + $2) FROM offers JOIN contacts ON contacts.id = offers.contact_id
                    WHERE contacts.state = 'waiting' AND offers.outcome IN ('declined', 'missed') AND offers.settled_at + $2 > $1
                UNION ALL SELECT MIN(contacts.queued_at + $3) FROM contacts JOIN customers ON customers.id = contacts.customer_id
                    WHERE contacts.state = 'waiting' AND $3 > 0 AND (contacts.owner IS NOT NULL OR customers.assigned_agent IS NOT NULL)
                    AND contacts.queued_at + $3 > $1
                UNION ALL SELECT MIN(sent_to_group_at + $4) FROM contacts
                    WHERE state = 'waiting' AND sent_to_group IS NOT NULL AND sent_to_group_at + $4 > $1) AS deadlines
            """, [now, Double(rules.offerSeconds), Double(policy.ownerWait), Double(policy.groupWait)]).rows.first?.date("t")
        return outcome
    }

    /// Not accepted in time: the offer closes as missed and the agent goes away, so nothing else rings them.
    private static func missOffer(_ db: PostgresSession, _ changes: PostgresChangeRecorder, id: Int64, _ missed: MissedOffer, rules: AgentStateRules,
                                  at now: Date) throws {
        try db.query("UPDATE offers SET outcome = 'missed', settled_at = $1 WHERE id = $2", [now, id])
        try appendEvent(db, contactId: missed.contactId, kind: .missed, agent: missed.agent, at: now)
        changes.record(.queue, .contact(missed.contactId), .agent(missed.agent))
        try changeState(db, changes, of: missed.agent, .goAway(.missedOffer), by: missed.agent, rules: rules, loggedAs: AgentStateLogEntry.routing, at: now)
    }

    private static func carryOut(_ decision: RoutingDecision, _ db: PostgresSession, _ changes: PostgresChangeRecorder, rules: AgentStateRules,
                                 policy: SLAPolicy, at now: Date) throws {
        switch decision {
        case let .offer(contactId, agent):
            try db.query("INSERT INTO offers (contact_id, agent, offered_at, expires_at) VALUES ($1, $2, $3, $4)",
                         [contactId, agent, now, now + rules.offerSeconds])
            try appendEvent(db, contactId: contactId, kind: .offered, agent: agent, at: now)
            changes.record(.queue, .contact(contactId), .agent(agent))
        case let .assign(contactId, agent):
            try appendEvent(db, contactId: contactId, kind: .assigned, agent: agent, at: now)
            _ = try takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: now, keepsRinging: true)
        }
    }

    /// Waiting calls (most urgent first), due call-backs and chats, and every logged-in agent with what they hold.
    private static func routingInput(_ db: PostgresSession, policy: SLAPolicy, at now: Date) throws -> ([RoutableContact], [RoutableAgent]) {
        // Nobody free, nothing to plan: the waiting contacts are read only when someone could get one.
        let candidates = try db.query("SELECT * FROM agents WHERE presence IN ('available', 'wrap-up') ORDER BY name COLLATE \"C\"").rows.map(Agent.init(row:))
        guard candidates.contains(where: { $0.presence(at: now) == .available }) else { return ([], []) }
        var refused: [Int64: [String: Date]] = [:], offered = Set<Int64>(), ringing = Set<String>()
        // Only the offers of contacts still waiting: the history of answered ones never matters here.
        for row in try db.query("""
            SELECT offers.contact_id, offers.agent, offers.outcome, offers.settled_at FROM offers JOIN contacts ON contacts.id = offers.contact_id
            WHERE contacts.state = 'waiting' AND (offers.outcome IS NULL OR offers.outcome IN ('declined', 'missed'))
            """).rows {
            let contactId: Int64 = try row.get("contact_id"), agent: String = try row.get("agent")
            if try row.get("outcome", as: String?.self) == nil {
                offered.insert(contactId)
                ringing.insert(agent)
            } else {
                let at: Date = try row.date("settled_at") ?? Date(timeIntervalSince1970: 0)
                refused[contactId, default: [:]][agent] = max(at, refused[contactId]?[agent] ?? .distantPast)
            }
        }
        var held: [String: (voice: Int, written: Int)] = [:]
        for row in try db.query("SELECT agent, channel, COUNT(*) AS n FROM contacts WHERE state = 'active' AND agent IS NOT NULL GROUP BY agent, channel").rows {
            let count = Int(try row.get("n", as: Int64.self)), agent: String = try row.get("agent")
            if Channel(rawValue: try row.get("channel"))?.isVoice ?? false { held[agent, default: (0, 0)].voice += count } else { held[agent, default: (0, 0)].written += count }
        }
        let agents = candidates.map { agent in
            RoutableAgent(agent: agent, heldVoice: held[agent.name]?.voice ?? 0, heldWritten: held[agent.name]?.written ?? 0,
                          hasOpenOffer: ringing.contains(agent.name))
        }
        let callsWanted = agents.contains { Routing.canTakeCall($0, at: now) }
        let chatsWanted = agents.contains { Routing.hasChatRoom($0, at: now) }
        guard callsWanted || chatsWanted else { return ([], agents) }
        let channels = callsWanted && chatsWanted ? "'phone', 'callback', 'chat'" : callsWanted ? "'phone', 'callback'" : "'chat'"
        let entries = try db.query("""
            SELECT contacts.*, customers.language AS customer_language, customers.assigned_agent AS assigned_agent
            FROM contacts JOIN customers ON customers.id = contacts.customer_id
            WHERE contacts.state = 'waiting' AND contacts.channel IN (\(channels)) AND contacts.queued_at <= $1
            """, [now]).rows.map { row in
            let contact = try Contact(row: row)
            return QueueEntry(contact: contact, customerName: "", customerLanguage: Language(rawValue: try row.get("customer_language")) ?? .en,
                              status: policy.status(of: contact, at: now), assignedAgent: try row.get("assigned_agent"))
        }.sorted(by: QueueEntry.byUrgency)
        guard !entries.isEmpty else { return ([], []) }
        let contacts = entries.compactMap { entry in
            entry.contact.id.map { RoutableContact(id: $0, channel: entry.contact.channel, queuedAt: entry.contact.queuedAt, language: entry.customerLanguage,
                                                   refusedBy: refused[$0] ?? [:], isOffered: offered.contains($0),
                                                   hold: policy.ownerHold(on: entry.contact, assignedAgent: entry.assignedAgent),
                                                   audience: policy.audience(of: entry.contact),
                                                   passedOnBy: entry.contact.handoverFrom) }
        }
        return (contacts, agents)
    }
}
