import Foundation
import FrontlineCore
import FrontlineScreen

/// One complaint as `complaint show` prints it.
struct ComplaintReport {
    var complaint: Complaint
    var customer: Customer?
    var solutions: [ComplaintSolution]
    var followUps: [ComplaintFollowUp]
    var history: [ComplaintChange]
    var nextDeadline: Date?
    var now: Date

    private var overdue: Bool { nextDeadline.map { $0 < now } ?? false }

    /// The complaint's fields as label and value, in reading order.
    private var fields: [(String, String?)] {
        [("customer", customer.map { "\($0.name) (\(complaint.customerId))" } ?? String(complaint.customerId)),
         ("contact", complaint.contactId.map(String.init)), ("channel", complaint.channel?.rawValue),
         ("received", Timestamp.format(complaint.receivedAt)), ("filed by", complaint.agent),
         ("category", complaint.category.rawValue), ("severity", complaint.severity.rawValue + (complaint.raisedToSupervisor ? " (raised to supervisor)" : "")),
         ("state", complaint.state.rawValue), ("account", complaint.account),
         ("paraphrase", complaint.paraphrase.map { $0 + (complaint.paraphraseConfirmed ? " (confirmed)" : " (not confirmed)") }),
         ("cause", complaint.cause), ("wants", complaint.wants), ("explanation", complaint.explanation),
         ("department", complaint.department), ("owner", complaint.owner),
         ("promised reply", complaint.promisedReplyAt.map(Timestamp.format)), ("compensation", complaint.compensation),
         ("about agent", complaint.aboutAgent), ("accepted solution", complaint.acceptedSolutionId.map(String.init)),
         ("resolved", complaint.resolvedAt.map(Timestamp.format)), ("archived", complaint.archivedAt.map(Timestamp.format)),
         ("next deadline", nextDeadline.map { Timestamp.format($0) + (overdue ? " (overdue)" : "") })]
    }

    func text() -> String {
        var lines = ["complaint \(complaint.id ?? 0)"]
        lines += fields.map { "  \($0.0.padding(toLength: 18, withPad: " ", startingAt: 0))\(SafeText.visible($0.1 ?? "-"))" }
        lines.append("solutions")
        lines += solutions.isEmpty ? ["  none"] : solutions.map {
            "  \($0.id ?? 0)  \($0.status.rawValue)  \(SafeText.visible($0.text))  (\($0.agent), \(Timestamp.format($0.at)))"
        }
        lines.append("follow-ups")
        lines += followUps.isEmpty ? ["  none"] : followUps.map {
            "  \(Timestamp.format($0.at))  \($0.agent)  \($0.satisfaction.rawValue)" + ($0.note.map { "  " + SafeText.visible($0) } ?? "")
        }
        lines.append("history")
        lines += history.map {
            "  \(Timestamp.format($0.at))  \($0.madeBy)  \($0.field): \(SafeText.visible($0.oldValue ?? "-")) -> \(SafeText.visible($0.newValue ?? "-"))"
        }
        return lines.joined(separator: "\n")
    }

    func json() -> [String: Any] {
        var object: [String: Any] = [
            "id": complaint.id ?? 0, "customer_id": complaint.customerId, "customer": JSONOutput.value(customer?.name),
            "contact_id": JSONOutput.value(complaint.contactId), "channel": JSONOutput.value(complaint.channel?.rawValue),
            "received_at": Timestamp.format(complaint.receivedAt), "agent": complaint.agent,
            "category": complaint.category.rawValue, "severity": complaint.severity.rawValue,
            "raised_to_supervisor": complaint.raisedToSupervisor, "state": complaint.state.rawValue,
            "account": complaint.account, "paraphrase": JSONOutput.value(complaint.paraphrase),
            "paraphrase_confirmed": complaint.paraphraseConfirmed, "cause": JSONOutput.value(complaint.cause),
            "wants": complaint.wants, "explanation": JSONOutput.value(complaint.explanation),
            "department": JSONOutput.value(complaint.department), "owner": JSONOutput.value(complaint.owner),
            "promised_reply_at": JSONOutput.time(complaint.promisedReplyAt), "compensation": JSONOutput.value(complaint.compensation),
            "about_agent": JSONOutput.value(complaint.aboutAgent), "accepted_solution_id": JSONOutput.value(complaint.acceptedSolutionId),
            "resolved_at": JSONOutput.time(complaint.resolvedAt), "archived_at": JSONOutput.time(complaint.archivedAt),
            "next_deadline": JSONOutput.time(nextDeadline), "overdue": overdue,
        ]
        object["solutions"] = solutions.map {
            ["id": $0.id ?? 0, "text": $0.text, "status": $0.status.rawValue, "at": Timestamp.format($0.at), "agent": $0.agent] as [String: Any]
        }
        object["follow_ups"] = followUps.map {
            ["id": $0.id ?? 0, "satisfaction": $0.satisfaction.rawValue, "note": JSONOutput.value($0.note),
             "at": Timestamp.format($0.at), "agent": $0.agent] as [String: Any]
        }
        object["history"] = history.map {
            ["at": Timestamp.format($0.at), "agent": $0.agent, "actor": JSONOutput.value($0.actor), "kind": $0.kind.rawValue, "field": $0.field,
             "old_value": JSONOutput.value($0.oldValue), "new_value": JSONOutput.value($0.newValue)] as [String: Any]
        }
        return object
    }
}
