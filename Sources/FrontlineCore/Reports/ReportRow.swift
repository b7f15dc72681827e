import Foundation

/// The plain rows a report is counted from, as the store reads them for a period. Each is small
/// and carries no customer text, so a month of them can stream through `ReportBuilder` without
/// the store loading messages or transcripts.
public enum ReportRow: Equatable, Sendable {
    /// An agent of the team (removed ones too, for past periods), with the groups they belong to.
    case agent(name: String, displayName: String, groups: [String])
    /// A contact whose wait began (queued or reopened) in the period.
    case contact(ReportContact)
    /// An agent reply to a written contact that answered a customer's later message (Zendesk's
    /// next reply time): `seconds` from the customer's first unanswered message to this reply.
    case nextReply(channel: Channel, agent: String?, group: String?, seconds: Double)
    /// A response timer that ran out in the period (`breaches.recorded_at`).
    case breach(kind: String, agent: String?, channel: Channel, group: String?)
    /// A wrap-up recorded in the period, with its codes in the order given.
    case wrapUp(agent: String, channel: Channel, group: String?, codes: [String], outcome: WrapUpOutcome?)
    /// One line of the event log in the period that a report counts per agent.
    case event(kind: ContactEventKind, agent: String?, group: String?)
    /// A complaint received in the period: who filed it, who owns it, and where it stands now.
    case complaint(category: ComplaintCategory, severity: ComplaintSeverity, state: ComplaintState, filedBy: String, owner: String?)
    /// A line of the agent state log; the last line before the period is included per agent, so
    /// the state at the period's start is known.
    case agentState(agent: String, presence: AgentPresence, reason: AwayReason?, at: Date)
}

/// What a report needs of one contact: times, channel, who handled it. No customer text.
public struct ReportContact: Equatable, Sendable {
    public var channel: Channel
    public var state: ContactState
    public var queuedAt: Date
    public var takenAt: Date?
    public var firstReplyAt: Date?
    public var endedAt: Date?
    /// Who holds or held it last.
    public var agent: String?
    /// Who first took the matter (first-question ownership); follow-ups are counted for the owner.
    public var owner: String?
    public var purpose: ContactPurpose?
    public var sentToGroup: String?
    /// The same customer had another contact queued in the 7 days before this one.
    public var isRepeat: Bool

    public init(channel: Channel, state: ContactState, queuedAt: Date, takenAt: Date? = nil, firstReplyAt: Date? = nil,
                endedAt: Date? = nil, agent: String? = nil, owner: String? = nil, purpose: ContactPurpose? = nil,
                sentToGroup: String? = nil, isRepeat: Bool = false) {
        self.channel = channel
        self.state = state
        self.queuedAt = queuedAt
        self.takenAt = takenAt
        self.firstReplyAt = firstReplyAt
        self.endedAt = endedAt
        self.agent = agent
        self.owner = owner
        self.purpose = purpose
        self.sentToGroup = sentToGroup
        self.isRepeat = isRepeat
    }

    /// The agent the contact counts for: who handled it, else who owns it.
    public var countedAgent: String? { agent ?? owner }
}
