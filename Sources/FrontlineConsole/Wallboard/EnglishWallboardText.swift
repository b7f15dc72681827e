import FrontlineCore

/// The wallboard in English.
public struct EnglishWallboardText: WallboardText {
    public init() {}

    public var console: any ConsoleText { EnglishText() }

    public func short(_ action: WallboardAction) -> String {
        switch action {
        case .nextSection, .previousSection: "section"
        case .moveDown, .pickDown, .scrollDown: "down"
        case .moveUp, .pickUp, .scrollUp: "up"
        case .open: "open"
        case .reassign: "reassign"
        case .setAway: "away"
        case .logOut: "offline"
        case .endWrapUp: "end wrap-up"
        case .toggleLarge: "large"
        case .help: "help"
        case .quit: "quit"
        case .pick: "choose"
        case .cancel: "cancel"
        case .close: "close"
        }
    }

    public func help(_ action: WallboardAction) -> String {
        switch action {
        case .nextSection: "Next section: queue, agents, abandoned calls, complaints"
        case .previousSection: "Previous section"
        case .moveDown: "Select the next line"
        case .moveUp: "Select the previous line"
        case .open: "Open the selected contact (customer file and transcript) or agent (state log today, held contacts), read-only"
        case .reassign: "Give the selected contact to an agent you pick"
        case .setAway: "Set the selected agent away, with a reason"
        case .logOut: "Set the selected agent offline"
        case .endWrapUp: "End the selected agent's wrap-up"
        case .toggleLarge: "Switch between the full board and large type for a wall screen"
        case .help: "Show all keys"
        case .quit: "Leave the wallboard"
        case .pick: "Choose the highlighted line"
        case .pickDown: "Highlight the next line"
        case .pickUp: "Highlight the previous line"
        case .cancel: "Close the list without a change"
        case .scrollDown: "Scroll down"
        case .scrollUp: "Scroll up"
        case .close: "Back to the board"
        }
    }

    public var boardKeys: String { "Wallboard" }
    public var pickingKeys: String { "Choosing an agent or a reason" }
    public var detailKeys: String { "A contact or agent opened" }

    public var title: String { "Wallboard" }
    public func serviceLevelToday(_ percent: String) -> String { "SL today \(percent)" }
    public func waitingNow(_ count: Int) -> String { "\(count) waiting" }
    public var channelColumns: [String] { ["Channel", "Waiting", "Longest", "Answered", "Abandoned", "SL", "Avg wait", "Avg handle"] }
    public var atRisk: String { "At risk" }
    public var breached: String { "Breached" }
    public var awayTooLong: String { "Away too long" }
    public var noAlerts: String { "No alerts: every timer is in time and nobody is away too long." }
    public var queueTitle: String { "Queue" }
    public var queueColumns: [String] { ["Ch.", "Customer", "Waited", "Left", "Agent"] }
    public var nobodyWaiting: String { "Nobody is waiting." }
    public var agentsTitle: String { "Agents" }
    public var agentColumns: [String] { ["Agent", "State", "Reason", "For", "Contact", "Done", "Breaches"] }
    public var noAgents: String { "No agents yet: frontline agents add NAME" }

    public func state(_ state: AgentState) -> String {
        switch state {
        case .offline: "offline"
        case .available: "available"
        case .busy: "busy"
        case .wrapUp: "wrap-up"
        case .away: "away"
        }
    }

    public var abandonedTitle: String { "Abandoned calls" }
    public var noAbandoned: String { "No abandoned calls today." }
    public var complaintsTitle: String { "Major or overdue complaints" }
    public var noComplaints: String { "None." }
    public var overdue: String { "overdue" }
    public var chartTitle: String { "Today" }
    public func chartQueue(peak: Int) -> String { "Queue (peak \(peak))" }
    public var chartServiceLevel: String { "SL" }
    public var waitingLabel: String { "waiting" }
    public var longestLabel: String { "longest" }

    public func reassignTitle(_ id: Int64) -> String { "Give contact \(id) to" }
    public func awayTitle(_ agent: String) -> String { "\(agent) goes away for" }
    public var nobodyLoggedIn: String { "No agent is logged in to take it." }
    public func contactTitle(_ id: Int64, _ customer: String) -> String { "Contact \(id) · \(customer) · read-only" }
    public func agentTitle(_ agent: String) -> String { "\(agent) · read-only" }
    public var heldContacts: String { "Holding" }
    public var stateLogToday: String { "States today" }
    public var none: String { "none" }
    public func setBy(_ agent: String) -> String { "by \(agent)" }

    public func reassigned(_ id: Int64, _ agent: String) -> String { "Contact \(id) is now \(agent)'s." }
    public func wentAway(_ agent: String, _ reason: String) -> String { "\(agent) is away (\(reason))." }
    public func loggedOut(_ agent: String) -> String { "\(agent) is offline." }
    public func wrapUpEnded(_ agent: String) -> String { "\(agent)'s wrap-up ended." }
    public var selectContact: String { "Select a contact in the queue first (Tab to the queue)." }
    public var selectAgent: String { "Select an agent first (Tab to the agents)." }
    public var noContactToOpen: String { "This complaint came in without a contact to open." }

    public var setByRouting: String { "by routing (call not answered)" }
    public var consoleGone: String { "console closed without logging out" }
    public func role(_ role: AgentRole) -> String {
        switch role {
        case .agent: "agent"
        case .supervisor: "supervisor"
        case .trainee: "trainee"
        }
    }
}
