import Foundation
import FrontlineConfig
import FrontlineCore

/// The policy in effect as `frontline sla` prints it: one line per rule, with its source.
enum PolicyReport {
    static func text(_ file: PolicyFile, origin: String) -> String {
        let policy = file.policy
        func source(_ path: String) -> String { file.sources[path] ?? "built-in" }
        var rows: [[String]] = []
        for kind in TimerKind.allCases {
            var shown = row(kind.rawValue, policy.rule(kind), source: ruleSource(file, "timers.\(kind.rawValue)"))
            // A follow-up on the working clock is written in working days; say so rather than its working hours.
            if kind == .followUp, policy.rule(kind).clock == .working {
                shown[1] = "\(workingDays(policy)) working days"
            }
            rows.append(shown)
            for priority in Priority.allCases {
                if let rule = policy.priorityRules[kind]?[priority] {
                    rows.append(row("  " + priority.rawValue, rule, source: ruleSource(file, "timers.\(kind.rawValue).\(priority.rawValue)")))
                }
            }
        }
        var out = "Policy: \(origin)\n\n"
            + TextTable.render(headers: ["timer", "target", "warn", "clock", "pause", "on", "source"], rows: rows) + "\n\n"
        out += "Calendar  \(policy.calendar.timeZone.identifier)  (\(source("calendar.time_zone")))\n"
        for day in Weekday.allCases {
            let hours = policy.calendar.hours[day] ?? []
            let text = hours.isEmpty ? "off" : hours.map(\.description).joined(separator: " ")
            out += "  \(day.rawValue)  \(text.padding(toLength: 26, withPad: " ", startingAt: 0))(\(source("calendar.hours.\(day.rawValue)")))\n"
        }
        let holidays = policy.calendar.holidays.sorted().joined(separator: ", ")
        out += "Holidays  \(holidays.isEmpty ? "none" : holidays)  (\(source("calendar.holidays")))\n"
        let shortAbandon = policy.shortAbandon > 0 ? "under \(DurationText.format(policy.shortAbandon)), left out of SL and SL2"
            : "off (SL2 is Asterisk's ServicelevelPerf2)"
        out += "Short abandon  \(shortAbandon)  (\(source("abandon.short")))\n"
        out += "Service level  a wait up to and including the target is in time, as Asterisk counts\n"
        out += "Working day  \(DurationText.format(policy.calendar.workingDayLength))  (the usual working weekday of the calendar)\n"
        let promiseSource = file.sources["timers.promised-reply.target"] ?? "half a working day"
        out += "Promise  default \(DurationText.format(policy.defaultPromise)) (\(promiseSource)), "
            + "at most \(DurationText.format(policy.promiseLimit)) of working time (one working day)\n"
        let followUp = policy.rule(.followUp)
        let within = followUp.clock == .working
            ? "\(workingDays(policy)) working days (\(hours(followUp.target)) of working time)"
            : "\(DurationText.format(followUp.target)) of wall time"
        out += "Follow-ups  a complaint's follow-up call comes due at the first calling time after it is resolved: inside working hours "
            + "(never at night, at lunch, on a weekend or a holiday) and outside the customer's do-not-disturb hours; "
            + "a first-contact call-back joins the queue the same way; a follow-up must be made within \(within)  (\(ruleSource(file, "timers.follow-up")))\n"
        return out + followUpRules(file) + satisfactionRules(file) + agentRules(file) + wrapUpCodes(file)
    }

    /// `[follow_up]`: the manuals' follow-up rules, each with where it was set.
    private static func followUpRules(_ file: PolicyFile) -> String {
        let rules = file.policy.followUps
        func source(_ path: String) -> String { file.sources[path] ?? "built-in" }
        func days(_ seconds: TimeInterval) -> String {
            if seconds == 0 { return "0 working days (the same day)" }
            let days = seconds / 86400
            let number = days == days.rounded() ? String(Int(days)) : String(format: "%.2f", days)
            return "\(number) working day\(number == "1" ? "" : "s")"
        }
        let members = rules.membersAfterService
            ? "every member is followed up after a service (100%): wrapping up a member's contact (no complaint filed, not itself a follow-up) "
                + "queues a follow-up call \(days(rules.memberDelay)) later, at the next calling time outside the customer's do-not-disturb hours"
            : "off: members are not followed up after a service"
        let complaints = rules.complaintFollowUps == 1
            ? "1 per resolved complaint (the call queued when it is resolved), needed before it is archived"
            : "\(rules.complaintFollowUps) per resolved complaint, all needed before it is archived: the first call is queued when it is resolved, "
                + "the next \(days(rules.complaintSpacing)) after a follow-up is recorded"
        return "Member follow-up  \(members)  (\(source("follow_up.members_after_service")); delay \(source("follow_up.member_delay")))\n"
            + "Complaint follow-ups  \(complaints)  (\(source("follow_up.complaint_follow_ups")); spacing \(source("follow_up.complaint_spacing")))\n"
            + "Follow-up script  a follow-up call shows the script in the customer's language (phrasebook category follow-up); "
            + "its wrap-up records the answer: satisfied, neutral, dissatisfied or unreachable, with the summary as its note; "
            + "an unreachable member or complaint follow-up is tried again a working day later (a complaint's: its spacing)\n"
    }

