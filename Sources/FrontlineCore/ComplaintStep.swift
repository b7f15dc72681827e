/// One thing an agent does to a complaint. `ComplaintCase.applying` says whether it may be done now.
public enum ComplaintStep: Equatable, Sendable {
    /// Valid, or not valid with the explanation given to the customer (which closes it).
    case judge(valid: Bool, explanation: String?)
    /// Hands it to a department and an owner; again later to reassign it.
    case assign(department: String, owner: String)
    case proposeSolution(String)
    case offer(solutionId: Int64)
    case refuse(solutionId: Int64)
    case accept(solutionId: Int64)
    /// A supervisor approves the accepted solution; major complaints need it.
    case approve
    /// The accepted solution was carried out: the complaint is resolved.
    case implement
    case followUp(satisfaction: ComplaintFollowUp.Satisfaction, note: String?)
    case archive
    case edit(ComplaintEdit)
}

extension ComplaintStep {
    /// The step's name in a `complaint-step` event (docs/connectors.md); frozen like event kinds.
    public var outboundName: String {
        switch self {
        case .judge(let valid, _): valid ? "judged-valid" : "judged-invalid"
        case .assign: "assign"
        case .proposeSolution: "propose-solution"
        case .offer: "offer"
        case .refuse: "refuse"
        case .accept: "accept"
        case .approve: "approve"
        case .implement: "implement"
        case .followUp: "follow-up"
        case .archive: "archive"
        case .edit: "edit"
        }
    }
}
