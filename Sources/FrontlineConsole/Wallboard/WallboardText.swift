import FrontlineCore
import FrontlineStoreAPI

/// Everything the wallboard says, in one language, read from that language's `WallboardTranslation`.
/// Words the agent console already has (channels, severities, complaint states) come from its
/// `ConsoleText`. A protocol so the board keeps holding `any WallboardText`; the words are data.
public protocol WallboardText: Sendable {
    var console: any ConsoleText { get }
    var translation: WallboardTranslation { get }
    /// The reports view's tables and charts, in the same words as `frontline report --lang`.
    var reportLabels: ReportLabels { get }
}

/// The one accessor layer: turns keys and arguments into text for every language alike.
extension WallboardText {
    private func say(_ message: WallboardMessage, _ values: [String: String] = [:]) -> String {
        let text = translation.text(.message(message))
        return values.isEmpty ? text : MessageTemplate(text).filled(values)
    }

    // Keys
    public func short(_ action: WallboardAction) -> String { translation.text(.short(action)) }
    public func help(_ action: WallboardAction) -> String { translation.text(.help(action)) }
    public var boardKeys: String { say(.boardKeys) }
    public var pickingKeys: String { say(.pickingKeys) }
    public var detailKeys: String { say(.detailKeys) }

    // The board
    public var title: String { say(.title) }
    /// The service level with what it counts (contacts answered today), so that it is not read
    /// against the alert strip's count of contacts open past their deadline now.
    public func serviceLevelToday(_ percent: String, inTime: Int, answered: Int) -> String {
        say(.serviceLevelToday, ["percent": percent, "inTime": "\(inTime)", "answered": "\(answered)"])
    }
    /// CSAT with what it counts: the satisfied answers (4-5) of today's answers.
    public func satisfactionToday(_ percent: String, satisfied: Int, answers: Int) -> String {
        say(.satisfactionToday, ["percent": percent, "satisfied": "\(satisfied)", "answers": "\(answers)"])
    }
    public func waitingNow(_ count: Int) -> String { say(.waitingNow, ["count": "\(count)"]) }
    /// channel, waiting, longest, answered, abandoned, SL, avg wait, avg handle.
    public var channelColumns: [String] {
        [say(.channelColumnChannel), say(.channelColumnWaiting), say(.channelColumnLongest), say(.channelColumnAnswered),
         say(.channelColumnAbandoned), say(.channelColumnServiceLevel), say(.channelColumnAverageWait),
         say(.channelColumnAverageHandle)]
    }
    public var atRisk: String { say(.atRisk) }
    public var breached: String { say(.breached) }
    public var awayTooLong: String { say(.awayTooLong) }
    public func webhookTrouble(_ trouble: WebhookTrouble) -> String {
        say(.webhookTrouble, ["failing": "\(trouble.failingWebhooks)", "dead": "\(trouble.deadDeliveries)"])
    }
    public var noAlerts: String { say(.noAlerts) }
    public var queueTitle: String { say(.queueTitle) }
    /// channel, customer, waited, left, agent.
    public var queueColumns: [String] {
        [say(.queueColumnChannel), say(.queueColumnCustomer), say(.queueColumnWaited), say(.queueColumnLeft),
         say(.queueColumnAgent)]
    }
    public var nobodyWaiting: String { say(.nobodyWaiting) }
    /// A waiting contact escalated to the supervisors, where the agent's name would stand.
    public var escalatedMark: String { say(.escalatedMark) }
    public var agentsTitle: String { say(.agentsTitle) }
    /// agent, state, reason, in state, contact, handled, breaches.
    public var agentColumns: [String] {
        [say(.agentColumnAgent), say(.agentColumnState), say(.agentColumnReason), say(.agentColumnInState),
         say(.agentColumnContact), say(.agentColumnHandled), say(.agentColumnBreaches)]
    }
    public var noAgents: String { say(.noAgents) }
    public func state(_ state: AgentState) -> String {
        switch state {
        case .offline: say(.stateOffline)
        case .available: say(.stateAvailable)
        case .busy: say(.stateBusy)
        case .wrapUp: say(.stateWrapUp)
        case .away: say(.stateAway)
        }
    }
    public var abandonedTitle: String { say(.abandonedTitle) }
    public var noAbandoned: String { say(.noAbandoned) }
    public var complaintsTitle: String { say(.complaintsTitle) }
    public var noComplaints: String { say(.noComplaints) }
    public var overdue: String { say(.overdue) }
    public var chartTitle: String { say(.chartTitle) }
    public func chartQueue(peak: Int) -> String { say(.chartQueue, ["peak": "\(peak)"]) }
    public var chartServiceLevel: String { say(.chartServiceLevel) }
    public var waitingLabel: String { say(.waitingLabel) }
    public var longestLabel: String { say(.longestLabel) }

