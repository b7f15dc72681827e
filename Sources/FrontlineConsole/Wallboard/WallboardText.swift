import FrontlineCore

/// Everything the wallboard says, in one language. Words the agent console already has
/// (channels, severities, complaint states) come from its `ConsoleText`.
public protocol WallboardText: Sendable {
    var console: any ConsoleText { get }

    // Keys
    func short(_ action: WallboardAction) -> String
    func help(_ action: WallboardAction) -> String
    var boardKeys: String { get }
    var pickingKeys: String { get }
    var detailKeys: String { get }

    // The board
    var title: String { get }
    func serviceLevelToday(_ percent: String) -> String
    func waitingNow(_ count: Int) -> String
    /// channel, waiting, longest, answered, abandoned, SL, avg wait, avg handle.
    var channelColumns: [String] { get }
    var atRisk: String { get }
    var breached: String { get }
    var awayTooLong: String { get }
    var noAlerts: String { get }
    var queueTitle: String { get }
    /// channel, customer, waited, left, agent.
    var queueColumns: [String] { get }
    var nobodyWaiting: String { get }
    var agentsTitle: String { get }
    /// agent, state, reason, in state, contact, handled, breaches.
    var agentColumns: [String] { get }
    var noAgents: String { get }
    func state(_ state: AgentState) -> String
    var abandonedTitle: String { get }
    var noAbandoned: String { get }
    var complaintsTitle: String { get }
    var noComplaints: String { get }
    var overdue: String { get }
    var chartTitle: String { get }
    func chartQueue(peak: Int) -> String
    var chartServiceLevel: String { get }
    var waitingLabel: String { get }
    var longestLabel: String { get }

    // Picking and opening
    func reassignTitle(_ id: Int64) -> String
    func awayTitle(_ agent: String) -> String
    var nobodyLoggedIn: String { get }
    func contactTitle(_ id: Int64, _ customer: String) -> String
    func agentTitle(_ agent: String) -> String
    var heldContacts: String { get }
    var stateLogToday: String { get }
    var none: String { get }
    func setBy(_ agent: String) -> String
    /// A missed call set the agent away.
    var setByRouting: String { get }
    /// The console was killed without logging out.
    var consoleGone: String { get }
    func role(_ role: AgentRole) -> String

    // Messages
    func reassigned(_ id: Int64, _ agent: String) -> String
    func wentAway(_ agent: String, _ reason: String) -> String
    func loggedOut(_ agent: String) -> String
    func wrapUpEnded(_ agent: String) -> String
    var selectContact: String { get }
    var selectAgent: String { get }
    var noContactToOpen: String { get }
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
