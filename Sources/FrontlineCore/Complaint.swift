import Foundation

/// The complaint categories of the e-commerce manual.
public enum ComplaintCategory: String, Codable, CaseIterable, Sendable {
    case productQuality = "product-quality"
    case price
    case promiseNotKept = "promise-not-kept"
    case payment
    case delivery
    case serviceOrAgent = "service"
    case other

    public var title: String {
        switch self {
        case .productQuality: "Product quality"
        case .price: "Price"
        case .promiseNotKept: "Service promise not kept"
        case .payment: "Payment"
        case .delivery: "Delivery / receipt"
        case .serviceOrAgent: "Service process / agent"
        case .other: "Other"
        }
    }
}

/// Minor complaints settle the same day; major ones escalate and get 72 h.
public enum ComplaintSeverity: String, Codable, CaseIterable, Sendable {
    case minor
    case major
}

/// The closed loop, in order. Nothing is archived before a follow-up.
public enum ComplaintState: String, Codable, CaseIterable, Sendable {
    case received
    case judged
    case assigned
    case solutionProposed = "solution-proposed"
    case approved
    case implemented
    case followedUp = "followed-up"
    case archived
    case rejected
}

/// A complaint filed against the company.
public struct Complaint: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var customerId: Int64
    public var contactId: Int64?
    public var category: ComplaintCategory
    public var severity: ComplaintSeverity
    /// The customer's account, in their own words.
    public var account: String
    /// What the customer wants done.
    public var wants: String
    public var promisedReplyAt: Date?
    public var state: ComplaintState
    public var agent: String
    public var receivedAt: Date

    public init(id: Int64? = nil, customerId: Int64, contactId: Int64?, category: ComplaintCategory,
                severity: ComplaintSeverity, account: String, wants: String, promisedReplyAt: Date?,
                state: ComplaintState = .received, agent: String, receivedAt: Date) {
        self.id = id
        self.customerId = customerId
        self.contactId = contactId
        self.category = category
        self.severity = severity
        self.account = account
        self.wants = wants
        self.promisedReplyAt = promisedReplyAt
        self.state = state
        self.agent = agent
        self.receivedAt = receivedAt
    }
}
