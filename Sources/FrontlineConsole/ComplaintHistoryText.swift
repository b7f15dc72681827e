import Foundation
import FrontlineCore

extension ConsoleText {
    /// One change of a complaint's history in the reader's words: the field's label, and stored
    /// values (states, categories, statuses, dates) said as the rest of the screen says them.
    /// `agent` names who made the change.
    func historyLine(_ change: ComplaintChange, agent: String) -> (field: String, value: String) {
        let field = historyField(change.field)
        let value = [change.oldValue, change.newValue].compactMap { $0.map { historyValue($0, of: change.field) } }.joined(separator: " → ")
        return (field, value)
    }

    private func historyField(_ field: String) -> String {
        if field.hasPrefix("solution ") { return detailLabel(.solution) + " " + field.dropFirst("solution ".count) }
        return switch field {
        case "state": detailLabel(.state)
        case "owner": detailLabel(.owner)
        case "department": detailLabel(.department)
        case "channel": detailLabel(.channel)
        case "category": complaintField(.category)
        case "severity": complaintField(.severity)
        case "account": complaintField(.account)
        case "wants": complaintField(.wants)
        case "promised_reply_at": complaintField(.promisedReply)
        case "paraphrase": detailLabel(.paraphrase)
        case "paraphrase_confirmed": detailLabel(.paraphraseConfirmed)
        case "cause": detailLabel(.cause)
        case "explanation": detailLabel(.explanation)
        case "compensation": detailLabel(.compensation)
        case "about_agent": detailLabel(.aboutAgent)
        case "accepted_solution_id": detailLabel(.acceptedSolution)
        case "resolved_at": detailLabel(.resolved)
        case "archived_at": detailLabel(.archived)
        case "follow-up": detailLabel(.followUp)
        default: field
        }
    }

    private func historyValue(_ value: String, of field: String) -> String {
        switch field {
        case "state": return ComplaintState(rawValue: value).map(complaintState) ?? value
        case "category": return ComplaintCategory(rawValue: value).map(complaintCategory) ?? value
        case "severity": return ComplaintSeverity(rawValue: value).map(severity) ?? value
        case "channel": return Channel(rawValue: value).map(channelName) ?? value
        case "paraphrase_confirmed": return detailLabel(value == "yes" ? .yes : .no)
        case "promised_reply_at", "resolved_at", "archived_at":
            return (try? Date(value, strategy: .iso8601)).map { ClockFormat.dayAndTime.string(from: $0) } ?? value
        case "follow-up":
            // `satisfied: note`
            let (head, rest) = split(value)
            return (ComplaintFollowUp.Satisfaction(rawValue: head).map(satisfaction) ?? head) + rest
        default:
            guard field.hasPrefix("solution ") else { return value }
            // A status, or `proposed: the solution's text`.
            let (head, rest) = split(value)
            return (ComplaintSolution.Status(rawValue: head).map(solutionStatus) ?? head) + rest
        }
    }

    /// `word: the rest` into `word` and `: the rest`.
    private func split(_ value: String) -> (String, String) {
        guard let colon = value.firstIndex(of: ":") else { return (value, "") }
        return (String(value[..<colon]), String(value[colon...]))
    }
}
