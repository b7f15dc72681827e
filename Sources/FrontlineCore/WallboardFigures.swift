import Foundation

/// The supervisor's wallboard at one instant, computed from plain values so that every figure
/// can be checked by hand: per channel, the alerts, the agents, abandoned calls and complaints.
public struct WallboardFigures: Equatable, Sendable {
    /// One channel's row.
    public struct ChannelRow: Equatable, Sendable {
        public var channel: Channel
        public var waiting: Int
        /// The longest current wait, and how its timer stands (nil when no timer runs).
        public var longestWait: TimeInterval?
        public var longestWaitState: SLAState?
        /// Today's figures, as `ServiceLevel` counts them (contacts that entered the queue today).
        public var answered: Int
        public var abandoned: Int
        public var serviceLevel: Double?
        public var averageWait: TimeInterval?
        /// Taken to ended, over today's contacts that ended after an agent took them.
        public var averageHandle: TimeInterval?
    }

    /// An open contact with its customer and timer.
    public struct ContactLine: Equatable, Sendable {
        public var contact: Contact
        public var customerName: String
        public var status: SLAStatus?
        /// The agent a waiting call rings now.
        public var ringing: String?
    }

    /// One agent in the grid.
    public struct AgentLine: Equatable, Sendable {
        public var agent: Agent
        public var state: AgentState
        /// Since the current state began; nil for an agent never logged in.
        public var timeInState: TimeInterval?
        /// The contacts the agent holds, the latest taken first.
        public var held: [ContactLine]
        /// Contacts the agent ended today.
        public var handledToday: Int
        /// Breaches charged to the agent today.
        public var breachesToday: Int
        public var isOverAwayLimit: Bool
    }

    /// A caller who hung up, for a call-back.
    public struct AbandonedCall: Equatable, Sendable {
        public var contact: Contact
        public var customerName: String
        public var waited: TimeInterval
        /// A later contact of the same customer exists: someone has called back, or they called again.
        public var calledBack: Bool
    }

    public struct ComplaintLine: Equatable, Sendable {
        public var complaint: Complaint
        public var customerName: String
        public var nextDeadline: Date?
        public var isOverdue: Bool
    }

    public var channels: [ChannelRow]
    /// Every open contact that is due, most urgent first.
    public var queue: [ContactLine]
    /// Open contacts whose timer is in its warning time, soonest deadline first.
    public var aboutToBreach: [ContactLine]
    /// Open contacts past their deadline, longest overdue first.
    public var breached: [ContactLine]
    public var agents: [AgentLine]
    /// Today's abandoned calls (not the short ones), latest first.
    public var abandonedCalls: [AbandonedCall]
    /// Open complaints that are major or overdue, soonest deadline first.
    public var complaints: [ComplaintLine]
    /// Every channel's answered contacts together, each against its own target. It counts contacts
    /// answered today, so a contact still open past its deadline (`breached`) is not in it yet.
    public var serviceLevelToday: Double?
    /// Today's satisfaction answers (CSAT: the share of 4-5).
    public var satisfactionToday = SatisfactionTally()
    /// What `serviceLevelToday` is made of: contacts answered today, and those answered within target.
    public var answeredToday: Int
    public var answeredInTimeToday: Int

    public var agentsOverAwayLimit: [AgentLine] { agents.filter(\.isOverAwayLimit) }

