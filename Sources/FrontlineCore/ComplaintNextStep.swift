/// What the complaint loop expects next from where a complaint stands: the one answer the command
/// line's refusals and the console's "not now" lines both give, each in its own words.
public enum ComplaintNextStep: Equatable, Sendable {
    case judge
    case assign
    case propose
    /// Offer a proposed solution and have the customer accept it.
    case offerAndAccept
    /// The customer's answer to the solution on offer.
    case recordAnswer(solutionId: Int64)
    case approve
    case implement
    case followUp
    case followUpOrArchive
    /// Archived or rejected: no step is left.
    case none
}

extension ComplaintCase {
    /// What the loop expects next from the current state.
    public var nextStep: ComplaintNextStep {
        switch complaint.state {
        case .received: .judge
        case .judged: .assign
        case .assigned: .propose
        case .solutionProposed:
            if let offered = offeredSolution { .recordAnswer(solutionId: offered.id ?? 0) }
            else if acceptedSolution == nil { .offerAndAccept }
            else { complaint.severity == .major ? .approve : .implement }
        case .approved: .implement
        case .implemented: .followUp
        case .followedUp: .followUpOrArchive
        case .archived, .rejected: .none
        }
    }
}
