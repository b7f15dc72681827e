import Foundation

/// A daily, weekly, monthly or hand-given period's report: per agent, per channel and for the
/// team, counted by `ReportBuilder` from the store's `ReportRow`s. Pure figures; the command and
/// the wallboard's reports view draw the same value.
public struct Report: Equatable, Sendable {
    public var period: ReportPeriod
    public var from: Date
    public var to: Date
    /// The report was limited to this agent's contacts, or to this group's.
    public var agentFilter: String?
    public var groupFilter: String?
    /// The whole team, all channels together (its `serviceLevel.target` is 0: targets are per channel).
    public var team: QueueFigures
    /// One entry per channel, in `Channel.allCases` order, even an empty one.
    public var channels: [QueueFigures]
    public var agents: [AgentFigures]
    /// Contacts by wrap-up code, most used first (the consultation classification).
    public var wrapUpCodes: [CodeCount]
    /// Offered, answered and SL by local hour of the day, 0 to 23.
    public var hours: [QueueFigures]
    /// Complaints received in the period by category × severity × where they stand.
    public var complaints: [ComplaintClassCount]
    /// Follow-ups due in the period against those made, per rule (member, complaint, agreed).
    public var followUpCoverage: [FollowUpCoverage]
    /// Filled by satisfaction surveys (`SatisfactionStore`); empty until then.
    public var satisfactionByChannel: [Channel: Satisfaction]
    public var satisfactionByCode: [String: Satisfaction]

    public init(period: ReportPeriod, from: Date, to: Date, agentFilter: String? = nil, groupFilter: String? = nil,
                team: QueueFigures, channels: [QueueFigures], agents: [AgentFigures], wrapUpCodes: [CodeCount],
                hours: [QueueFigures], complaints: [ComplaintClassCount], followUpCoverage: [FollowUpCoverage],
                satisfactionByChannel: [Channel: Satisfaction] = [:], satisfactionByCode: [String: Satisfaction] = [:]) {
        self.period = period
        self.from = from
        self.to = to
        self.agentFilter = agentFilter
        self.groupFilter = groupFilter
        self.team = team
        self.channels = channels
        self.agents = agents
        self.wrapUpCodes = wrapUpCodes
        self.hours = hours
        self.complaints = complaints
        self.followUpCoverage = followUpCoverage
        self.satisfactionByChannel = satisfactionByChannel
        self.satisfactionByCode = satisfactionByCode
    }

    /// Adds the quality-check averages (agent login → percent) to the agents: the one-line join
    /// for `QualityStore.qualityScores(from:to:)`.
    public mutating func join(qualityScores: [String: Double]) {
        for index in agents.indices { agents[index].qaScore = qualityScores[agents[index].name] }
    }

    /// Adds satisfaction per agent (agent login → figures).
    public mutating func join(satisfaction: [String: Satisfaction]) {
        for index in agents.indices { agents[index].satisfaction = satisfaction[agents[index].name] }
    }

    /// Adds the period's survey answers (`SatisfactionStore.satisfactionFigures`): per agent, and
    /// per channel and wrap-up code for the whole team. A report narrowed to an agent or a group
    /// keeps only its agents' figures: the answers per channel and code are not split by agent.
    public mutating func join(satisfaction figures: SatisfactionFigures, teamWide: Bool) {
        join(satisfaction: figures.byAgent.compactMapValues(Satisfaction.init))
        satisfactionByChannel = teamWide ? figures.byChannel.compactMapValues(Satisfaction.init) : [:]
        satisfactionByCode = teamWide ? figures.byCode.compactMapValues(Satisfaction.init) : [:]
    }
}

/// Queue figures for one channel, one hour, or the team: Asterisk's and Zendesk's names.
public struct QueueFigures: Equatable, Sendable {
    /// The channel; nil for the team and the hours (all channels).
    public var channel: Channel?
    /// The hour of the day (0–23) for an hour's figures.
    public var hour: Int?
    /// Contacts whose wait began in the period, however it ended (Asterisk's "calls").
    public var offered: Int
    /// Answered, abandoned, SL, SL2, short abandons and the average speed of answer exactly as
    /// `frontline stats` counts them (the same `ServiceLevel`).
    public var serviceLevel: ServiceLevel
    /// Answered contacts that ended, with their handle time (taken to ended) summed.
    public var handled: Int
    public var totalHandleSeconds: Double
    /// Contacts from a customer who had another contact queued in the 7 days before.
    public var repeatContacts: Int

    public init(channel: Channel?, hour: Int? = nil, offered: Int, serviceLevel: ServiceLevel, handled: Int = 0,
                totalHandleSeconds: Double = 0, repeatContacts: Int = 0) {
        self.channel = channel
        self.hour = hour
        self.offered = offered
        self.serviceLevel = serviceLevel
        self.handled = handled
        self.totalHandleSeconds = totalHandleSeconds
        self.repeatContacts = repeatContacts
    }