    // Picking and opening
    public func reassignTitle(_ id: Int64) -> String { say(.reassignTitle, ["id": "\(id)"]) }
    public func awayTitle(_ agent: String) -> String { say(.awayTitle, ["agent": agent]) }
    public var nobodyLoggedIn: String { say(.nobodyLoggedIn) }
    public func contactTitle(_ id: Int64, _ customer: String) -> String { say(.contactTitle, ["id": "\(id)", "customer": customer]) }
    public func agentTitle(_ agent: String) -> String { say(.agentTitle, ["agent": agent]) }
    public var heldContacts: String { say(.heldContacts) }
    public var stateLogToday: String { say(.stateLogToday) }
    public var none: String { say(.noneLabel) }
    public func setBy(_ agent: String) -> String { say(.setBy, ["agent": agent]) }
    /// A missed call set the agent away.
    public var setByRouting: String { say(.setByRouting) }
    /// The console was killed without logging out.
    public var consoleGone: String { say(.consoleGone) }
    public func role(_ role: AgentRole) -> String { translation.text(.role(role)) }

    // Messages
    public func reassigned(_ id: Int64, _ agent: String) -> String { say(.reassigned, ["id": "\(id)", "agent": agent]) }
    public func wentAway(_ agent: String, _ reason: String) -> String { say(.wentAway, ["agent": agent, "reason": reason]) }
    public func loggedOut(_ agent: String) -> String { say(.loggedOut, ["agent": agent]) }
    public func wrapUpEnded(_ agent: String) -> String { say(.wrapUpEnded, ["agent": agent]) }
    public var databaseUnreachable: String { say(.databaseUnreachable) }
    public var selectContact: String { say(.selectContact) }
    public var selectAgent: String { say(.selectAgent) }
    public var noContactToOpen: String { say(.noContactToOpen) }

    // The reports view
    public var reportsKeys: String { say(.reportsKeys) }
    public var reportsTitle: String { say(.reportsTitle) }
    public func reportPeriod(_ period: ReportPeriod) -> String {
        switch period {
        case .daily: say(.reportToday)
        case .weekly: say(.reportThisWeek)
        case .monthly, .custom: say(.reportThisMonth)
        }
    }
    public var reportLoading: String { say(.reportLoading) }
}

extension WallboardText {
    /// A state as the grid shows it, with the load of a busy agent.
    func stateLabel(_ state: AgentState) -> String {
        if case let .busy(held, capacity) = state { return "\(self.state(state)) \(held)/\(capacity)" }
        return self.state(state)
    }
}

/// The wallboard's language follows the console's.
extension ConsoleLanguage {
    public var wallboardText: any WallboardText {
        switch self {
        case .en: EnglishWallboardText()
        case .zhHans: ChineseWallboardText()
        case .ko: KoreanWallboardText()
        }
    }
}

extension WallboardText {
    /// Away reasons are named as the agent's own console names them.
    func reason(_ reason: AwayReason) -> String { console.awayReason(reason) }
}
