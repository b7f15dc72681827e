import Foundation
import FrontlineCore
import TOMLKit

/// The response-time policy as written in `config.toml`: the calendar, a rule per timer
/// (with optional per-priority rules), the short-abandon threshold, and the agent-state and
/// routing rules of `[agents]`. Anything left out
/// keeps its built-in value, and `sources` says which values the file set and on which line.
public struct PolicyFile: Sendable {
    public var policy: SLAPolicy
    /// Wrap-up and offer times, routing on or off, and how long each away reason may last.
    public var agentRules: AgentStateRules
    /// Setting path (`timers.pickup.target`, `calendar.hours.mon`) to `file:line`; built-in values are absent.
    public var sources: [String: String]
    /// `[connectors] keep_events`: how long `frontline events prune` keeps outbound events (default 30 days).
    public var keepOutboundEvents: TimeInterval = PolicyFile.defaultKeepOutboundEvents
    public static let defaultKeepOutboundEvents: TimeInterval = 30 * 86400

    public init(policy: SLAPolicy, agentRules: AgentStateRules = .standard, sources: [String: String] = [:]) {
        self.policy = policy
        self.agentRules = agentRules
        self.sources = sources
    }

    /// Reads a policy file; every mistake is reported, each with its line and what is allowed.
    public static func parse(_ text: String, name: String, base: SLAPolicy = .standard) -> Result<PolicyFile, PolicyFileErrors> {
        var reader = PolicyReader(name: name, lines: TOMLLineIndex(text), file: PolicyFile(policy: base))
        switch TOMLSource.table(text, name: name) {
        case .success(let root): reader.read(root)
        case .failure(let mistakes): return .failure(mistakes)
        }
        return reader.errors.isEmpty ? .success(reader.file) : .failure(PolicyFileErrors(errors: reader.errors))
    }
}

/// One mistake in a policy file.
public typealias PolicyFileError = FileMistake

/// Every mistake found in a policy file, in file order.
public typealias PolicyFileErrors = FileMistakes

/// Walks the parsed TOML, filling in the policy and collecting mistakes.
private struct PolicyReader {
    let name: String
    let lines: TOMLLineIndex
    var file: PolicyFile
    var errors: [PolicyFileError] = []

