import Foundation

/// A follow-up call after a complaint was resolved, with the customer's satisfaction.
public struct ComplaintFollowUp: Identifiable, Equatable, Codable, Sendable {
    /// The three answers of the follow-up script (만족 / 보통 / 불만족).
    public enum Satisfaction: String, Codable, CaseIterable, Sendable {
        case satisfied
        case neutral
        case dissatisfied
    }

    public var id: Int64?
    public var complaintId: Int64
    public var satisfaction: Satisfaction
    public var note: String?
    public var at: Date
    public var agent: String

    public init(id: Int64? = nil, complaintId: Int64, satisfaction: Satisfaction, note: String? = nil, at: Date, agent: String) {
        self.id = id
        self.complaintId = complaintId
        self.satisfaction = satisfaction
        self.note = note
        self.at = at
        self.agent = agent
    }
}
