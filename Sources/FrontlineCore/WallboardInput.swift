import Foundation

/// What the wallboard reads from the store, as plain values: everything its figures are made from.
public struct WallboardInput: Equatable, Sendable {
    /// The open contacts, and those that entered the queue or ended today.
    public var contacts: [Contact]
    /// The names of the customers of `contacts` and `complaints`, by customer id.
    public var customerNames: [Int64: String]
    /// Today's queue events, oldest first.
    public var events: [QueueEvent]
    public var agents: [Agent]
    /// One entry per breach recorded today: the agent it was charged to, if any.
    public var breachAgents: [String?]
    /// The complaints still open.
    public var complaints: [Complaint]
    /// Calls ringing an agent now: contact id to agent.
    public var ringing: [Int64: String]
    /// Today's satisfaction answers, counted.
    public var satisfactionToday: SatisfactionTally

    public init(contacts: [Contact] = [], customerNames: [Int64: String] = [:], events: [QueueEvent] = [], agents: [Agent] = [],
                breachAgents: [String?] = [], complaints: [Complaint] = [], ringing: [Int64: String] = [:],
                satisfactionToday: SatisfactionTally = .init()) {
        self.satisfactionToday = satisfactionToday
        self.contacts = contacts
        self.customerNames = customerNames
        self.events = events
        self.agents = agents
        self.breachAgents = breachAgents
        self.complaints = complaints
        self.ringing = ringing
    }
}
