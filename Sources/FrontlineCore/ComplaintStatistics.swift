import Foundation

/// The supervisor's complaint figures for the complaints received in a period.
public struct ComplaintStatistics: Equatable, Sendable {
    /// How many complaints share one category, severity and state.
    public struct Classification: Equatable, Sendable {
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

    public struct AboutAgent: Equatable, Sendable {
        public var agent: String
        public var count: Int

        public init(agent: String, count: Int) {
            self.agent = agent
            self.count = count
        }
    }

    /// Non-empty cells only, in the order of the categories, severities and states.
    public var classification: [Classification]
    /// Complaints whose solution was implemented.
    public var resolved: Int
    /// Resolved complaints with at least one follow-up.
    public var followedUp: Int
    /// Ids of the complaints past their next deadline (settling, or the follow-up once resolved).
    public var overdue: [Int64]
    /// Complaints about an agent's service, most first.
    public var aboutAgents: [AboutAgent]

    /// followed up / resolved; nil when nothing was resolved.
    public var followUpCoverage: Double? { resolved == 0 ? nil : Double(followedUp) / Double(resolved) }

    public init(classification: [Classification], resolved: Int, followedUp: Int, overdue: [Int64], aboutAgents: [AboutAgent]) {
        self.classification = classification
        self.resolved = resolved
        self.followedUp = followedUp
        self.overdue = overdue
        self.aboutAgents = aboutAgents
    }

    /// Counts `complaints`; `followedUpIds` are those with at least one follow-up.
    public init(complaints: [Complaint], followedUpIds: Set<Int64>, policy: SLAPolicy, at now: Date) {
        var cells: [Key: Int] = [:]
        var about: [String: Int] = [:]
        for complaint in complaints {
            cells[Key(category: complaint.category, severity: complaint.severity, state: complaint.state), default: 0] += 1
            if let agent = complaint.aboutAgent { about[agent, default: 0] += 1 }
        }
        classification = cells.map { Classification(category: $0.key.category, severity: $0.key.severity, state: $0.key.state, count: $0.value) }
            .sorted { $0.order.lexicographicallyPrecedes($1.order) }
        let resolvedIds = complaints.filter { $0.resolvedAt != nil }.compactMap(\.id)
        resolved = resolvedIds.count
        followedUp = resolvedIds.filter(followedUpIds.contains).count
        overdue = complaints.filter { $0.isOverdue(policy: policy, at: now) }.compactMap(\.id).sorted()
        aboutAgents = about.map { AboutAgent(agent: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.agent) < ($0.count, $1.agent) }
    }

    private struct Key: Hashable {
        var category: ComplaintCategory
        var severity: ComplaintSeverity
        var state: ComplaintState
    }
}

extension ComplaintStatistics.Classification {
    fileprivate var order: [Int] {
        [ComplaintCategory.allCases.firstIndex(of: category) ?? 0, ComplaintSeverity.allCases.firstIndex(of: severity) ?? 0,
         ComplaintState.allCases.firstIndex(of: state) ?? 0]
    }
}
