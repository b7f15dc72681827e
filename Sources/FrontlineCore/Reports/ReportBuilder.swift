import Foundation

/// Counts a `Report` from `ReportRow`s fed one at a time, so a month streams through without being
/// held: per contact it keeps only its outcome and durations. Pure: time, policy and calendar
/// are given.
public struct ReportBuilder {
    /// Whose figures: one agent's contacts, or one group's (sent to it, or handled by its members).
    public struct Scope: Equatable, Sendable {
        public var agent: String?
        public var group: String?

        public init(agent: String? = nil, group: String? = nil) {
            self.agent = agent
            self.group = group
        }
    }

    public let period: ReportPeriod
    public let from: Date
    public let to: Date
    public let now: Date
    public let policy: SLAPolicy
    public let calendar: Calendar
    public let scope: Scope

    private var agentOrder: [String] = []
    private var agentNames: [String: String] = [:]
    private var removed: Set<String> = []
    private var groupMembers: Set<String> = []
    private var agents: [String: AgentTally] = [:]
    /// Counted as contacts stream in (`ServiceLevel.count`); the answered waits kept only to be
    /// summed in `ServiceLevel.total`'s fixed order, so the figures equal `frontline stats`' exactly.
    private var levels: [Channel: ServiceLevel] = [:]
    private var answeredWaits: [Channel: [Double]] = [:]
    private var hourLevels: [Int: [Channel: ServiceLevel]] = [:]
    private var channelTally: [Channel: ContactTally] = [:]
    private var hourTally: [Int: ContactTally] = [:]
    private var codes: [String: Int] = [:]
    private var complaints: [ComplaintKey: Int] = [:]
    private var followUps: [String: (due: Int, done: Int)] = [:]
    private var states: [String: [(presence: AgentPresence, reason: AwayReason?, at: Date)]] = [:]
    private var held: [String: [(start: Date, end: Date)]] = [:]

    public init(period: ReportPeriod, from: Date, to: Date, now: Date, policy: SLAPolicy, calendar: Calendar, scope: Scope = Scope()) {
        self.period = period
        self.from = from
        self.to = to
        self.now = now
        self.policy = policy
        self.calendar = calendar
        self.scope = scope
    }

    /// Counts one row. Agent rows should come first, so a group's members are known.
    public mutating func add(_ row: ReportRow) {
        switch row {
        case let .agent(name, displayName, groups):
            if agentNames[name] == nil { agentOrder.append(name) }
            agentNames[name] = displayName
            if let group = scope.group, groups.contains(group) { groupMembers.insert(name) }
        case let .contact(contact):
            add(contact)
        case let .nextReply(_, agent, group, seconds):
            guard let agent, counts(agent: agent, group: group) else { return }
            agents[agent, default: AgentTally()].nextReplies.append(seconds)
        case let .breach(kind, agent, _, group):
            guard counts(agent: agent, group: group), let agent else { return }
            agents[agent, default: AgentTally()].figures.breaches[kind, default: 0] += 1
        case let .wrapUp(agent, _, group, rowCodes, _):
            guard counts(agent: agent, group: group) else { return }
            for code in rowCodes {
                codes[code, default: 0] += 1
                agents[agent, default: AgentTally()].figures.wrapUpCodes[code, default: 0] += 1
            }
        case let .event(kind, agent, group):
            guard let agent, counts(agent: agent, group: group) else { return }
            switch kind {
            case .transferred: agents[agent, default: AgentTally()].figures.transfers += 1
            case .handedOff: agents[agent, default: AgentTally()].figures.handOffs += 1
            case .escalated: agents[agent, default: AgentTally()].figures.escalations += 1
            case .forbiddenWordingSent: agents[agent, default: AgentTally()].figures.forbiddenWordingSent += 1
            default: break
            }
        case let .complaint(category, severity, state, filedBy, owner):
            guard counts(agent: filedBy, group: nil) || owner.map({ counts(agent: $0, group: nil) }) == true else { return }
            complaints[ComplaintKey(category: category, severity: severity, state: state), default: 0] += 1
            if counts(agent: filedBy, group: nil) { agents[filedBy, default: AgentTally()].figures.complaintsFiled += 1 }
            if let owner, counts(agent: owner, group: nil) { agents[owner, default: AgentTally()].figures.complaintsOwned += 1 }
        case let .agentState(agent, presence, reason, at):
            guard counts(agent: agent, group: nil) else { return }
            states[agent, default: []].append((presence, reason, at))
        }
    }

