import FrontlineCore

/// A waiting or active contact with the customer facts the queue shows.
public struct QueueRow: Equatable, Sendable {
    public var contact: Contact
    public var customerName: String
    public var customerLanguage: Language

    public init(contact: Contact, customerName: String, customerLanguage: Language) {
        self.contact = contact
        self.customerName = customerName
        self.customerLanguage = customerLanguage
    }
}
