/// Whether an agent's reply reached the customer. Nothing is `delivered` that a connector did not acknowledge.
public enum MessageDelivery: String, Codable, Sendable, CaseIterable {
    /// Written, handed to the outbox; no connector has answered yet.
    case pending
    case delivered
    case failed
}
