import Foundation
import FrontlineCore
import FrontlineScreen

/// What `frontline complaints stats` prints, as text, CSV or JSON.
struct ComplaintStatsReport {
    var from: Date
    var to: Date
    var statistics: ComplaintStatistics

    private var coverage: String {
        "\(statistics.followedUp)/\(statistics.resolved) (\(ServiceLevelFormat.percent(statistics.followedUp, statistics.resolved)))"
    }

    func text() -> String {
        var lines = ["complaints received \(Timestamp.format(from)) to \(Timestamp.format(to))", ""]
        lines.append(statistics.classification.isEmpty ? "no complaints" : TextTable.render(
            headers: ["category", "severity", "state", "count"],
            rows: statistics.classification.map { [$0.category.rawValue, $0.severity.rawValue, $0.state.rawValue, String($0.count)] },
            rightAligned: [3]))
        lines.append("")
        lines.append("follow-up coverage  \(coverage)")
        lines.append("overdue             \(statistics.overdue.count)" + (statistics.overdue.isEmpty ? "" : ": " + statistics.overdue.map(String.init).joined(separator: ", ")))
        lines.append(statistics.aboutAgents.isEmpty ? "about agents        none" : "about agents")
        lines += statistics.aboutAgents.map { "  \(SafeText.visible($0.agent))  \($0.count)" }
        return lines.joined(separator: "\n")
    }

    /// One table: every figure is a row named by its metric; unused columns stay empty.
    func csvRows() -> [[String]] {
        var rows = [["metric", "category", "severity", "state", "agent", "value"]]
        rows += statistics.classification.map { ["classification", $0.category.rawValue, $0.severity.rawValue, $0.state.rawValue, "", String($0.count)] }
        rows.append(["resolved", "", "", "", "", String(statistics.resolved)])
        rows.append(["followed_up", "", "", "", "", String(statistics.followedUp)])
        rows.append(["overdue", "", "", "", "", String(statistics.overdue.count)])
        rows += statistics.aboutAgents.map { ["about_agent", "", "", "", $0.agent, String($0.count)] }
        return rows
    }

    func json() -> [String: Any] {
        [
            "from": Timestamp.format(from), "to": Timestamp.format(to),
            "classification": statistics.classification.map {
                ["category": $0.category.rawValue, "severity": $0.severity.rawValue, "state": $0.state.rawValue, "count": $0.count] as [String: Any]
            },
            "resolved": statistics.resolved, "followed_up": statistics.followedUp,
            "follow_up_coverage": JSONOutput.value(statistics.followUpCoverage),
            "overdue": statistics.overdue,
            "about_agents": statistics.aboutAgents.map { ["agent": $0.agent, "count": $0.count] as [String: Any] },
        ]
    }
}