    /// Whether a row of `agent` (and sent to `group`) is in the scope.
    private func counts(agent: String?, group: String?) -> Bool {
        if let only = scope.agent, agent != only { return false }
        if let wanted = scope.group {
            return group == wanted || agent.map(groupMembers.contains) == true
        }
        return true
    }

    private mutating func add(_ contact: ReportContact) {
        let agent = contact.countedAgent
        guard counts(agent: agent, group: contact.sentToGroup) else { return }
        let hour = calendar.component(.hour, from: contact.queuedAt)
        let outcome = ServiceLevel.outcome(channel: contact.channel, state: contact.state, queuedAt: contact.queuedAt,
                                           takenAt: contact.takenAt, firstReplyAt: contact.firstReplyAt,
                                           endedAt: contact.endedAt, policy: policy)
        if let outcome {
            let channel = contact.channel
            let empty = emptyLevel(channel)
            let threshold = policy.shortAbandon
            if let wait = levels[channel, default: empty].count(outcome, shortAbandonThreshold: threshold) {
                answeredWaits[channel, default: []].append(wait)
            }
            if let wait = hourLevels[hour, default: [:]][channel, default: empty].count(outcome, shortAbandonThreshold: threshold) {
                hourLevels[hour]?[channel]?.totalAnsweredWait += wait
            }
        }
        let handle: Double? = if contact.state == .ended, let taken = contact.takenAt, let ended = contact.endedAt {
            max(0, ended.timeIntervalSince(taken))
        } else { nil }
        channelTally[contact.channel, default: ContactTally()].add(handle: handle, isRepeat: contact.isRepeat)
        hourTally[hour, default: ContactTally()].add(handle: handle, isRepeat: contact.isRepeat)

        if let purpose = contact.purpose, purpose.isFollowUp, contact.queuedAt <= now {
            let kind = Self.followUpKind(purpose)
            let done = contact.state == .ended
            followUps[kind, default: (0, 0)].due += 1
            if done { followUps[kind, default: (0, 0)].done += 1 }
            if let owner = contact.owner ?? contact.agent, counts(agent: owner, group: contact.sentToGroup) {
                agents[owner, default: AgentTally()].figures.followUpsDue += 1
                if done { agents[owner, default: AgentTally()].figures.followUpsDone += 1 }
            }
        }

        guard let agent else { return }
        var tally = agents[agent, default: AgentTally()]
        if case .answered? = outcome { tally.figures.handled[contact.channel, default: 0] += 1 }
        if let handle { tally.handles.append(handle) }
        if contact.channel.isWritten, let reply = contact.firstReplyAt {
            tally.firstReplies.append(max(0, reply.timeIntervalSince(contact.queuedAt)))
        }
        agents[agent] = tally
        if let taken = contact.takenAt {
            held[agent, default: []].append((taken, contact.endedAt ?? now))
        }
    }

    /// `member`, `complaint` or `agreed`: which follow-up rule queued the call.
    public static func followUpKind(_ purpose: ContactPurpose) -> String {
        switch purpose {
        case .memberFollowUp: "member"
        case .agreedFollowUp: "agreed"
        default: "complaint"
        }
    }

    private func emptyLevel(_ channel: Channel) -> ServiceLevel {
        ServiceLevel(channel: channel, target: ServiceLevel.target(for: channel, policy: policy), outcomes: [],
                     shortAbandonThreshold: policy.shortAbandon)
    }

