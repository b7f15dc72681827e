import Foundation

extension ComplaintChange {
    /// Every difference between two saved versions of a case, as audit lines. Computed from the
    /// values rather than told by each step, so no step can forget to record a change.
    public static func changes(from old: ComplaintCase, to new: ComplaintCase, by agent: String, at now: Date) -> [ComplaintChange] {
        let complaintId = new.complaint.id ?? 0
        func change(_ kind: Kind, _ field: String, _ oldValue: String?, _ newValue: String?) -> ComplaintChange {
            ComplaintChange(complaintId: complaintId, agent: agent, at: now, kind: kind, field: field, oldValue: oldValue, newValue: newValue)
        }
        var changes: [ComplaintChange] = []
        for (kind, field, value) in auditedFields where value(old.complaint) != value(new.complaint) {
            changes.append(change(kind, field, value(old.complaint), value(new.complaint)))
        }
        for solution in new.solutions {
            let before = old.solutions.first { $0.id == solution.id }
            if before == nil {
                changes.append(change(.field, "solution \(solution.id ?? 0)", nil, "proposed: \(solution.text)"))
            } else if let before, before.status != solution.status {
                changes.append(change(.field, "solution \(solution.id ?? 0)", before.status.rawValue, solution.status.rawValue))
            }
        }
        for followUp in new.followUps where !old.followUps.contains(where: { $0.id == followUp.id }) {
            let note = followUp.note.map { ": \($0)" } ?? ""
            changes.append(change(.field, "follow-up", nil, followUp.satisfaction.rawValue + note))
        }
        return changes
    }

    /// The audit line of a newly filed complaint.
    public static func filed(_ complaint: Complaint) -> ComplaintChange {
        ComplaintChange(complaintId: complaint.id ?? 0, agent: complaint.agent, at: complaint.receivedAt, kind: .state,
                        field: "state", oldValue: nil, newValue: complaint.state.rawValue)
    }

    /// The complaint's own fields as text, in the order the history lists them.
    private static let auditedFields: [(Kind, String, (Complaint) -> String?)] = [
        (.state, "state", { $0.state.rawValue }),
        (.owner, "owner", { $0.owner }),
        (.field, "department", { $0.department }),
        (.field, "channel", { $0.channel?.rawValue }),
        (.field, "category", { $0.category.rawValue }),
        (.field, "severity", { $0.severity.rawValue }),
        (.field, "account", { $0.account }),
        (.field, "paraphrase", { $0.paraphrase }),
        (.field, "paraphrase_confirmed", { $0.paraphraseConfirmed ? "yes" : "no" }),
        (.field, "cause", { $0.cause }),
        (.field, "wants", { $0.wants }),
        (.field, "promised_reply_at", { $0.promisedReplyAt.map(text) }),
        (.field, "explanation", { $0.explanation }),
        (.field, "compensation", { $0.compensation }),
        (.field, "about_agent", { $0.aboutAgent }),
        (.field, "accepted_solution_id", { $0.acceptedSolutionId.map(String.init) }),
        (.field, "resolved_at", { $0.resolvedAt.map(text) }),
        (.field, "archived_at", { $0.archivedAt.map(text) }),
    ]

    private static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
