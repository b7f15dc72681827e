import Foundation
import FrontlineCore

/// A satisfaction survey that came due after a contact: for a connector to send, or a call-back.
public struct SatisfactionRequestRow: Equatable, Sendable {
    public var contactId: Int64
    public var customerId: Int64
    public var customerName: String
    /// Where to send it: the contact's address (phone number, chat handle or email).
    public var address: String
    public var agent: String?
    public var channel: Channel
    public var dueAt: Date
    public var sentAt: Date?
    /// The survey call-back, for a phone customer.
    public var callbackContactId: Int64?

    public init(contactId: Int64, customerId: Int64, customerName: String, address: String, agent: String?, channel: Channel, dueAt: Date,
                sentAt: Date?, callbackContactId: Int64?) {
        self.contactId = contactId
        self.customerId = customerId
        self.customerName = customerName
        self.address = address
        self.agent = agent
        self.channel = channel
        self.dueAt = dueAt
        self.sentAt = sentAt
        self.callbackContactId = callbackContactId
    }
}

/// Satisfaction surveys: the requests due, the answers, opt-outs and the figures.
public protocol SatisfactionStore: Sendable {
    /// Keeps the customer's answer (1-5) about an ended contact; a later answer replaces it.
    func recordSatisfaction(contactId: Int64, score: Int, comment: String, by person: String?, at: Date) throws
    /// Requests due by `dueBy` not sent yet (or every request with `includeSent`), soonest first.
    func satisfactionRequests(dueBy: Date, includeSent: Bool, limit: Int) throws -> [SatisfactionRequestRow]
    /// A connector sent the survey of `contactId`.
    func markSatisfactionSent(contactId: Int64, at: Date) throws
    /// The customer asked not to be surveyed; no request is made for them after this.
    func optOutOfSatisfaction(customerId: Int64, by person: String?, at: Date) throws
    /// The answers given in [from, to), counted per agent, wrap-up code and channel.
    func satisfactionFigures(from: Date, to: Date) throws -> SatisfactionFigures
}
