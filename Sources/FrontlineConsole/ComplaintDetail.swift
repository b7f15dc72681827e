import FrontlineCore

/// One complaint as the detail view shows it: the complaint, its solutions, follow-ups and history.
public struct ComplaintDetail: Equatable, Sendable {
    public var complaint: Complaint
    public var customerName: String
    public var customerLanguage: Language
    public var solutions: [ComplaintSolution]
    public var followUps: [ComplaintFollowUp]
    public var history: [ComplaintChange]

    public init(complaint: Complaint, customerName: String, customerLanguage: Language, solutions: [ComplaintSolution],
                followUps: [ComplaintFollowUp], history: [ComplaintChange]) {
        self.complaint = complaint
        self.customerName = customerName
        self.customerLanguage = customerLanguage
        self.solutions = solutions
        self.followUps = followUps
        self.history = history
    }

    /// The solution to offer next: the first one proposed and not yet offered.
    var nextToOffer: ComplaintSolution? { solutions.first { $0.status == .proposed } }
    /// The solution the customer is considering.
    var offered: ComplaintSolution? { solutions.first { $0.status == .offered } }
}

/// What a one-line prompt in the complaint view is asking for.
public enum ComplaintPromptPurpose: Equatable, Sendable {
    case rejectionExplanation
    case department
    case solution
    case followUpNote(ComplaintFollowUp.Satisfaction)
    case paraphrase
    case cause
    case compensation
    case aboutAgent
}
