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

    /// Archived and rejected complaints take no more steps.
    public var isClosed: Bool { self == .archived || self == .rejected }
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
    /// The agent who filed it.
    public var agent: String
    public var receivedAt: Date
    /// How the complaint reached us; nil when not recorded.
    public var channel: Channel?
    /// The agent's paraphrase of the account, and whether the customer confirmed it.
    public var paraphrase: String?
    public var paraphraseConfirmed: Bool
    public var cause: String?
    /// What the customer was told when the complaint was judged not valid.
    public var explanation: String?
    public var department: String?
    /// The agent who owns the complaint until it is archived.
    public var owner: String?
    public var compensation: String?
    /// The agent whose service the complaint is about; nil when it is not about service.
    public var aboutAgent: String?
    public var acceptedSolutionId: Int64?
    /// When the accepted solution was implemented; the follow-up is due from then.
    public var resolvedAt: Date?
    public var archivedAt: Date?

    public init(id: Int64? = nil, customerId: Int64, contactId: Int64?, category: ComplaintCategory,
                severity: ComplaintSeverity, account: String, wants: String, promisedReplyAt: Date?,
                state: ComplaintState = .received, agent: String, receivedAt: Date,
                channel: Channel? = nil, paraphrase: String? = nil, paraphraseConfirmed: Bool = false, cause: String? = nil,
                explanation: String? = nil, department: String? = nil, owner: String? = nil, compensation: String? = nil,
                aboutAgent: String? = nil, acceptedSolutionId: Int64? = nil, resolvedAt: Date? = nil, archivedAt: Date? = nil) {
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
        self.channel = channel
        self.paraphrase = paraphrase
        self.paraphraseConfirmed = paraphraseConfirmed
        self.cause = cause
        self.explanation = explanation
        self.department = department
        self.owner = owner
        self.compensation = compensation
        self.aboutAgent = aboutAgent
        self.acceptedSolutionId = acceptedSolutionId
        self.resolvedAt = resolvedAt
        self.archivedAt = archivedAt
    }

    /// Major complaints go to the supervisor from the moment they are received.
    public var raisedToSupervisor: Bool { severity == .major }
}
