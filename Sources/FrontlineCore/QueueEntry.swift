import Foundation

/// A contact as the queue shows it: the contact, who it is, and its timer now.
public struct QueueEntry: Equatable, Sendable {
    public var contact: Contact
    public var customerName: String
    public var customerLanguage: Language
    public var status: SLAStatus?

    public init(contact: Contact, customerName: String, customerLanguage: Language, status: SLAStatus?) {
        self.contact = contact
        self.customerName = customerName
        self.customerLanguage = customerLanguage
        self.status = status
    }

    /// Most urgent first: earliest deadline; contacts with no running timer last, oldest first.
    public static func byUrgency(_ lhs: QueueEntry, _ rhs: QueueEntry) -> Bool {
        switch (lhs.status?.deadline, rhs.status?.deadline) {
        case let (l?, r?) where l != r: return l < r
        case (_?, nil): return true
        case (nil, _?): return false
        default:
            if lhs.contact.queuedAt != rhs.contact.queuedAt { return lhs.contact.queuedAt < rhs.contact.queuedAt }
            return (lhs.contact.id ?? 0) < (rhs.contact.id ?? 0)
        }
    }
}
