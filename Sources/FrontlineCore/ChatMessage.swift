import Foundation

/// Who wrote a message in a transcript.
public enum MessageDirection: String, Codable, Sendable {
    /// From the customer.
    case inbound
    /// From an agent, seen by the customer.
    case outbound
}

/// One line of a chat or email transcript.
public struct ChatMessage: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var contactId: Int64
    public var direction: MessageDirection
    public var text: String
    public var at: Date
    public var agent: String?
    /// An agent's reply: pending until a connector says it reached the customer (or failed); nil on a customer's message.
    public var delivery: MessageDelivery?
    /// Why a delivery failed, in the connector's words.
    public var deliveryReason: String?
    public var deliveryAt: Date?

    public init(id: Int64? = nil, contactId: Int64, direction: MessageDirection, text: String, at: Date, agent: String? = nil,
                delivery: MessageDelivery? = nil, deliveryReason: String? = nil, deliveryAt: Date? = nil) {
        self.id = id
        self.contactId = contactId
        self.direction = direction
        self.text = text
        self.at = at
        self.agent = agent
        self.delivery = delivery
        self.deliveryReason = deliveryReason
        self.deliveryAt = deliveryAt
    }
}