    public var answered: Int { serviceLevel.answered }
    public var abandoned: Int { serviceLevel.abandoned }
    public var shortAbandons: Int { serviceLevel.shortAbandons }
    public var sl: Double? { serviceLevel.sl }
    public var sl2: Double? { serviceLevel.sl2 }
    /// Average speed of answer: the mean wait of the answered contacts.
    public var averageSpeedOfAnswer: Double? { serviceLevel.averageWait }
    public var averageHandleSeconds: Double? { handled == 0 ? nil : totalHandleSeconds / Double(handled) }
    /// Repeat contacts / offered; 1 − this is the first-contact resolution rate.
    public var repeatRate: Double? { offered == 0 ? nil : Double(repeatContacts) / Double(offered) }
}

/// One agent's figures for the period.
public struct AgentFigures: Equatable, Sendable {
    public var name: String
    public var displayName: String
    /// Contacts answered by (or owned by) the agent, per channel; every channel listed.
    public var handled: [Channel: Int]
    /// Handle time (Zendesk's agent work time): taken to ended, of the agent's ended contacts.
    public var handleTime: DurationSummary
    /// Zendesk's first reply time: queued to the first agent reply, written contacts.
    public var firstReplyTime: DurationSummary
    /// Zendesk's next reply time: a customer's later message to the agent's reply to it.
    public var nextReplyTime: DurationSummary
    /// Breaches per timer kind (`TimerKind` raw value).
    public var breaches: [String: Int]
    public var wrapUpCodes: [String: Int]
    /// Contacts the agent passed on (`transferred`), questions handed to departments, escalations.
    public var transfers: Int
    public var handOffs: Int
    public var escalations: Int
    /// Complaints received in the period that the agent filed, and that the agent owns.
    public var complaintsFiled: Int
    public var complaintsOwned: Int
    /// Follow-up calls the agent owns that came due in the period (up to now), and of those the ones made.
    public var followUpsDue: Int
    public var followUpsDone: Int
    /// Seconds in each state: `available`, `busy` (holding a contact), `wrap-up`, `away:REASON`.
    public var time: [String: Double]
    /// Replies sent with wording the guard flagged.
    public var forbiddenWordingSent: Int
    /// Filled by quality checks (`QualityStore.qualityScores`): the average scorecard percent.
    public var qaScore: Double?
    /// Filled by satisfaction surveys (`SatisfactionStore.satisfactionFigures`).
    public var satisfaction: Satisfaction?

    public init(name: String, displayName: String) {
        self.name = name
        self.displayName = displayName
        handled = Dictionary(uniqueKeysWithValues: Channel.allCases.map { ($0, 0) })
        handleTime = DurationSummary([])
        firstReplyTime = DurationSummary([])
        nextReplyTime = DurationSummary([])
        breaches = [:]
        wrapUpCodes = [:]
        transfers = 0
        handOffs = 0
        escalations = 0
        complaintsFiled = 0
        complaintsOwned = 0
        followUpsDue = 0
        followUpsDone = 0
        time = [:]
        forbiddenWordingSent = 0
    }

    public var handledTotal: Int { handled.values.reduce(0, +) }
}

/// Satisfaction answers: the mean of the 1–5 scores, how many there were, and CSAT (the share
/// of 4s and 5s, as Zendesk counts it; `SatisfactionTally`).
public struct Satisfaction: Equatable, Sendable {
    public var average: Double
    public var count: Int
    public var csatPercent: Double

    public init(average: Double, count: Int, csatPercent: Double) {
        self.average = average
        self.count = count
        self.csatPercent = csatPercent
    }

    /// nil for a tally with no answers.
    public init?(_ tally: SatisfactionTally) {
        guard let average = tally.average, let csat = tally.csatPercent else { return nil }
        self.init(average: average, count: tally.answers, csatPercent: csat)
    }
}

/// How many contacts carried one wrap-up code.
public struct CodeCount: Equatable, Sendable {
    public var code: String
    public var count: Int

    public init(code: String, count: Int) {
        self.code = code
        self.count = count
    }
}

/// One cell of the complaint classification.
public struct ComplaintClassCount: Equatable, Sendable {
    public var category: ComplaintCategory
    public var severity: ComplaintSeverity
    public var state: ComplaintState
    public var count: Int

    public init(category: ComplaintCategory, severity: ComplaintSeverity, state: ComplaintState, count: Int) {
        self.category = category
        self.severity = severity
        self.state = state
        self.count = count
    }
}

/// Follow-ups of one rule due in the period against made: the policy wants every one (100%).
public struct FollowUpCoverage: Equatable, Sendable {
    /// `member`, `complaint` or `agreed`.
    public var kind: String
    public var due: Int
    public var done: Int

    public init(kind: String, due: Int, done: Int) {
        self.kind = kind
        self.due = due
        self.done = done
    }

    public var coverage: Double? { due == 0 ? nil : Double(done) / Double(due) }
}
