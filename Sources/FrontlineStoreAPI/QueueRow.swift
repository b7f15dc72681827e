import FrontlineCore

/// A waiting or active contact with the customer facts the queue shows.
public struct QueueRow: Equatable, Sendable {
    public var contact: Contact
    public var customerName: String
    public var customerLanguage: Language
    /// The agent the customer is assigned to, whom new contacts are kept for first.
    public var assignedAgent: String?

    public init(contact: Contact, customerName: String, customerLanguage: Language, assignedAgent: String? = nil) {
        self.contact = contact
        self.customerName = customerName
        self.customerLanguage = customerLanguage
        self.assignedAgent = assignedAgent
    }
}