    /// `[satisfaction]`: whether a survey follows a contact, on which channels, how long after.
    private static func satisfactionRules(_ file: PolicyFile) -> String {
        let rules = file.policy.satisfaction
        func source(_ path: String) -> String { file.sources[path] ?? "built-in" }
        let channels = Channel.allCases.filter(rules.channels.contains).map(\.rawValue).joined(separator: ", ")
        let what = rules.enabled
            ? "on: a survey is due \(DurationText.format(rules.delay)) after a contact ends on \(channels.isEmpty ? "no channel" : channels) "
                + "(not for customers who opted out, nor after a follow-up, re-call or survey call); phone customers get a call-back, "
                + "the others a satisfaction-requested event for a connector"
            : "off: no surveys after contacts (answers can still be recorded with 'frontline csat record')"
        return "Satisfaction surveys  \(what)  (\(source("satisfaction.enabled")); channels \(source("satisfaction.channels")); "
            + "delay \(source("satisfaction.delay")))\n"
    }

    /// `[wrap_up_codes]`: the numbered list `w` offers and whether a code is required.
    private static func wrapUpCodes(_ file: PolicyFile) -> String {
        let wrapUp = file.policy.wrapUp
        func source(_ path: String) -> String { file.sources[path] ?? "built-in" }
        let out = "\nWrap-up codes  \(wrapUp.codesRequired ? "required (at least one per contact)" : "optional")  (\(source("wrap_up_codes.required")))\n"
        let rows = wrapUp.codes.enumerated().map { index, code in
            [String(index + 1), code.id, code.englishName, file.sources["wrap_up_codes.names.\(code.id)"] ?? source("wrap_up_codes.codes")]
        }
        return out + TextTable.render(headers: ["no", "code", "name", "source"], rows: rows, rightAligned: [0]) + "\n"
    }

    /// The `[agents]` section: wrap-up, offer time, routing, and the away limits.
    private static func agentRules(_ file: PolicyFile) -> String {
        let rules = file.agentRules
        func source(_ path: String) -> String { file.sources[path] ?? "built-in" }
        var out = "\nAgent states\n"
        out += "  wrap-up  \(DurationText.format(rules.wrapUpSeconds))  (\(source("agents.wrap_up")))\n"
        out += "  offer    \(DurationText.format(rules.offerSeconds))  (\(source("agents.offer")))\n"
        out += "  routing  \(rules.routingEnabled ? "on" : "off (pull only)")  (\(source("agents.routing")))\n"
        out += "  owner first  \(DurationText.format(file.policy.ownerWait)) before anyone may take a contact kept for its owner  (\(source("routing.owner_wait")))\n"
        out += "  group first  \(DurationText.format(file.policy.groupWait)) before anyone may take a contact sent to a group  (\(source("routing.group_wait")))\n"
        out += "  hand-off     departments \(file.policy.departments.joined(separator: ", ")) answer within \(DurationText.format(file.policy.handoffAnswerWithin))  (\(source("handoff.departments")), \(source("handoff.answer_within")))\n"
        let rows = AwayReason.allCases.map { reason in
            [reason.rawValue, rules.awayLimits[reason].map(DurationText.format) ?? "none", source("agents.away_limits.\(reason.rawValue)")]
        }
        return out + "Away limits\n" + TextTable.render(headers: ["reason", "limit", "source"], rows: rows) + "\n"
    }

    /// The follow-up rule's days, as a policy file writes them ("3", "1.5").
    private static func workingDays(_ policy: SLAPolicy) -> String {
        let days = policy.storedRule(.followUp).target / 86400
        return days == days.rounded() ? String(Int(days)) : String(format: "%.1f", days)
    }

    /// `24h`, `22h30m`: working time in hours, never folded into days.
    private static func hours(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds.rounded()) / 60
        return minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h\(minutes % 60)m"
    }

    private static func row(_ name: String, _ rule: TimerRule, source: String) -> [String] {
        [name, rule.clock == .endOfWorkingDay ? "end of day" : DurationText.format(rule.target),
         "\(Int((rule.warningFraction * 100).rounded()))%", rule.clock.rawValue,
         rule.pausable ? "yes" : "no", rule.enabled ? "yes" : "no", source]
    }

    /// The lines a rule's settings came from, or built-in.
    private static func ruleSource(_ file: PolicyFile, _ prefix: String) -> String {
        let lines = file.sources.filter { $0.key.hasPrefix(prefix + ".") && !$0.key.dropFirst(prefix.count + 1).contains(".") }
            .map(\.value).sorted()
        return lines.isEmpty ? "built-in" : lines.joined(separator: ", ")
    }
}
