import FrontlineCore

/// What an agent reads about a customer: the file, newest orders and contacts, open complaints,
/// the call-backs still to come, the internal notes, and why each call-back exists.
public struct CustomerFile: Equatable, Sendable {
    public var customer: Customer
    public var orders: [Order]
    /// Contacts that have entered the queue, newest first. A call-back scheduled for later is
    /// stored with its due time as its queue time, so it is not among them until it is due.
    public var recentContacts: [Contact]
    public var openComplaints: [Complaint]
    /// Call-backs not due yet, soonest first: they wait out of sight until their time.
    public var scheduledCallbacks: [Contact]
    /// Internal notes on this customer's contacts, newest first (`frontline note`, or the console).
    public var notes: [Note]
    /// Why each call-back in the file (recent, open or scheduled) exists, by contact id.
    public var callbackReasons: [Int64: CallbackReason]
    /// The display names of the agents the file names, by login name.
    public var agentNames: [String: String]
    /// The file's own history (edits and merges), newest first.
    public var history: [CustomerHistoryEntry]
    /// What each recent contact was about when it was last wrapped up, by contact id.
    public var wrapUps: [Int64: ContactWrapUp]

    public init(customer: Customer, orders: [Order], recentContacts: [Contact], openComplaints: [Complaint],
                scheduledCallbacks: [Contact] = [], notes: [Note] = [], callbackReasons: [Int64: CallbackReason] = [:],
                agentNames: [String: String] = [:], history: [CustomerHistoryEntry] = [],
                wrapUps: [Int64: ContactWrapUp] = [:]) {
        self.customer = customer
        self.orders = orders
        self.recentContacts = recentContacts
        self.openComplaints = openComplaints
        self.scheduledCallbacks = scheduledCallbacks
        self.notes = notes
        self.callbackReasons = callbackReasons
        self.agentNames = agentNames
        self.history = history
        self.wrapUps = wrapUps
    }

    /// How the file names an agent: their display name, or the login name of one no longer on the roster.
    public func displayName(of agent: String) -> String { agentNames[agent] ?? agent }
}
