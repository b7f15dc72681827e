import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The lists of the board that a selection moves in.
public enum WallboardSection: CaseIterable, Sendable {
    case queue, agents, abandoned, complaints
}

/// What the keys do right now.
public enum WallboardMode: Equatable, Sendable {
    case board
    /// Choosing the agent the contact goes to.
    case pickingAgent(contactId: Int64)
    /// Choosing why the agent goes away.
    case pickingReason(agent: String)
    /// A contact or agent open, read-only.
    case detail
    /// Every key, from the binding tables (`?`).
    case help
    /// Today's, this week's or this month's report (`R`).
    case reports
}

/// A contact or an agent opened from the board.
public enum WallboardDetail: Equatable, Sendable {
    case contact(Contact, file: CustomerFile?, transcript: [ChatMessage])
    case agent(Agent, log: [AgentStateLogEntry], held: [OpenItem])
}

/// Everything the wallboard shows, changed only by `updateWallboard`.
public struct WallboardState: Sendable {
    public var supervisor: Agent
    public var policy: SLAPolicy
    public var rules: AgentStateRules
    public var text: any WallboardText
    public var width: Int
    public var height: Int
    public var now: Date
    /// Large type for a wall screen.
    public var isLarge: Bool

    /// The store as last read, and the figures at `now`.
    public var input = WallboardInput()
    public var figures: WallboardFigures
    public var chart: ShiftChart?

    public var focus: WallboardSection = .queue
    public var selection: [WallboardSection: Int] = [:]
    public var mode: WallboardMode = .board
    /// The agents or reasons offered in a picker, and the highlighted one.
    public var pickerOptions: [String] = []
    public var pickerSelection = 0
    public var detail: WallboardDetail?
    public var detailScroll = 0
    public var message: StatusMessage?
    /// Since when the database could not be reached; nil while it answers. The board is loaded
    /// again every tick until it does.
    public var databaseLostSince: Date?
    /// Webhooks failing or with dead deliveries: a line in the alert strip.
    public var webhooks = WebhookTrouble()
    public var isQuitting = false
    /// When killed consoles were last looked for.
    public var lastSweep: Date?
    /// The reports view: which period, the report as last counted (nil while it loads), and
    /// whether contacts changed since (it is counted again at most every `reportRefresh`).
    public var reportPeriod: ReportPeriod = .daily
    public var report: Report?
    public var reportScroll = 0
    public var reportStale = false
    public var reportLoadedAt: Date?
    public static let reportRefresh: TimeInterval = 5

    public init(supervisor: Agent, policy: SLAPolicy = .standard, rules: AgentStateRules = .standard,
                text: any WallboardText = EnglishWallboardText(), width: Int, height: Int, now: Date, isLarge: Bool = false) {
        self.supervisor = supervisor
        self.policy = policy
        self.rules = rules
        self.text = text
        self.width = width
        self.height = height
        self.now = now
        self.isLarge = isLarge
        focus = isLarge ? .agents : .queue
        figures = WallboardFigures(WallboardInput(), policy: policy, rules: rules, today: (now, now), now: now)
    }

    /// Today in the policy's time zone, as the service-level figures count it.
    public var today: (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = policy.calendar.timeZone
        return ServiceLevel.today(containing: now, calendar: calendar)
    }

    /// The name the board shows for an agent's login name: the display name, as the agent grid has it.
    func displayName(_ login: String) -> String {
        input.agents.first { $0.name == login }?.displayName ?? login
    }

    /// The sections on screen: the large layout shows only the agents of the lists.
    public var sections: [WallboardSection] { isLarge ? [.agents] : WallboardSection.allCases }

    func count(of section: WallboardSection) -> Int {
        switch section {
        case .queue: figures.queue.count
        case .agents: figures.agents.count
        case .abandoned: figures.abandonedCalls.count
        case .complaints: figures.complaints.count
        }
    }

    /// The selected line of `section`, kept inside the list as it shrinks.
    public func selected(in section: WallboardSection) -> Int? {
        let count = count(of: section)
        return count == 0 ? nil : min(max(0, selection[section] ?? 0), count - 1)
    }

    public var selectedContact: Contact? {
        guard focus == .queue, let index = selected(in: .queue) else { return nil }
        return figures.queue[index].contact
    }

    public var selectedAgent: Agent? {
        guard focus == .agents, let index = selected(in: .agents) else { return nil }
        return figures.agents[index].agent
    }
}
