import Foundation
import FrontlineCore

/// A contact arriving from a connector (the HTTP API's `POST /v1/contacts`, a line of
/// `frontline ingest`). The same shape in both, and in the OpenAPI document (snake_case in JSON).
public struct InboundContact: Codable, Equatable, Sendable {
    /// The caller's own id: the same id twice gives the same contact, never two.
    public var externalId: String?
    public var channel: Channel
    /// A phone number, an e-mail address or a chat handle: finds the customer, or makes one.
    public var from: String
    public var name: String?
    /// The first message (chat, e-mail); none for a call.
    public var text: String?
    public var priority: Priority?
    /// Sent to a group first (a `ContactAudience.group`), as `frontline transfer` does.
    public var group: String?
    /// When it arrived at the connector; now when absent.
    public var arrivedAt: Date?
    /// E-mail threading: a reply to a known message joins its contact instead of starting one.
    public var email: EmailHeaders?

    public init(externalId: String? = nil, channel: Channel, from: String, name: String? = nil, text: String? = nil,
                priority: Priority? = nil, group: String? = nil, arrivedAt: Date? = nil, email: EmailHeaders? = nil) {
        self.externalId = externalId
        self.channel = channel
        self.from = from
        self.name = name
        self.text = text
        self.priority = priority
        self.group = group
        self.arrivedAt = arrivedAt
        self.email = email
    }
}

/// A customer's message on a contact that exists (`POST /v1/contacts/{id}/messages`).
public struct InboundMessage: Codable, Equatable, Sendable {
    public var externalId: String?
    public var contactId: Int64
    public var text: String
    public var at: Date?
    public var email: EmailHeaders?

    public init(externalId: String? = nil, contactId: Int64, text: String, at: Date? = nil, email: EmailHeaders? = nil) {
        self.externalId = externalId
        self.contactId = contactId
        self.text = text
        self.at = at
        self.email = email
    }
}

/// The RFC 5322 headers that thread an e-mail conversation.
public struct EmailHeaders: Codable, Equatable, Sendable {
    public var messageId: String?
    public var inReplyTo: String?
    public var references: [String]?
    public var subject: String?

    public init(messageId: String? = nil, inReplyTo: String? = nil, references: [String]? = nil, subject: String? = nil) {
        self.messageId = messageId
        self.inReplyTo = inReplyTo
        self.references = references
        self.subject = subject
    }
}

/// What an intake did: the contact (and message) it made or found.
public struct IntakeResult: Equatable, Sendable {
    public var contactId: Int64
    public var messageId: Int64?
    /// False when the external id was already known: nothing new was written.
    public var created: Bool
    /// True when an ended contact went back to the queue for it.
    public var reopened: Bool

    public init(contactId: Int64, messageId: Int64? = nil, created: Bool, reopened: Bool = false) {
        self.contactId = contactId
        self.messageId = messageId
        self.created = created
        self.reopened = reopened
    }
}

/// One contact or message for a group commit (`ChannelIntake.receive(_:policy:)`), with the time it came.
public enum IntakeRequest: Equatable, Sendable {
    case contact(InboundContact, at: Date)
    case message(InboundMessage, at: Date)

    /// What is wrong with it before anything is written, if anything.
    public var problem: StoreError? {
        switch self {
        case .contact(let contact, let now): contact.problem(at: now)
        case .message(let message, let now): message.problem(at: now)
        }
    }
}

/// A connector's word on an agent's reply it was given to send.
public enum DeliveryOutcome: Equatable, Sendable {
    case delivered
    case failed(reason: String)

    /// A reason from outside (a connector's, a webhook receiver's error) as the store keeps it:
    /// one line of at most 500 characters, `fallback` when it says nothing.
    public static func storedReason(_ text: String, or fallback: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return line.isEmpty ? fallback : String(line.prefix(500))
    }
}

/// Contacts and messages from connectors, idempotent by their external ids, and the delivery
/// outcome of the replies sent out. The HTTP API and `frontline ingest` call only this.
public protocol ChannelIntake: Sendable {
    func receive(_ contact: InboundContact, policy: SLAPolicy, at now: Date) throws -> IntakeResult
    func receive(_ message: InboundMessage, policy: SLAPolicy, at now: Date) throws -> IntakeResult
    /// Several at once, answered in order, each as it alone would be. A store that can should
    /// write them in one transaction (the HTTP API groups concurrent requests this way); the
    /// error thrown is one that failed them all, so none was written.
    func receive(_ batch: [IntakeRequest], policy: SLAPolicy) throws -> [Result<IntakeResult, StoreError>]
    /// `messageId`: the agent's reply (a transcript message id, as events carry it).
    func acknowledgeDelivery(messageId: Int64, _ outcome: DeliveryOutcome, at now: Date) throws
}

extension ChannelIntake {
    /// One transaction each: right, but without the group commit's saving.
    public func receive(_ batch: [IntakeRequest], policy: SLAPolicy) throws -> [Result<IntakeResult, StoreError>] {
        batch.map { request in
            Result {
                switch request {
                case .contact(let contact, let now): try receive(contact, policy: policy, at: now)
                case .message(let message, let now): try receive(message, policy: policy, at: now)
                }
            }.mapError { $0 as? StoreError ?? .sqlite(path: "", message: String(describing: $0)) }
        }
    }
}

/// One thing that happened, for connectors: written in the same transaction as the change, under a
/// rising sequence number (its own, not the change feed's, and never trimmed while a webhook or
/// a reader may still want it).
public struct OutboundEvent: Equatable, Sendable {
    public var sequence: Int64
    /// `reply`, `take`, `transfer`, `wrap-up`, `agent-state`, `complaint-step`, `breach`, ... (docs/connectors.md).
    public var kind: String
    public var contactId: Int64?
    public var at: Date
    /// A JSON object with the event's fields.
    public var payload: String

    public init(sequence: Int64, kind: String, contactId: Int64?, at: Date, payload: String) {
        self.sequence = sequence
        self.kind = kind
        self.contactId = contactId
        self.at = at
        self.payload = payload
    }
}

/// The events for connectors, read in order (`GET /v1/events?after=N`, `frontline events`).
public protocol Outbox: Sendable {
    func outboundEvents(after sequence: Int64, limit: Int) throws -> [OutboundEvent]
    /// The newest sequence number (0 for none).
    func latestOutboundEvent() throws -> Int64
}