    public init(_ input: WallboardInput, policy: SLAPolicy, rules: AgentStateRules, today: (start: Date, end: Date), now: Date) {
        func name(_ contact: Contact) -> String { input.customerNames[contact.customerId] ?? contact.address }
        func isToday(_ date: Date?) -> Bool { date.map { $0 >= today.start && $0 < today.end } ?? false }
        func line(_ contact: Contact) -> ContactLine {
            ContactLine(contact: contact, customerName: name(contact), status: policy.status(of: contact, at: now),
                        ringing: contact.id.flatMap { input.ringing[$0] })
        }

        let open = input.contacts.filter { $0.state.isOpen && $0.isDue(at: now) }.map(line)
        queue = open.sorted { Self.byUrgency($0, $1, now: now) }
        aboutToBreach = queue.filter { $0.status?.state == .warning }
        breached = queue.filter { $0.status?.state == .breached }

        let queuedToday = input.contacts.filter { isToday($0.queuedAt) }
        var levels: [ServiceLevel] = []
        channels = Channel.allCases.map { channel in
            let waiting = open.filter { $0.contact.channel == channel && $0.contact.state == .waiting }
            let longest = waiting.max { $0.contact.waited(at: now) < $1.contact.waited(at: now) }
            let level = ServiceLevel(channel: channel, target: ServiceLevel.target(for: channel, policy: policy),
                                     outcomes: queuedToday.filter { $0.channel == channel }.compactMap { ServiceLevel.outcome(of: $0, policy: policy) },
                                     shortAbandonThreshold: policy.shortAbandon)
            levels.append(level)
            let handles = input.contacts.filter { $0.channel == channel && $0.state == .ended && isToday($0.endedAt) }
                .compactMap { contact in contact.takenAt.flatMap { taken in contact.endedAt.map { $0.timeIntervalSince(taken) } } }
            return ChannelRow(channel: channel, waiting: waiting.count, longestWait: longest?.contact.waited(at: now),
                              longestWaitState: longest?.status?.state, answered: level.answered, abandoned: level.abandoned,
                              serviceLevel: level.sl, averageWait: level.averageWait, averageHandle: Self.mean(handles))
        }
        answeredToday = levels.reduce(0) { $0 + $1.answered }
        answeredInTimeToday = levels.reduce(0) { $0 + $1.answeredWithinTarget }
        serviceLevelToday = answeredToday == 0 ? nil : Double(answeredInTimeToday) / Double(answeredToday)
        satisfactionToday = input.satisfactionToday

        let breachCounts = Dictionary(grouping: input.breachAgents.compactMap { $0 }, by: { $0 }).mapValues(\.count)
        agents = input.agents.map { agent in
            let held = open.filter { $0.contact.state == .active && $0.contact.agent == agent.name }
                .sorted { ($0.contact.takenAt ?? .distantPast) > ($1.contact.takenAt ?? .distantPast) }
            let handled = input.contacts.filter { $0.agent == agent.name && $0.state == .ended && isToday($0.endedAt) }.count
            return AgentLine(agent: agent, state: AgentState(of: agent, holding: held.count, at: now),
                             timeInState: agent.stateSince(at: now).map { now.timeIntervalSince($0) }, held: held,
                             handledToday: handled, breachesToday: breachCounts[agent.name] ?? 0,
                             isOverAwayLimit: rules.isOverAwayLimit(agent, at: now))
        }
        // Who is working comes first, then the rest in the roster's order: logged-out names must not push them off the grid.
        agents = agents.filter { $0.state != .offline } + agents.filter { $0.state == .offline }

        // Callers gone within the short-abandon time dialled a wrong number: not counted, not listed.
        abandonedCalls = input.contacts
            .filter { $0.state == .abandoned && isToday($0.endedAt) && $0.waited(at: now) >= policy.shortAbandon }
            .sorted { ($0.endedAt ?? $0.queuedAt, $0.id ?? 0) > ($1.endedAt ?? $1.queuedAt, $1.id ?? 0) }
            .map { call in
                let hungUp = call.endedAt ?? call.queuedAt
                let later = input.contacts.contains { $0.customerId == call.customerId && $0.id != call.id && $0.queuedAt >= hungUp }
                return AbandonedCall(contact: call, customerName: name(call), waited: hungUp.timeIntervalSince(call.queuedAt), calledBack: later)
            }

        complaints = input.complaints.filter { !$0.state.isClosed }
            .map { complaint in
                let due = complaint.nextDeadline(policy: policy)
                return ComplaintLine(complaint: complaint, customerName: input.customerNames[complaint.customerId] ?? "#\(complaint.customerId)",
                                     nextDeadline: due, isOverdue: due.map { $0 < now } ?? false)
            }
            .filter { $0.complaint.severity == .major || $0.isOverdue }
            .sorted { ($0.nextDeadline ?? .distantFuture, $0.complaint.id ?? 0) < ($1.nextDeadline ?? .distantFuture, $1.complaint.id ?? 0) }
    }

    private static func byUrgency(_ lhs: ContactLine, _ rhs: ContactLine, now: Date) -> Bool {
        QueueEntry.byUrgency(QueueEntry(contact: lhs.contact, customerName: lhs.customerName, customerLanguage: .en, status: lhs.status),
                             QueueEntry(contact: rhs.contact, customerName: rhs.customerName, customerLanguage: .en, status: rhs.status))
    }

    private static func mean(_ values: [TimeInterval]) -> TimeInterval? {
        values.isEmpty ? nil : values.sorted().reduce(0, +) / Double(values.count)
    }
}
