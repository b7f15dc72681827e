/// A complaint with its candidate solutions and follow-ups: everything the lifecycle rules read.
public struct ComplaintCase: Equatable, Sendable {
    public var complaint: Complaint
    public var solutions: [ComplaintSolution]
    public var followUps: [ComplaintFollowUp]

    public init(complaint: Complaint, solutions: [ComplaintSolution] = [], followUps: [ComplaintFollowUp] = []) {
        self.complaint = complaint
        self.solutions = solutions
        self.followUps = followUps
    }

    public var acceptedSolution: ComplaintSolution? { solutions.first { $0.status == .accepted } }
    /// The solution the customer is considering, at most one at a time.
    public var offeredSolution: ComplaintSolution? { solutions.first { $0.status == .offered } }
}
