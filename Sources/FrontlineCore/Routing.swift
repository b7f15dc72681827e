import Foundation

/// A waiting contact as routing sees it.
public struct RoutableContact: Equatable, Sendable {
    public var id: Int64
    public var channel: Channel
    public var queuedAt: Date
    /// The customer's language; chats prefer an agent who speaks it.
    public var language: Language
    /// Agents who declined or missed this contact, and when they last did: it goes to someone else.
    public var refusedBy: [String: Date]
    /// True while it rings an agent.
    public var isOffered: Bool
    /// Kept for its owner (or the customer's assigned agent) for a while: only they get it until then.
    public var hold: OwnerHold?
    /// Sent to a group or escalated to the supervisors: only they get it (a group: until its wait is over).
    public var audience: ContactAudience?
    /// Who sent it to the group or the supervisors: it is not offered back to them while it waits there.
    public var passedOnBy: String?

    public init(id: Int64, channel: Channel, queuedAt: Date, language: Language, refusedBy: [String: Date] = [:], isOffered: Bool = false,
                hold: OwnerHold? = nil, audience: ContactAudience? = nil, passedOnBy: String? = nil) {
        self.id = id
        self.channel = channel
        self.queuedAt = queuedAt
        self.language = language
        self.refusedBy = refusedBy
        self.isOffered = isOffered
        self.hold = hold
        self.audience = audience
        self.passedOnBy = passedOnBy
    }

    /// Whether `agent` may be given this contact at `now`: while it is kept for its owner, only the
    /// owner; sent to a group or the supervisors, only them (`ContactAudience`). An escalation
    /// goes to the supervisors whoever owns it.
    func mayGo(to agent: Agent, at now: Date) -> Bool {
        if let audience, !audience.admits(agent, at: now) { return false }
        if agent.name == passedOnBy, audience?.isNarrow(at: now) ?? false { return false }
        if case .supervisors? = audience { return true }
        return !(hold?.keeps(from: agent.name, at: now) ?? false)
    }

    /// True when `agent` is the one it goes back to: they come first even after the hold.
    func isKept(for agent: String) -> Bool { hold?.keeper == agent }
}

/// An agent as routing sees them: their state, what they hold, whether something rings them now.
public struct RoutableAgent: Equatable, Sendable {
    public var agent: Agent
    /// Phone calls and call-backs held: an agent on the phone gets nothing more.
    public var heldVoice: Int
    /// Chats and emails held, counted against the chat capacity.
    public var heldWritten: Int
    public var hasOpenOffer: Bool

    public init(agent: Agent, heldVoice: Int = 0, heldWritten: Int = 0, hasOpenOffer: Bool = false) {
        self.agent = agent
        self.heldVoice = heldVoice
        self.heldWritten = heldWritten
        self.hasOpenOffer = hasOpenOffer
    }
}

/// What routing does with one contact.
public enum RoutingDecision: Equatable, Sendable {
    /// A call rings the agent, who accepts or lets it go within the offer time.
    case offer(contactId: Int64, agent: String)
    /// A chat goes straight to the agent, as Chatwoot's auto-assignment does: chats wait in
    /// writing, so a ring that could be missed would only add delay.
    case assign(contactId: Int64, agent: String)
}

