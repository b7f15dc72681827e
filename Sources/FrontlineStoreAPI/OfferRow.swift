import Foundation
import FrontlineCore

/// A contact ringing one agent: what the console's accept popup shows.
public struct OfferRow: Equatable, Sendable {
    public var contactId: Int64
    public var channel: Channel
    public var customerName: String
    public var address: String
    public var offeredAt: Date
    /// When it goes to the next agent unless accepted.
    public var expiresAt: Date

    public init(contactId: Int64, channel: Channel, customerName: String, address: String, offeredAt: Date, expiresAt: Date) {
        self.contactId = contactId
        self.channel = channel
        self.customerName = customerName
        self.address = address
        self.offeredAt = offeredAt
        self.expiresAt = expiresAt
    }
}
