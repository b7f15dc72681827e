import Foundation

extension Complaint {
    /// When it must be settled: minor ones by the end of the working day they came in, major ones within 72 h.
    public func resolutionDeadline(policy: SLAPolicy) -> Date? {
        deadline(policy, severity == .major ? .complaintMajor : .complaintMinor, from: receivedAt)
    }

    /// When the follow-up call is due: 3 days after the complaint was resolved.
    public func followUpDue(policy: SLAPolicy) -> Date? {
        resolvedAt.flatMap { deadline(policy, .followUp, from: $0) }
    }

    /// The next date the complaint must meet: settling it, then the follow-up; nil once followed up or closed.
    public func nextDeadline(policy: SLAPolicy) -> Date? {
        switch state {
        case .received, .judged, .assigned, .solutionProposed, .approved: resolutionDeadline(policy: policy)
        case .implemented: followUpDue(policy: policy)
        case .followedUp, .archived, .rejected: nil
        }
    }

    public func isOverdue(policy: SLAPolicy, at now: Date) -> Bool {
        nextDeadline(policy: policy).map { $0 < now } ?? false
    }

    private func deadline(_ policy: SLAPolicy, _ kind: TimerKind, from start: Date) -> Date? {
        policy.timer(kind, startedAt: start)?.deadline(at: start)
    }
}