    public func build() -> Report {
        var channelLevels: [ServiceLevel] = []
        var channels: [QueueFigures] = []
        for channel in Channel.allCases {
            var level = levels[channel] ?? emptyLevel(channel)
            level.totalAnsweredWait = ServiceLevel.total(answeredWaits[channel] ?? [])
            channelLevels.append(level)
            channels.append(channelTally[channel, default: ContactTally()].figures(channel: channel, hour: nil, level: level))
        }
        let teamTally = channelTally.values.reduce(into: ContactTally()) { $0.merge($1) }
        let team = teamTally.figures(channel: nil, hour: nil, level: ServiceLevel.sum(channelLevels, channel: .phone))
        let hours = (0..<24).map { hour in
            let levels = Channel.allCases.compactMap { hourLevels[hour]?[$0] }
            return hourTally[hour, default: ContactTally()].figures(channel: nil, hour: hour, level: ServiceLevel.sum(levels, channel: .phone))
        }
        let wrapUpCodes = codes.map { CodeCount(code: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        let classes = complaints.map { ComplaintClassCount(category: $0.key.category, severity: $0.key.severity, state: $0.key.state, count: $0.value) }
            .sorted { ($0.category.rawValue, $0.severity.rawValue, $0.state.rawValue) < ($1.category.rawValue, $1.severity.rawValue, $1.state.rawValue) }
        let coverage = ["member", "complaint", "agreed"].map { kind in
            FollowUpCoverage(kind: kind, due: followUps[kind]?.due ?? 0, done: followUps[kind]?.done ?? 0)
        }
        return Report(period: period, from: from, to: to, agentFilter: scope.agent, groupFilter: scope.group, team: team,
                      channels: channels, agents: agentFigures(), wrapUpCodes: wrapUpCodes, hours: hours,
                      complaints: classes, followUpCoverage: coverage)
    }

    /// Every agent in scope with any figure, plus the current team (removed agents only when active).
    private func agentFigures() -> [AgentFigures] {
        var names = agentOrder.filter { counts(agent: $0, group: nil) && (scope.group == nil || groupMembers.contains($0)) }
        for name in agents.keys.sorted() where agentNames[name] == nil { names.append(name) }
        for name in states.keys.sorted() where agentNames[name] == nil && agents[name] == nil { names.append(name) }
        return names.map { name in
            var figures = agents[name]?.figures ?? AgentFigures(name: name, displayName: name)
            figures.name = name
            figures.displayName = agentNames[name] ?? name
            if let tally = agents[name] {
                figures.handleTime = DurationSummary(tally.handles)
                figures.firstReplyTime = DurationSummary(tally.firstReplies)
                figures.nextReplyTime = DurationSummary(tally.nextReplies)
            }
            figures.time = time(of: name)
            return figures
        }
    }

    /// Seconds per state in [from, min(to, now)): the state log's presences, and busy as the
    /// union of the contacts held (concurrent chats count once).
    private func time(of agent: String) -> [String: Double] {
        let end = min(to, max(from, now))
        var time: [String: Double] = [:]
        let log = (states[agent] ?? []).sorted { $0.at < $1.at }
        for (index, entry) in log.enumerated() {
            let start = max(entry.at, from)
            let stop = min(index + 1 < log.count ? log[index + 1].at : end, end)
            guard stop > start, entry.presence != .offline else { continue }
            let key = entry.presence == .away ? "away:\(entry.reason?.rawValue ?? "unspecified")" : entry.presence.rawValue
            time[key, default: 0] += stop.timeIntervalSince(start)
        }
        var busy = 0.0
        var reach = from
        for interval in (held[agent] ?? []).sorted(by: { $0.start < $1.start }) {
            let start = max(interval.start, reach, from)
            let stop = min(interval.end, end)
            if stop > start { busy += stop.timeIntervalSince(start) }
            reach = max(reach, stop)
        }
        if busy > 0 { time["busy"] = busy }
        return time
    }
}

/// One agent's durations, kept until `build` summarises them.
private struct AgentTally {
    var figures = AgentFigures(name: "", displayName: "")
    var handles: [Double] = []
    var firstReplies: [Double] = []
    var nextReplies: [Double] = []
}

/// Offered, handled and repeat counts of a channel or an hour.
private struct ContactTally {
    var offered = 0
    var handled = 0
    var totalHandle = 0.0
    var repeats = 0

    mutating func add(handle: Double?, isRepeat: Bool) {
        offered += 1
        if let handle {
            handled += 1
            totalHandle += handle
        }
        if isRepeat { repeats += 1 }
    }

    mutating func merge(_ other: ContactTally) {
        offered += other.offered
        handled += other.handled
        totalHandle += other.totalHandle
        repeats += other.repeats
    }

    func figures(channel: Channel?, hour: Int?, level: ServiceLevel) -> QueueFigures {
        QueueFigures(channel: channel, hour: hour, offered: offered, serviceLevel: level, handled: handled,
                     totalHandleSeconds: totalHandle, repeatContacts: repeats)
    }
}

private struct ComplaintKey: Hashable {
    var category: ComplaintCategory
    var severity: ComplaintSeverity
    var state: ComplaintState
}
