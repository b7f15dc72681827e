import Foundation

/// One candidate solution of a complaint. Several may be prepared; the best is offered
/// first, and the next one if the customer refuses it.
public struct ComplaintSolution: Identifiable, Equatable, Codable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case proposed
        case offered
        case refused
        case accepted
    }

    /// Nil until saved; steps name solutions by this id.
    public var id: Int64?
    public var complaintId: Int64
    public var text: String
    public var status: Status
    /// When it was proposed, or last changed status.
    public var at: Date
    /// Who proposed it, or last changed its status.
    public var agent: String

    public init(id: Int64? = nil, complaintId: Int64, text: String, status: Status = .proposed, at: Date, agent: String) {
        self.id = id
        self.complaintId = complaintId
        self.text = text
        self.status = status
        self.at = at
        self.agent = agent
    }
}
