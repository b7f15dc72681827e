import FrontlineCore

/// What an agent reads about a customer: the file, newest orders and contacts, open complaints.
public struct CustomerFile: Equatable, Sendable {
    public var customer: Customer
    public var orders: [Order]
    public var recentContacts: [Contact]
    public var openComplaints: [Complaint]

    public init(customer: Customer, orders: [Order], recentContacts: [Contact], openComplaints: [Complaint]) {
        self.customer = customer
        self.orders = orders
        self.recentContacts = recentContacts
        self.openComplaints = openComplaints
    }
}
