import Foundation
import FrontlineConsole
import FrontlineCore
import FrontlineScreen

/// A `Report` as `frontline report` writes it: its heading, CSV rows, JSON object and file name.
/// The field names are documented in docs/reports.md; change them there too.
struct ReportFile {
    var report: Report
    var calendar: Calendar

    func heading(_ language: ConsoleLanguage) -> String {
        let title = ReportLabels.of(language).title[report.period] ?? "Report"
        var scope = ""
        if let agent = report.agentFilter { scope += " · agent \(SafeText.visible(agent))" }
        if let group = report.groupFilter { scope += " · group \(SafeText.visible(group))" }
        return "\(title) \(Timestamp.format(report.from)) – \(Timestamp.format(report.to))\(scope)"
    }

    /// The date part of the file name: 2026-12-05, 2026-W49, 2026-12, or from_to for a hand-given period.
    var dateStamp: String {
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.calendar = Calendar(identifier: .gregorian)
        day.timeZone = calendar.timeZone
        day.dateFormat = "yyyy-MM-dd"
        switch report.period {
        case .daily: return day.string(from: report.from)
        case .weekly:
            var iso = Calendar(identifier: .iso8601)
            iso.timeZone = calendar.timeZone
            let parts = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: report.from)
            return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
        case .monthly:
            day.dateFormat = "yyyy-MM"
            return day.string(from: report.from)
        case .custom:
            return "\(day.string(from: report.from))_\(day.string(from: report.to))"
        }
    }

    /// `output` itself, or when it is a directory the dated name inside it; refuses an existing file.
    func outputPath(_ output: String, extension ext: String) throws -> String {
        let expanded = (output as NSString).expandingTildeInPath
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory)
        guard exists, isDirectory.boolValue else { return expanded }
        var name = "frontline-\(report.period.rawValue)-\(dateStamp)"
        if let agent = report.agentFilter { name += "-agent-\(Self.fileSafe(agent))" }
        if let group = report.groupFilter { name += "-group-\(Self.fileSafe(group))" }
        return (expanded as NSString).appendingPathComponent("\(name).\(ext)")
    }

    /// Creates `path` and writes `text`, refusing (exit 1) when it exists: a report once written is
    /// never replaced. O_EXCL, so two runs at once cannot both write it.
    static func writeNew(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw CommandFailure.failure("\(path) exists; a report is never overwritten (move it away or choose another --output)") }
            throw CommandFailure.failure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        handle.write(Data(text.utf8))
    }

    private static func fileSafe(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
    }

    // MARK: - CSV

    /// One figure per row: `section,name,metric,value`, so every section fits one table a
    /// spreadsheet can filter. Empty value = nothing to divide.
    func csvRows() -> [[String]] {
        var rows: [[String]] = [["section", "name", "metric", "value"]]
        func add(_ section: String, _ name: String, _ object: [(String, Any)]) {
            for (metric, value) in object { rows.append([section, name, metric, Self.csvValue(value)]) }
        }
        add("report", report.period.rawValue, [("from", Timestamp.format(report.from)), ("to", Timestamp.format(report.to)),
                                               ("agent", report.agentFilter ?? ""), ("group", report.groupFilter ?? "")])
        for channel in report.channels { add("channel", channel.channel?.rawValue ?? "", queue(channel)) }
        add("team", "all", queue(report.team))
        for agent in report.agents { add("agent", agent.name, agentFields(agent)) }
        for hour in report.hours where hour.offered > 0 { add("hour", String(format: "%02d", hour.hour ?? 0), queue(hour)) }
        for code in report.wrapUpCodes { add("wrap_up_code", code.code, [("contacts", code.count)]) }
        for cell in report.complaints {
            add("complaint", "\(cell.category.rawValue)/\(cell.severity.rawValue)/\(cell.state.rawValue)", [("count", cell.count)])
        }
        for coverage in report.followUpCoverage {
            add("follow_up", coverage.kind, [("due", coverage.due), ("done", coverage.done), ("coverage", coverage.coverage as Any)])
        }
        // Filled by satisfaction surveys; no rows until then.
        for (channel, figures) in report.satisfactionByChannel.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            add("satisfaction_channel", channel.rawValue, [("average", figures.average), ("count", figures.count), ("csat_percent", figures.csatPercent)])
        }
        for (code, figures) in report.satisfactionByCode.sorted(by: { $0.key < $1.key }) {
            add("satisfaction_wrap_up_code", code, [("average", figures.average), ("count", figures.count), ("csat_percent", figures.csatPercent)])
        }
        return rows
    }

    private static func csvValue(_ value: Any) -> String {
        switch unwrapped(value) {
        case let number as Double: return number.rounded() == number ? String(Int(number)) : String(format: "%.3f", number)
        case let number as Int: return String(number)
        case let text as String: return text
        case nil: return ""
        case let other?: return "\(other)"
        }
    }

    // MARK: - Figures by name (CSV and JSON share them)

    private func queue(_ figures: QueueFigures) -> [(String, Any)] {
        [("offered", figures.offered), ("answered", figures.answered), ("answered_within_target", figures.serviceLevel.answeredWithinTarget),
         ("abandoned", figures.abandoned), ("abandoned_within_target", figures.serviceLevel.abandonedWithinTarget),
         ("short_abandons", figures.shortAbandons), ("sl", figures.sl as Any), ("sl2", figures.sl2 as Any),
         ("average_speed_of_answer_seconds", figures.averageSpeedOfAnswer as Any), ("handled", figures.handled),
         ("average_handle_seconds", figures.averageHandleSeconds as Any), ("repeat_contacts_7d", figures.repeatContacts)]
    }

    private func agentFields(_ agent: AgentFigures) -> [(String, Any)] {
        var fields: [(String, Any)] = [("display_name", agent.displayName)]
        for channel in Channel.allCases { fields.append(("handled_\(channel.rawValue)", agent.handled[channel] ?? 0)) }
        fields += [("handle_time_average_seconds", agent.handleTime.mean as Any), ("handle_time_p90_seconds", agent.handleTime.p90 as Any),
                   ("first_reply_time_median_seconds", agent.firstReplyTime.median as Any),
                   ("first_reply_time_p90_seconds", agent.firstReplyTime.p90 as Any),
                   ("next_reply_time_median_seconds", agent.nextReplyTime.median as Any),
                   ("next_reply_time_p90_seconds", agent.nextReplyTime.p90 as Any)]
        for (kind, count) in agent.breaches.sorted(by: { $0.key < $1.key }) { fields.append(("breaches_\(kind)", count)) }
        for (code, count) in agent.wrapUpCodes.sorted(by: { $0.key < $1.key }) { fields.append(("wrap_up_code_\(code)", count)) }
        fields += [("transfers", agent.transfers), ("hand_offs", agent.handOffs), ("escalations", agent.escalations),
                   ("complaints_filed", agent.complaintsFiled), ("complaints_owned", agent.complaintsOwned),
                   ("follow_ups_due", agent.followUpsDue), ("follow_ups_done", agent.followUpsDone)]
        for (state, seconds) in agent.time.sorted(by: { $0.key < $1.key }) {
            fields.append(("seconds_\(state.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ":", with: "_"))", seconds))
        }
        fields += [("forbidden_wording_sent", agent.forbiddenWordingSent), ("qa_score", agent.qaScore as Any),
                   ("satisfaction_average", agent.satisfaction?.average as Any), ("satisfaction_count", agent.satisfaction?.count as Any),
                   ("satisfaction_csat_percent", agent.satisfaction?.csatPercent as Any)]
        return fields
    }

    // MARK: - JSON

    func json() -> [String: Any] {
        func object(_ fields: [(String, Any)]) -> [String: Any] {
            Dictionary(fields.map { ($0.0, JSONOutput.value(Self.unwrapped($0.1))) }, uniquingKeysWith: { $1 })
        }
        func withName(_ key: String, _ value: Any, _ fields: [(String, Any)]) -> [String: Any] {
            var result = object(fields)
            result[key] = value
            return result
        }
        return [
            "period": report.period.rawValue, "from": Timestamp.format(report.from), "to": Timestamp.format(report.to),
            "agent": JSONOutput.value(report.agentFilter), "group": JSONOutput.value(report.groupFilter),
            "team": object(queue(report.team)),
            "channels": report.channels.map { withName("channel", $0.channel?.rawValue ?? "", queue($0)) },
            "agents": report.agents.map { agent in
                var result = withName("agent", agent.name, agentFields(agent).filter {
                    !$0.0.hasPrefix("breaches_") && !$0.0.hasPrefix("wrap_up_code_") && !$0.0.hasPrefix("seconds_") && !$0.0.hasPrefix("handled_")
                        && !$0.0.hasPrefix("satisfaction_")
                })
                result["handled"] = Dictionary(uniqueKeysWithValues: Channel.allCases.map { ($0.rawValue, agent.handled[$0] ?? 0) })
                result["breaches"] = agent.breaches
                result["wrap_up_codes"] = agent.wrapUpCodes
                result["seconds_by_state"] = agent.time
                result["satisfaction"] = agent.satisfaction.map { ["average": $0.average, "count": $0.count, "csat_percent": $0.csatPercent] as [String: Any] } ?? NSNull()
                return result
            },
            "hours": report.hours.map { withName("hour", $0.hour ?? 0, queue($0)) },
            "wrap_up_codes": report.wrapUpCodes.map { ["code": $0.code, "contacts": $0.count] as [String: Any] },
            "complaints": report.complaints.map {
                ["category": $0.category.rawValue, "severity": $0.severity.rawValue, "state": $0.state.rawValue, "count": $0.count] as [String: Any]
            },
            "follow_up_coverage": report.followUpCoverage.map {
                ["kind": $0.kind, "due": $0.due, "done": $0.done, "coverage": JSONOutput.value($0.coverage)] as [String: Any]
            },
            "satisfaction_by_channel": Dictionary(uniqueKeysWithValues: report.satisfactionByChannel.map {
                ($0.key.rawValue, ["average": $0.value.average, "count": $0.value.count, "csat_percent": $0.value.csatPercent] as [String: Any])
            }),
            "satisfaction_by_wrap_up_code": report.satisfactionByCode.mapValues { ["average": $0.average, "count": $0.count, "csat_percent": $0.csatPercent] as [String: Any] },
        ]
    }

    /// A figure left out (`Double?` nil boxed in `Any`) as nil, a present one as its value.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}
