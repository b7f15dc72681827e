import Foundation

/// A contact as the queue shows it: the contact, who it is, and its timer now.
public struct QueueEntry: Equatable, Sendable {
    public var contact: Contact
    public var customerName: String
    public var customerLanguage: Language
    public var status: SLAStatus?
    /// The agent the customer is assigned to (`customers assign`): new contacts are kept for them.
    public var assignedAgent: String?

    public init(contact: Contact, customerName: String, customerLanguage: Language, status: SLAStatus?, assignedAgent: String? = nil) {
        self.contact = contact
        self.customerName = customerName
        self.customerLanguage = customerLanguage
        self.status = status
        self.assignedAgent = assignedAgent
    }

    /// Whom the contact goes back to first: its owner, else the customer's assigned agent.
    public var keeper: String? { OwnerHold.keeper(owner: contact.owner, assignedAgent: assignedAgent) }

    /// Most urgent first: earliest deadline; contacts with no running timer last, oldest first.
    public static func byUrgency(_ lhs: QueueEntry, _ rhs: QueueEntry) -> Bool {
        isMoreUrgent(lhs.status?.deadline, lhs.contact, than: rhs.status?.deadline, rhs.contact)
    }

    /// `byUrgency` on its keys alone, so a caller can sort indices instead of whole entries.
    public static func isMoreUrgent(_ lhsDeadline: Date?, _ lhs: Contact, than rhsDeadline: Date?, _ rhs: Contact) -> Bool {
        switch (lhsDeadline, rhsDeadline) {
        case let (l?, r?) where l != r: return l < r
        case (_?, nil): return true
        case (nil, _?): return false
        default:
            if lhs.queuedAt != rhs.queuedAt { return lhs.queuedAt < rhs.queuedAt }
            return (lhs.id ?? 0) < (rhs.id ?? 0)
        }
    }
}
