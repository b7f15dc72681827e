import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The parts of a customer file that the console's customer pane and the wallboard's contact
/// view both show: why the call-back on screen exists, the call-backs still to come, the internal
/// notes, and the past contacts. Agents are named by their display names.
enum CustomerFileLines {
    /// Why the contact on screen exists, when it is a call-back the file knows the reason for.
    static func reason(of contactId: Int64?, in file: CustomerFile, text: any ConsoleText, width: Int) -> [StyledLine] {
        guard let contactId, let reason = file.callbackReasons[contactId] else { return [] }
        return TextWrap.lines("↻ " + text.callbackReason(reason, name: file.displayName), width: width).map { StyledLine($0, .notice) }
    }

    /// Call-backs not due at `now`, soonest first, each with its time and reason.
    static func scheduled(_ file: CustomerFile, now: Date, text: any ConsoleText, width: Int) -> [StyledLine] {
        let coming = file.scheduledCallbacks.filter { $0.queuedAt > now }
        guard !coming.isEmpty else { return [] }
        return [section(text.scheduledCallbacks, width: width)] + coming.map { callback in
            StyledLine([(ClockFormat.dayAndTime.string(from: callback.queuedAt) + " ", .normal),
                        (text.channelName(callback.channel) + shortReason(callback, file, text), .muted)])
        }
    }

    /// The internal notes on the customer's contacts, newest first: when, who, and the note wrapped to the width.
    static func notes(_ file: CustomerFile, text: any ConsoleText, width: Int) -> [StyledLine] {
        guard !file.notes.isEmpty else { return [] }
        var lines = [section(text.notesSection, width: width)]
        for note in file.notes {
            lines.append(StyledLine("\(ClockFormat.dayAndTime.string(from: note.at)) \(file.displayName(of: note.agent)) · #\(note.contactId)",
                                    .muted))
            lines += TextWrap.lines(SafeText.visible(note.text), width: max(1, width - 2)).map { StyledLine("  " + $0) }
        }
        return lines
    }

    /// Past contacts other than the one on screen, newest first; call-backs that came due since
    /// the file was read join them. `date` formats each contact's day (or day and time).
    static func recent(_ file: CustomerFile, shown: Int64?, now: Date, date: DateFormatter, text: any ConsoleText,
                       width: Int) -> [StyledLine] {
        let cameDue = file.scheduledCallbacks.filter { $0.queuedAt <= now }
        let past = (cameDue + file.recentContacts).filter { $0.id != shown }
        var lines = [section(text.recentContacts, width: width)]
        if past.isEmpty { lines.append(StyledLine("  " + text.firstContact, .muted)) }
        for contact in past {
            lines.append(StyledLine("\(date.string(from: contact.historyDate)) \(text.channelName(contact.channel)) "
                                    + text.contactState(contact.state) + (contact.agent.map { " · " + file.displayName(of: $0) } ?? "")
                                    + shortReason(contact, file, text), .muted))
            if let id = contact.id, let wrapUp = file.wrapUps[id] { lines.append(wrapUpLine(wrapUp, text: text)) }
        }
        return lines
    }

    /// What the contact was about, under it: a follow-up call's answer first (what the customer said
    /// of the service), its codes (a team's own code by its id, the file has no policy), the outcome
    /// and the summary.
    static func wrapUpLine(_ wrapUp: ContactWrapUp, text: any ConsoleText) -> StyledLine {
        let entry = wrapUp.entry
        let codes = entry.codes.map { text.wrapUpCodeName(WrapUpCode(id: $0)) }.joined(separator: text.say(.listSeparator))
        // The label ends with its language's colon; Chinese needs no space after a full-width one.
        let gap = text.wrapUpAnswerLabel.hasSuffix("：") ? "" : " "
        let answer = wrapUp.followUpAnswer.map { text.wrapUpAnswerLabel + gap + text.followUpAnswer($0) }
        let parts = [answer, codes.isEmpty ? nil : codes, entry.outcome.map { text.wrapUpOutcome($0) },
                     entry.summary.isEmpty ? nil : "“" + SafeText.visible(entry.summary) + "”"].compactMap { $0 }
        return StyledLine("  ↳ " + parts.joined(separator: " · "), .notice)
    }

    /// A new or potential customer's type, the postal address and the do-not-disturb hours, each
    /// when the file has one (an existing customer, the usual case, is not labelled).
    static func standing(_ customer: Customer, text: any ConsoleText, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let parts = [customer.type == .existing ? nil : text.customerType(customer.type),
                     customer.postalAddress.map { "⌂ " + SafeText.visible($0) }].compactMap { $0 }
        if !parts.isEmpty { lines += TextWrap.lines(parts.joined(separator: " · "), width: width).map { StyledLine($0, .muted) } }
        if !customer.doNotDisturb.isEmpty {
            lines.append(StyledLine("☾ \(text.customerFieldLabel(.doNotDisturb)): \(QuietHours.list(customer.doNotDisturb))", .notice))
        }
        return lines
    }

    /// The file's own history, newest first: when, who (and who for), the field, before → after.
    static func history(_ file: CustomerFile, text: any ConsoleText, width: Int) -> [StyledLine] {
        guard !file.history.isEmpty else { return [] }
        var lines = [section(text.fileHistory, width: width)]
        for entry in file.history {
            let agent = entry.agent.map(file.displayName) ?? "–"
            let who = text.madeBy(agent, actor: entry.actor.map(file.displayName))
            lines.append(StyledLine("\(ClockFormat.dayAndTime.string(from: entry.at)) \(SafeText.visible(who))", .muted))
            let what = entry.field == .merged
                ? text.historyMerged(other: text.customerNumber(Int64(entry.before) ?? 0), kept: text.customerNumber(Int64(entry.after) ?? 0))
                : "\(text.customerFieldLabel(entry.field)): \(text.historyValue(entry.field, entry.before)) → \(text.historyValue(entry.field, entry.after))"
            lines += TextWrap.lines(SafeText.visible(what), width: max(1, width - 2)).map { StyledLine("  " + $0) }
        }
        return lines
    }

    static func section(_ title: String, width: Int) -> StyledLine {
        let head = "── \(title) "
        return StyledLine(head + String(repeating: "─", count: max(0, width - DisplayWidth.of(head))), .border)
    }

    private static func shortReason(_ contact: Contact, _ file: CustomerFile, _ text: any ConsoleText) -> String {
        guard let id = contact.id, let reason = file.callbackReasons[id] else { return "" }
        return " · " + text.callbackReason(reason, short: true, name: file.displayName)
    }
}
