import Foundation

/// One line of a complaint's audit trail: what changed, from what to what, who did it and when.
public struct ComplaintChange: Identifiable, Equatable, Codable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case state
        case owner
        /// Any other field, a solution's status, or a follow-up.
        case field
    }

    public var id: Int64?
    public var complaintId: Int64
    public var agent: String
    public var at: Date
    public var kind: Kind
    public var field: String
    public var oldValue: String?
    public var newValue: String?
    /// Who made the change when not `agent` themself: the supervisor who acted for them.
    public var actor: String?

    public init(id: Int64? = nil, complaintId: Int64, agent: String, at: Date, kind: Kind, field: String,
                oldValue: String?, newValue: String?, actor: String? = nil) {
        self.id = id
        self.complaintId = complaintId
        self.agent = agent
        self.at = at
        self.kind = kind
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.actor = actor
    }

    /// Who made it, as the history shows it: "emma", or "emma (by lead)" when a supervisor acted for her.
    public var madeBy: String { actor.map { "\(agent) (by \($0))" } ?? agent }
}
