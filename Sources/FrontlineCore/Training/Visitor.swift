import Foundation

/// A demo customer a simulated visitor can be: their file is in the training database.
public struct TrainingCustomer: Equatable, Sendable {
    public var name: String
    public var language: Language
    public var phone: String
    public var email: String

    public init(name: String, language: Language, phone: String, email: String) {
        self.name = name
        self.language = language
        self.phone = phone
        self.email = email
    }
}

/// One simulated customer contact, as planned from the scenario and the seed.
public struct Visitor: Equatable, Sendable {
    /// Its place in the shift, from 0 in order of arrival.
    public var number: Int
    public var arrival: Date
    public var channel: Channel
    public var persona: Persona
    public var customer: TrainingCustomer
    /// What they write, in order; the first is the opening (none for a call).
    public var lines: [String]
    /// A good answer contains one of these; empty: what the persona needs.
    public var good: [String]
    public var expectsComplaint: Bool
    /// Seconds a caller waits before hanging up.
    public var patience: TimeInterval

    public init(number: Int, arrival: Date, channel: Channel, persona: Persona, customer: TrainingCustomer, lines: [String],
                good: [String], expectsComplaint: Bool, patience: TimeInterval) {
        self.number = number
        self.arrival = arrival
        self.channel = channel
        self.persona = persona
        self.customer = customer
        self.lines = lines
        self.good = good
        self.expectsComplaint = expectsComplaint
        self.patience = patience
    }

    /// The number or address the contact comes from, so the store finds the customer's file.
    public var address: String { channel == .phone || channel == .callback ? customer.phone : customer.email }

    /// The opening message of a chat or email.
    public var opening: String? { channel.isWritten ? lines.first : nil }
}

/// What the simulator does to the store, each at its own instant.
public enum SimAction: Equatable, Sendable {
    /// The visitor's contact enters the queue.
    case arrive(Visitor)
    /// The customer writes into their chat.
    case say(visitor: Int, text: String, at: Date)
    /// The caller hangs up before anyone picked up.
    case hangUp(visitor: Int, at: Date)
}

/// What the store shows of a visitor's contact: its state and the agent's replies so far.
public struct VisitorSight: Equatable, Sendable {
    public var state: ContactState
    public var replies: [AgentReply]

    public init(state: ContactState, replies: [AgentReply]) {
        self.state = state
        self.replies = replies
    }
}

/// A reply the agent sent, as the customer sees it.
public struct AgentReply: Equatable, Sendable {
    public var text: String
    public var at: Date

    public init(text: String, at: Date) {
        self.text = text
        self.at = at
    }
}
