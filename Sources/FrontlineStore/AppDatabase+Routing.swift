import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// One routing pass: logs out agents whose console died, ends run-out wrap-ups, lets unanswered offers go (the agent is set away),
    /// closes offers whose contact or agent is gone, then offers calls and assigns chats as
    /// `Routing.plan` says. It looks first without the write lock: most passes find nothing to do.
    /// The write repeats the look inside an IMMEDIATE transaction, so two processes routing at
    /// once never offer one contact twice (and the unique index on open offers would refuse it).
    public func route(rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws -> RoutingOutcome {
        let look = try read { db in try Self.routingPass(db, ChangeRecorder(), rules: rules, policy: policy, at: now, apply: false) }
        guard look.hasWork else { return look }
        return try write { db, changes in try Self.routingPass(db, changes, rules: rules, policy: policy, at: now, apply: true) }
    }

    /// The agent accepts the call ringing them: it becomes theirs. Nil when the offer is no longer
    /// open or its time ran out (it has gone to the next agent).
    public func acceptOffer(contactId: Int64, agent: String, policy: SLAPolicy, at now: Date) throws -> Contact? {
        try write(for: agent) { db, changes in
            let open = try Bool.fetchOne(db, sql: "SELECT 1 FROM offers WHERE contact_id = ? AND agent = ? AND outcome IS NULL AND expires_at > ?",
                                         arguments: [contactId, agent, now.timeIntervalSince1970]) ?? false
            guard open else { return nil }
            return try Self.takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: now)
        }
    }

    /// The agent turns the call down: it rings the next agent; this one stays available.
    public func declineOffer(contactId: Int64, agent: String, at now: Date) throws {
        try write(for: agent) { db, changes in
            try db.execute(sql: "UPDATE offers SET outcome = 'declined', settled_at = ? WHERE contact_id = ? AND agent = ? AND outcome IS NULL",
                           arguments: [now.timeIntervalSince1970, contactId, agent])
            if db.changesCount == 1 {
                try Self.appendEvent(db, contactId: contactId, kind: .declined, agent: agent, at: now)
                changes.record(.queue, .contact(contactId), .agent(agent))
            }
        }
    }

    /// The contact ringing `agent` right now, if any.
    public func openOffer(agent: String) throws -> OfferRow? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT offers.*, contacts.channel, contacts.address, customers.name FROM offers
                JOIN contacts ON contacts.id = offers.contact_id JOIN customers ON customers.id = contacts.customer_id
                WHERE offers.agent = ? AND offers.outcome IS NULL ORDER BY offers.offered_at LIMIT 1
                """, arguments: [agent]).map { row in
                OfferRow(contactId: row["contact_id"], channel: Channel(rawValue: row["channel"]) ?? .phone, customerName: row["name"],
                         address: row["address"], offeredAt: Date(timeIntervalSince1970: row["offered_at"]),
                         expiresAt: Date(timeIntervalSince1970: row["expires_at"]))
            }
        }
    }

    /// Closes the open offers of a contact just taken: the taker's is accepted, anyone else's withdrawn.
    /// A call ringing the taker for another contact is withdrawn too when they chose other work
    /// (`withdrawingTheirRing`): they are busy now, and must not be set away for missing it. A chat
    /// routing assigned them leaves it ringing: it is answered between the ring and the call.
    static func settleOffers(_ db: Database, _ changes: ChangeRecorder, contactId: Int64, takenBy agent: String,
                             withdrawingTheirRing: Bool = true, at now: Date) throws {
        let closing: (sql: String, arguments: StatementArguments) = withdrawingTheirRing
            ? ("(contact_id = ? OR agent = ?)", [contactId, agent]) : ("contact_id = ?", [contactId])
        // Whoever this closes an offer for stops ringing.
        try changes.record(contentsOf: String.fetchAll(db, sql: "SELECT agent FROM offers WHERE \(closing.sql) AND outcome IS NULL",
                                                       arguments: closing.arguments).map(ChangeTopic.agent))
        try db.execute(sql: "UPDATE offers SET outcome = 'accepted', settled_at = ? WHERE contact_id = ? AND agent = ? AND outcome IS NULL",
                       arguments: [now.timeIntervalSince1970, contactId, agent])
        if db.changesCount == 1 { try appendEvent(db, contactId: contactId, kind: .accepted, agent: agent, at: now) }
        try db.execute(sql: "UPDATE offers SET outcome = 'withdrawn', settled_at = ? WHERE \(closing.sql) AND outcome IS NULL",
                       arguments: [now.timeIntervalSince1970] + closing.arguments)
    }

    // MARK: The pass

    private static func routingPass(_ db: Database, _ changes: ChangeRecorder, rules: AgentStateRules, policy: SLAPolicy, at now: Date, apply: Bool) throws -> RoutingOutcome {
        var outcome = RoutingOutcome()
        let time = now.timeIntervalSince1970
        // A console killed without logging out leaves its agent logged in: log them out first, so nothing rings them.
        let gone = apply ? try logOutGoneConsoles(db, changes, rules: rules, policy: policy, at: now) : try agentsWithGoneConsoles(db)
        outcome.settled += gone.count
        for agent in try Agent.filter(sql: "presence = 'wrap-up' AND wrap_up_until <= ?", arguments: [time]).fetchAll(db) {
            outcome.settled += 1
            if apply { try settleWrapUp(db, changes, of: agent, at: now) }
        }
        // What becomes of each open offer is Core's rule (`OpenOffer.fate`); the store reads and writes.
        let offers = try Row.fetchAll(db, sql: """
            SELECT offers.id, offers.contact_id, offers.agent, offers.expires_at, contacts.state, agents.presence FROM offers
            JOIN contacts ON contacts.id = offers.contact_id JOIN agents ON agents.name = offers.agent
            WHERE offers.outcome IS NULL ORDER BY offers.id
            """).map { row in
            OpenOffer(id: row["id"], contactId: row["contact_id"], agent: row["agent"], expiresAt: Date(timeIntervalSince1970: row["expires_at"]),
                      contactState: ContactState(rawValue: row["state"]) ?? .ended, agentPresence: AgentPresence(rawValue: row["presence"]) ?? .offline)
        }
        let orphaned = offers.filter { $0.fate(at: now) == .orphaned }
        outcome.settled += orphaned.count
        if apply, !orphaned.isEmpty {
            try db.execute(sql: "UPDATE offers SET outcome = 'withdrawn', settled_at = ? WHERE id IN (\(orphaned.map { String($0.id) }.joined(separator: ",")))",
                           arguments: [time])
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
        outcome.nextDeadline = try Double.fetchOne(db, sql: """
            SELECT MIN(t) FROM (
                SELECT MIN(expires_at) AS t FROM offers WHERE outcome IS NULL AND expires_at > ?1
                UNION ALL SELECT MIN(wrap_up_until) FROM agents WHERE presence = 'wrap-up' AND wrap_up_until > ?1
                UNION ALL SELECT MIN(queued_at) FROM contacts WHERE state = 'waiting' AND channel = 'callback' AND queued_at > ?1
                UNION ALL SELECT MIN(offers.settled_at + ?2) FROM offers JOIN contacts ON contacts.id = offers.contact_id
                    WHERE contacts.state = 'waiting' AND offers.outcome IN ('declined', 'missed') AND offers.settled_at + ?2 > ?1
                -- A contact kept for its owner goes to everyone when the hold ends.
                UNION ALL SELECT MIN(contacts.queued_at + ?3) FROM contacts JOIN customers ON customers.id = contacts.customer_id
                    WHERE contacts.state = 'waiting' AND ?3 > 0 AND (contacts.owner IS NOT NULL OR customers.assigned_agent IS NOT NULL)
                    AND contacts.queued_at + ?3 > ?1
                -- A contact sent to a group goes to everyone when the group wait ends.
                UNION ALL SELECT MIN(sent_to_group_at + ?4) FROM contacts
                    WHERE state = 'waiting' AND sent_to_group IS NOT NULL AND sent_to_group_at + ?4 > ?1)
            """, arguments: [time, rules.offerSeconds, policy.ownerWait, policy.groupWait]).map { Date(timeIntervalSince1970: $0) }
        return outcome
    }

    /// Not accepted in time: the offer closes as missed and the agent goes away, so nothing else rings them.
    private static func missOffer(_ db: Database, _ changes: ChangeRecorder, id: Int64, _ missed: MissedOffer, rules: AgentStateRules, at now: Date) throws {
        try db.execute(sql: "UPDATE offers SET outcome = 'missed', settled_at = ? WHERE id = ?", arguments: [now.timeIntervalSince1970, id])
        try appendEvent(db, contactId: missed.contactId, kind: .missed, agent: missed.agent, at: now)
        changes.record(.queue, .contact(missed.contactId), .agent(missed.agent))
        try changeState(db, changes, of: missed.agent, .goAway(.missedOffer), by: missed.agent, rules: rules, loggedAs: AgentStateLogEntry.routing, at: now)
    }

    private static func carryOut(_ decision: RoutingDecision, _ db: Database, _ changes: ChangeRecorder, rules: AgentStateRules, policy: SLAPolicy, at now: Date) throws {
        switch decision {
        case let .offer(contactId, agent):
            try db.execute(sql: "INSERT INTO offers (contact_id, agent, offered_at, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [contactId, agent, now.timeIntervalSince1970, (now + rules.offerSeconds).timeIntervalSince1970])
            try appendEvent(db, contactId: contactId, kind: .offered, agent: agent, at: now)
            changes.record(.queue, .contact(contactId), .agent(agent))
        case let .assign(contactId, agent):
            try appendEvent(db, contactId: contactId, kind: .assigned, agent: agent, at: now)
            _ = try takeWaiting(db, changes, id: contactId, agent: agent, policy: policy, at: now, keepsRinging: true)
        }
    }

    /// Waiting calls (most urgent first), due call-backs and chats, and every logged-in agent with what they hold.
    private static func routingInput(_ db: Database, policy: SLAPolicy, at now: Date) throws -> ([RoutableContact], [RoutableAgent]) {
        // Nobody free, nothing to plan: the waiting contacts are read only when someone could get one.
        let candidates = try Agent.filter(sql: "presence IN ('available', 'wrap-up')").fetchAll(db)
        guard candidates.contains(where: { $0.presence(at: now) == .available }) else { return ([], []) }
        var refused: [Int64: [String: Date]] = [:], offered = Set<Int64>(), ringing = Set<String>()
        // Only the offers of contacts still waiting: the history of answered ones never matters here.
        for row in try Row.fetchAll(db, sql: """
            SELECT offers.contact_id, offers.agent, offers.outcome, offers.settled_at FROM offers JOIN contacts ON contacts.id = offers.contact_id
            WHERE contacts.state = 'waiting' AND (offers.outcome IS NULL OR offers.outcome IN ('declined', 'missed'))
            """) {
            let contactId: Int64 = row["contact_id"], agent: String = row["agent"]
            if (row["outcome"] as String?) == nil {
                offered.insert(contactId)
                ringing.insert(agent)
            } else {
                let at = Date(timeIntervalSince1970: row["settled_at"] ?? 0)
                refused[contactId, default: [:]][agent] = max(at, refused[contactId]?[agent] ?? .distantPast)
            }
        }
        var held: [String: (voice: Int, written: Int)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT agent, channel, COUNT(*) AS n FROM contacts WHERE state = 'active' AND agent IS NOT NULL GROUP BY agent, channel") {
            let count: Int = row["n"]
            if Channel(rawValue: row["channel"])?.isVoice ?? false { held[row["agent"], default: (0, 0)].voice += count } else { held[row["agent"], default: (0, 0)].written += count }
        }
        let agents = candidates.map { agent in
            RoutableAgent(agent: agent, heldVoice: held[agent.name]?.voice ?? 0, heldWritten: held[agent.name]?.written ?? 0,
                          hasOpenOffer: ringing.contains(agent.name))
        }
        // Only what someone could be given is read: the agent just rung has room for chats but
        // takes no call, and one on a call, wrapping up or at capacity takes nothing, so the
        // waiting calls (hundreds, decoded and sorted) need not be read for the plan.
        let callsWanted = agents.contains { Routing.canTakeCall($0, at: now) }
        let chatsWanted = agents.contains { Routing.hasChatRoom($0, at: now) }
        guard callsWanted || chatsWanted else { return ([], agents) }
        let channels = callsWanted && chatsWanted ? "'phone', 'callback', 'chat'" : callsWanted ? "'phone', 'callback'" : "'chat'"
        // Read by column position: Codable decoding of every waiting contact was most of a pass.
        let entries = try ContactReader.fetchAll(db, sql: """
            SELECT contacts.*, customers.language AS customer_language, customers.assigned_agent AS assigned_agent
            FROM contacts JOIN customers ON customers.id = contacts.customer_id
            WHERE contacts.state = 'waiting' AND contacts.channel IN (\(channels)) AND contacts.queued_at <= ?
            """, arguments: [now.timeIntervalSince1970]) { contact, row in
            QueueEntry(contact: contact, customerName: "", customerLanguage: Language(rawValue: row["customer_language"]) ?? .en,
                       status: policy.status(of: contact, at: now), assignedAgent: row["assigned_agent"])
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