/// Push routing as a pure function: who gets which waiting contact now.
public enum Routing {
    /// Calls and due call-backs (in the order given, most urgent first) ring the available agent
    /// idle longest who holds nothing; chats, oldest first, go to available agents under their
    /// capacity, preferring the customer's language, then one no call is ringing, then the fewest
    /// held, then the longest idle. A ringing call does not hold chats back: a chat waits in
    /// writing and is answered between the ring and the call, where before it waited unassigned
    /// for as long as the ring lasted (up to the offer time, and again for each next ring).
    /// A contact kept for its owner (first-question ownership, `OwnerHold`) goes only to them until
    /// the hold ends, and to them first after it, while they are free.
    /// Away, wrap-up and offline agents get nothing; neither does anyone while routing is off.
    /// Emails stay in the queue for agents to take.
    public static func plan(contacts: [RoutableContact], agents: [RoutableAgent], rules: AgentStateRules,
                            at now: Date) -> [RoutingDecision] {
        guard rules.routingEnabled else { return [] }
        var pool = agents.filter { $0.agent.presence(at: now) == .available && $0.heldVoice == 0 }
        var decisions: [RoutingDecision] = []
        for contact in contacts where !contact.isOffered && contact.channel.isVoice {
            let free = pool.indices.filter { canTakeCall(pool[$0], at: now) && contact.mayGo(to: pool[$0].agent, at: now) }
            let fresh = free.filter { contact.refusedBy[pool[$0].agent.name] == nil }
            // Once everyone free has let it go, it rings round again, each agent no sooner than an
            // offer time after they refused it (Asterisk's retry): a call must never park unrung.
            let candidates = fresh.isEmpty ? free.filter { now >= contact.refusedBy[pool[$0].agent.name]! + rules.offerSeconds } : fresh
            let keeper = candidates.first { contact.isKept(for: pool[$0].agent.name) }
            guard let best = keeper ?? candidates.min(by: { idleOrder(pool[$0], pool[$1], now) }) else { continue }
            decisions.append(.offer(contactId: contact.id, agent: pool[best].agent.name))
            pool[best].hasOpenOffer = true
        }
        let chats = contacts.filter { $0.channel == .chat && !$0.isOffered }.sorted { ($0.queuedAt, $0.id) < ($1.queuedAt, $1.id) }
        for chat in chats {
            let room = pool.indices.filter { hasChatRoom(pool[$0], at: now) && chat.mayGo(to: pool[$0].agent, at: now) }
            let keeper = room.first { chat.isKept(for: pool[$0].agent.name) }
            guard let best = keeper ?? room.min(by: { chatOrder(pool[$0], pool[$1], chat.language, now) }) else { continue }
            decisions.append(.assign(contactId: chat.id, agent: pool[best].agent.name))
            pool[best].heldWritten += 1
        }
        return decisions
    }

    /// Who `plan` may ring with a call: available, on no call, nothing ringing, holding nothing.
    /// When nobody may, a store need not read the waiting calls.
    public static func canTakeCall(_ agent: RoutableAgent, at now: Date) -> Bool {
        agent.agent.presence(at: now) == .available && agent.heldVoice == 0 && !agent.hasOpenOffer && agent.heldWritten == 0
    }

    /// Who `plan` may give a chat to: available, on no call, under their chat capacity (a ringing
    /// call does not hold chats back). When nobody may, a store need not read the waiting chats.
    public static func hasChatRoom(_ agent: RoutableAgent, at now: Date) -> Bool {
        agent.agent.presence(at: now) == .available && agent.heldVoice == 0 && agent.heldWritten < agent.agent.chatCapacity
    }

    /// Longest idle first; the name breaks ties so every process plans alike.
    private static func idleOrder(_ lhs: RoutableAgent, _ rhs: RoutableAgent, _ now: Date) -> Bool {
        (lhs.agent.idleSince ?? now, lhs.agent.name) < (rhs.agent.idleSince ?? now, rhs.agent.name)
    }

    private static func chatOrder(_ lhs: RoutableAgent, _ rhs: RoutableAgent, _ language: Language, _ now: Date) -> Bool {
        let lhsSpeaks = lhs.agent.languages.contains(language), rhsSpeaks = rhs.agent.languages.contains(language)
        if lhsSpeaks != rhsSpeaks { return lhsSpeaks }
        if lhs.hasOpenOffer != rhs.hasOpenOffer { return !lhs.hasOpenOffer }
        if lhs.heldWritten != rhs.heldWritten { return lhs.heldWritten < rhs.heldWritten }
        return idleOrder(lhs, rhs, now)
    }
}

extension Channel {
    /// Phone calls and call-backs: one at a time, rung rather than assigned.
    public var isVoice: Bool { self == .phone || self == .callback }
}