    mutating func read(_ root: TOMLTable) {
        for (key, value) in root {
            switch key {
            case "calendar": table(value, "calendar").map { readCalendar($0) }
            case "timers": table(value, "timers").map { readTimers($0) }
            case "abandon": table(value, "abandon").map { readAbandon($0) }
            case "agents": table(value, "agents").map { readAgents($0) }
            case "routing": table(value, "routing").map { readRouting($0) }
            case "handoff": table(value, "handoff").map { readHandoff($0) }
            case "wrap_up_codes": table(value, "wrap_up_codes").map { readWrapUpCodes($0) }
            case "follow_up": table(value, "follow_up").map { readFollowUp($0) }
            case "connectors": table(value, "connectors").map { readConnectors($0) }
            default: fail("", key, "unknown setting \"\(key)\"; the file has [calendar], [timers.KIND], [abandon], [agents], [routing], [handoff], [wrap_up_codes], [follow_up] and [connectors]")
            }
        }
        errors.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    // MARK: Calendar

    private mutating func readCalendar(_ calendar: TOMLTable) {
        for (key, value) in calendar {
            switch key {
            case "time_zone":
                if let text = value.string, let zone = TimeZone(identifier: text) {
                    file.policy.calendar.timeZone = zone
                    note("calendar.time_zone", "calendar", key)
                } else {
                    fail("calendar", key, "time_zone must be a zone name such as \"Asia/Shanghai\" or \"Asia/Seoul\"")
                }
            case "holidays":
                guard let days = value.array?.map({ $0.string }), days.allSatisfy({ $0.map(Self.isDay) ?? false }) else {
                    fail("calendar", key, "holidays must be a list of dates written \"YYYY-MM-DD\"")
                    continue
                }
                file.policy.calendar.holidays = Set(days.compactMap { $0 })
                note("calendar.holidays", "calendar", key)
            case "hours":
                table(value, "calendar.hours").map { readHours($0) }
            default:
                fail("calendar", key, "unknown calendar setting \"\(key)\"; use time_zone, holidays and [calendar.hours]")
            }
        }
    }

    private mutating func readHours(_ hours: TOMLTable) {
        for (key, value) in hours {
            guard let day = Weekday(rawValue: key) else {
                fail("calendar.hours", key, "unknown day \"\(key)\"; use mon, tue, wed, thu, fri, sat, sun")
                continue
            }
            let texts = value.array?.map { $0.string } ?? []
            let ranges = texts.compactMap { $0.flatMap(ClockRange.init) }
            guard value.array != nil, ranges.count == texts.count,
                  zip(ranges, ranges.dropFirst()).allSatisfy({ $0.end <= $1.start }) else {
                fail("calendar.hours", key, "\(key) must be a list of \"HH:MM-HH:MM\" periods in order, e.g. [\"09:00-12:00\", \"13:00-18:00\"], or [] for a day off")
                continue
            }
            file.policy.calendar.hours[day] = ranges
            note("calendar.hours.\(key)", "calendar.hours", key)
        }
    }

    // MARK: Timers

    private mutating func readTimers(_ timers: TOMLTable) {
        for (key, value) in timers {
            guard let kind = TimerKind(rawValue: key) else {
                let kinds = TimerKind.allCases.map(\.rawValue).joined(separator: ", ")
                fail("timers", key, "unknown timer \"\(key)\"; timers are \(kinds)")
                continue
            }
            guard let settings = table(value, "timers.\(key)") else { continue }
            // The rule as written, not as the calendar reads it: a follow-up's working days must not be converted twice.
            var rule = file.policy.storedRule(kind)
            readRule(settings, into: &rule, section: "timers.\(key)", priorities: true, kind: kind)
            file.policy.rules[kind] = rule
            // A promise's own target replaces the calendar's half working day; without one it keeps following the calendar.
            if kind == .promisedReply, file.sources["timers.\(key).target"] != nil { file.policy.promiseTarget = rule.target }
        }
    }

    private mutating func readRule(_ settings: TOMLTable, into rule: inout TimerRule, section: String, priorities: Bool, kind: TimerKind) {
        // Plain settings first: a priority rule starts from the finished rule of its timer.
        let entries = settings.map { ($0.0, $0.1) }.sorted { ($0.1.table == nil ? 0 : 1) < ($1.1.table == nil ? 0 : 1) }
        for (key, value) in entries {
            switch key {
            case "target":
                if let seconds = TOMLSource.duration(value), seconds > 0 { rule.target = seconds } else {
                    fail(section, key, "target must be a duration of at most a year (365d), such as \"45s\", \"3m\", \"4h\", \"3d\" or a number of seconds")
                    continue
                }
            case "warning":
                if let fraction = Self.fraction(value) { rule.warningFraction = fraction } else {
                    fail(section, key, "warning must be a share of the target between 0 and 1, such as 0.8 or \"80%\"")
                    continue
                }
            case "clock":
                if let clock = value.string.flatMap(ClockKind.init(rawValue:)) { rule.clock = clock } else {
                    fail(section, key, "clock must be \"wall\", \"working\" or \"end-of-working-day\"")
                    continue
                }
            case "pausable", "enabled":
                guard let flag = value.bool else {
                    fail(section, key, "\(key) must be true or false")
                    continue
                }
                if key == "pausable" { rule.pausable = flag } else { rule.enabled = flag }
            default:
                if priorities, let priority = Priority(rawValue: key) {
                    guard let overrides = table(value, "\(section).\(key)") else { continue }
                    var priorityRule = rule
                    readRule(overrides, into: &priorityRule, section: "\(section).\(key)", priorities: false, kind: kind)
                    file.policy.priorityRules[kind, default: [:]][priority] = priorityRule
                    continue
                }
                let more = priorities ? ", or a [\(section).PRIORITY] table (low, normal, high, urgent)" : ""
                fail(section, key, "unknown timer setting \"\(key)\"; use target, warning, clock, pausable, enabled\(more)")
                continue
            }
            note("\(section).\(key)", section, key)
        }
    }

    // MARK: Abandon

    private mutating func readAbandon(_ abandon: TOMLTable) {
        for (key, value) in abandon {
            guard key == "short" else {
                fail("abandon", key, "unknown abandon setting \"\(key)\"; use short")
                continue
            }
            guard let seconds = TOMLSource.duration(value), seconds >= 0 else {
                fail("abandon", key, "short must be a duration of at most a year (365d), such as \"5s\"")
                continue
            }
            file.policy.shortAbandon = seconds
            note("abandon.short", "abandon", key)
        }
    }

    // MARK: Routing to owners

    private mutating func readRouting(_ routing: TOMLTable) {
        for (key, value) in routing {
            guard key == "owner_wait" || key == "group_wait" else {
                fail("routing", key, "unknown routing setting \"\(key)\"; use owner_wait and group_wait")
                continue
            }
            guard let seconds = TOMLSource.duration(value), seconds >= 0, seconds <= 86400 else {
                let zero = key == "owner_wait" ? "0 to keep nothing for owners" : "0 to offer group contacts to everyone at once"
                fail("routing", key, "\(key) must be a duration of at most a day, such as \"60s\" or \"5m\", or \(zero)")
                continue
            }
            if key == "owner_wait" { file.policy.ownerWait = seconds } else { file.policy.groupWait = seconds }
            note("routing.\(key)", "routing", key)
        }
    }

    // MARK: Connectors

    private mutating func readConnectors(_ connectors: TOMLTable) {
        for (key, value) in connectors {
            switch key {
            case "keep_events":
                guard let seconds = TOMLSource.duration(value), seconds >= 3600 else {
                    fail("connectors", key, "keep_events must be a duration of at least 1h, such as \"30d\" or \"720h\"")
                    continue
                }
                file.keepOutboundEvents = seconds
            default:
                fail("connectors", key, "unknown connectors setting \"\(key)\"; use keep_events")
                continue
            }
            note("connectors.\(key)", "connectors", key)
        }
    }

    // MARK: Hand-offs to departments

    private mutating func readHandoff(_ handoff: TOMLTable) {
        for (key, value) in handoff {
            switch key {
            case "departments":
                let names = value.array?.map { $0.string } ?? []
                guard value.array != nil, !names.isEmpty, names.allSatisfy({ $0.map(ContactAudience.isGroupName) ?? false }) else {
                    fail("handoff", key, "departments must be a list of names in lower-case letters, digits and -, e.g. [\"warehouse\", \"finance\"]")
                    continue
                }
                file.policy.departments = names.compactMap { $0 }
            case "answer_within":
                guard let seconds = TOMLSource.duration(value), seconds > 0, seconds <= SLAPolicy.longestHandoff else {
                    fail("handoff", key, "answer_within must be a duration of at most 24h, such as \"1h\" (the manuals: 1 h, at most 2 h)")
                    continue
                }
                file.policy.handoffAnswerWithin = seconds
            default:
                fail("handoff", key, "unknown handoff setting \"\(key)\"; use departments and answer_within")
                continue
            }
            note("handoff.\(key)", "handoff", key)
        }
    }

    // MARK: Follow-ups

    /// `[follow_up]`: the manuals' follow-up rules (every member after a service, complaints once or twice).
    private mutating func readFollowUp(_ section: TOMLTable) {
        for (key, value) in section {
            switch key {
            case "members_after_service":
                guard let flag = value.bool else {
                    fail("follow_up", key, "members_after_service must be true or false")
                    continue
                }
                file.policy.followUps.membersAfterService = flag
            case "member_delay", "complaint_spacing":
                guard let seconds = TOMLSource.duration(value), seconds >= 0, seconds <= FollowUpRules.longestDelay else {
                    fail("follow_up", key, "\(key) must be a duration of at most 30d, such as \"1d\" (one working day)")
                    continue
                }
                if key == "member_delay" { file.policy.followUps.memberDelay = seconds } else { file.policy.followUps.complaintSpacing = seconds }
            case "complaint_follow_ups":
                guard let count = value.int, FollowUpRules.allowedComplaintFollowUps.contains(count) else {
                    fail("follow_up", key, "complaint_follow_ups must be 1 or 2 (the manuals: at least one or two follow-ups)")
                    continue
                }
                file.policy.followUps.complaintFollowUps = count
            default:
                fail("follow_up", key, "unknown follow-up setting \"\(key)\"; use members_after_service, member_delay, complaint_follow_ups and complaint_spacing")
                continue
            }
            note("follow_up.\(key)", "follow_up", key)
        }
    }

    // MARK: Agent states and routing

    private mutating func readAgents(_ agents: TOMLTable) {
        for (key, value) in agents {
            switch key {
            case "wrap_up", "offer":
                guard let seconds = TOMLSource.duration(value), seconds >= (key == "offer" ? 1 : 0) else {
                    fail("agents", key, key == "offer" ? "offer must be a duration of at least 1s, such as \"15s\""
                                                         : "wrap_up must be a duration of at most a year (365d), such as \"30s\", or 0 for no wrap-up")
                    continue
                }
                if key == "offer" { file.agentRules.offerSeconds = seconds } else { file.agentRules.wrapUpSeconds = seconds }
            case "routing":
                guard let flag = value.bool else {
                    fail("agents", key, "routing must be true (offer contacts to agents) or false (agents take work with n)")
                    continue
                }
                file.agentRules.routingEnabled = flag
            case "away_limits":
                table(value, "agents.away_limits").map { readAwayLimits($0) }
                continue
            default:
                fail("agents", key, "unknown agents setting \"\(key)\"; use wrap_up, offer, routing and [agents.away_limits]")
                continue
            }
            note("agents.\(key)", "agents", key)
        }
    }

    private mutating func readAwayLimits(_ limits: TOMLTable) {
        for (key, value) in limits {
            guard let reason = AwayReason(rawValue: key) else {
                let reasons = AwayReason.allCases.map(\.rawValue).joined(separator: ", ")
                fail("agents.away_limits", key, "unknown away reason \"\(key)\"; reasons are \(reasons)")
                continue
            }
            guard let seconds = TOMLSource.duration(value), seconds > 0 else {
                fail("agents.away_limits", key, "\(key) must be a duration of at most a year (365d), such as \"15m\" or \"1h\"")
                continue
            }
            file.agentRules.awayLimits[reason] = seconds
            note("agents.away_limits.\(key)", "agents.away_limits", key)
        }
    }

    // MARK: Wrap-up codes

    /// `required`, `codes` (the list in the order agents see it) and `[wrap_up_codes.names.CODE]`
    /// (a team's own code's names: en, zh, ko). Names are read after the list, whatever the order in the file.
    private mutating func readWrapUpCodes(_ section: TOMLTable) {
        var names: TOMLTable?
        for (key, value) in section {
            switch key {
            case "required":
                guard let flag = value.bool else {
                    fail("wrap_up_codes", key, "required must be true (every contact needs a code) or false (codes are optional)")
                    continue
                }
                file.policy.wrapUp.codesRequired = flag
            case "codes":
                let ids = value.array?.map { $0.string } ?? []
                guard value.array != nil, !ids.isEmpty, ids.allSatisfy({ $0.map(WrapUpCode.isWellFormed) ?? false }),
                      Set(ids).count == ids.count else {
                    let shipped = InquiryCategory.allCases.map(\.rawValue).joined(separator: ", ")
                    fail("wrap_up_codes", key, "codes must be a list of distinct codes in lower case with dashes, such as [\"payment\", \"warranty\"]; the shipped ones are \(shipped)")
                    continue
                }
                file.policy.wrapUp.codes = ids.compactMap { $0 }.map { WrapUpCode(id: $0) }
            case "names":
                names = table(value, "wrap_up_codes.names")
                continue
            default:
                fail("wrap_up_codes", key, "unknown wrap_up_codes setting \"\(key)\"; use required, codes and [wrap_up_codes.names.CODE]")
                continue
            }
            note("wrap_up_codes.\(key)", "wrap_up_codes", key)
        }
        if let names { readWrapUpNames(names) }
    }

    private mutating func readWrapUpNames(_ names: TOMLTable) {
        for (id, value) in names {
            guard let index = file.policy.wrapUp.codes.firstIndex(where: { $0.id == id }) else {
                fail("wrap_up_codes.names", id, "\"\(id)\" is not in wrap_up_codes.codes; name only codes the list offers")
                continue
            }
            guard let languages = table(value, "wrap_up_codes.names.\(id)") else { continue }
            for (code, name) in languages {
                guard let language = Language(code: code), let text = name.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
                      !text.contains(where: \.isNewline) else {
                    fail("wrap_up_codes.names.\(id)", code, "write each name as a language and one line of text, such as en = \"Warranty\", zh = \"保修\", ko = \"보증\"")
                    continue
                }
                file.policy.wrapUp.codes[index].names[language] = text
            }
            note("wrap_up_codes.names.\(id)", "wrap_up_codes.names", id)
        }
    }

    // MARK: Helpers

    private mutating func table(_ value: TOMLValueConvertible, _ section: String) -> TOMLTable? {
        if let table = value.table { return table }
        let parts = section.split(separator: ".")
        fail(parts.dropLast().joined(separator: "."), String(parts.last ?? ""), "\(section) must be a table, written [\(section)]")
        return nil
    }

    private mutating func note(_ path: String, _ section: String, _ key: String) {
        file.sources[path] = lines.line(section: section, key: key).map { "\(name):\($0)" } ?? name
    }

    private mutating func fail(_ section: String, _ key: String, _ message: String) {
        errors.append(PolicyFileError(source: name, line: lines.line(section: section, key: key), message: message))
    }

    private static func fraction(_ value: TOMLValueConvertible) -> Double? {
        var number = value.double ?? value.int.map(Double.init)
        if number == nil, let text = value.string, text.hasSuffix("%") { number = Double(text.dropLast()).map { $0 / 100 } }
        return number.flatMap { $0 > 0 && $0 < 1 ? $0 : nil }
    }

    private static func isDay(_ text: String) -> Bool {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.isLenient = false
        return text.count == 10 && formatter.date(from: text) != nil
    }
}
