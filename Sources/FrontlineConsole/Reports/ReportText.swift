import Foundation
import FrontlineCore
import FrontlineScreen

/// A report as terminal lines: tables aligned by display width (Chinese and Korean names line
/// up) and block-character charts. `frontline report` prints these lines; the wallboard's reports
/// view shows the same. Agent names are made inert (`SafeText.visible`) before they are drawn.
public enum ReportText {
    /// Which parts to draw: the monthly report adds the classifications and follow-up coverage.
    public static func lines(_ report: Report, labels: ReportLabels, heading: String, chartWidth: Int = 40) -> [String] {
        var out: [String] = [heading, ""]
        out.append(labels.channels)
        let channelRows = report.channels.map { channelRow($0, name: $0.channel?.rawValue ?? "") }
            + [channelRow(report.team, name: labels.allChannels)]
        out += table(labels.channelColumns, channelRows, rightFrom: 1)
        out.append("")
        out.append(labels.agents)
        if report.agents.isEmpty {
            out.append("  " + labels.none)
        } else {
            out += table(labels.agentColumns, report.agents.map { agent in
                [name(agent)] + Channel.allCases.map { String(agent.handled[$0] ?? 0) }
                    + [agent.handleTime.mean, agent.handleTime.p90, agent.firstReplyTime.median, agent.firstReplyTime.p90,
                       agent.nextReplyTime.median, agent.nextReplyTime.p90].map(duration)
            }, rightFrom: 1)
            out.append("")
            out += table(labels.agentTimeColumns, report.agents.map { agent in
                let away = agent.time.filter { $0.key.hasPrefix("away:") }.values.reduce(0, +)
                return [name(agent), duration(agent.time["available"]), duration(agent.time["busy"]), duration(agent.time["wrap-up"]),
                        duration(away == 0 ? nil : away), String(agent.breaches.values.reduce(0, +)), String(agent.transfers),
                        String(agent.handOffs), String(agent.forbiddenWordingSent)]
            }, rightFrom: 1)
            out.append("")
            out += table(labels.agentWorkColumns, report.agents.map { agent in
                [name(agent), String(agent.complaintsFiled), String(agent.complaintsOwned), "\(agent.followUpsDone)/\(agent.followUpsDue)",
                 agent.qaScore.map { "\(Int($0.rounded(.down)))%" } ?? "–",
                 agent.satisfaction.map { String(format: "%.0f%% %.1f (%d)", $0.csatPercent, $0.average, $0.count) } ?? "–"]
            }, rightFrom: 1)
        }
        out.append("")
        out.append(labels.hours)
        out += hourChart(report.hours, width: chartWidth)
        out.append("")
        out.append(labels.codes)
        out += codeChart(report.wrapUpCodes, none: labels.none, width: chartWidth)
        if report.period == .monthly {
            out.append("")
            out.append(labels.complaints)
            out += report.complaints.isEmpty ? ["  " + labels.none]
                : table(labels.complaintColumns, report.complaints.map { [$0.category.rawValue, $0.severity.rawValue, $0.state.rawValue, String($0.count)] },
                        rightFrom: 3)
            out.append("")
            out.append(labels.followUps)
            out += table(labels.followUpColumns, report.followUpCoverage.map { [$0.kind, String($0.due), String($0.done), percent($0.coverage)] },
                         rightFrom: 1)
        }
        return out
    }

    private static func channelRow(_ figures: QueueFigures, name: String) -> [String] {
        [name, String(figures.offered), String(figures.answered), String(figures.abandoned), String(figures.shortAbandons),
         percent(figures.sl), percent(figures.sl2), duration(figures.averageSpeedOfAnswer), duration(figures.averageHandleSeconds),
         String(figures.repeatContacts)]
    }

    private static func name(_ agent: AgentFigures) -> String {
        SafeText.visible(agent.displayName == agent.name ? agent.name : "\(agent.displayName) (\(agent.name))")
    }

    /// Rounded down, as `frontline stats` prints it; – when there is nothing to divide.
    public static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded(.down)))%" } ?? "–"
    }

    public static func duration(_ seconds: Double?) -> String {
        seconds.map { DurationFormat.clock(Int($0.rounded())) } ?? "–"
    }

    /// Aligned columns; the first left-aligned, from `rightFrom` on right-aligned; two spaces between.
    static func table(_ headers: [String], _ rows: [[String]], rightFrom: Int) -> [String] {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            "  " + row.indices.map { column in
                column >= rightFrom ? DisplayWidth.padLeft(row[column], to: widths[column]) : DisplayWidth.pad(row[column], to: widths[column])
            }
            .joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }

    /// A bar of `value / maximum` of `width` cells, in eighths of a cell.
    public static func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard maximum > 0, value > 0 else { return "" }
        let eighths = max(1, value * width * 8 / maximum)
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    /// Offered per hour as bars, with each hour's SL; only the hours from the first to the last busy one.
    static func hourChart(_ hours: [QueueFigures], width: Int) -> [String] {
        let busy = hours.filter { $0.offered > 0 }
        guard let first = busy.first?.hour, let last = busy.last?.hour else { return ["  –"] }
        let maximum = busy.map(\.offered).max() ?? 0
        let countWidth = String(maximum).count
        return hours.filter { ($0.hour ?? 0) >= first && ($0.hour ?? 0) <= last }.map { hour in
            let label = String(format: "%02d", hour.hour ?? 0)
            let count = String(repeating: " ", count: countWidth - String(hour.offered).count) + String(hour.offered)
            return "  \(label) \(count) \(DisplayWidth.pad(bar(hour.offered, of: maximum, width: width), to: width)) SL \(percent(hour.sl))"
        }
    }

    static func codeChart(_ codes: [CodeCount], none: String, width: Int) -> [String] {
        guard let maximum = codes.map(\.count).max() else { return ["  " + none] }
        let names = codes.map { SafeText.visible($0.code) }
        let nameWidth = names.map(DisplayWidth.of).max() ?? 0
        let countWidth = String(maximum).count
        return zip(names, codes).map { name, code in
            "  \(DisplayWidth.pad(name, to: nameWidth)) \(DisplayWidth.padLeft(String(code.count), to: countWidth)) \(bar(code.count, of: maximum, width: width))"
        }
    }
}
