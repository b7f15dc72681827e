/// Why an agent is away. Each reason has a limit after which the wallboard raises an alert.
public enum AwayReason: String, Codable, CaseIterable, Sendable {
    case `break`
    case lunch
    case training
    case coaching
    case technical
    case `private`
    /// Set by routing when an offered contact was not accepted in time.
    case missedOffer = "missed-offer"

    /// The reasons an agent can pick; `missedOffer` is only ever set by routing.
    public static let selectable: [AwayReason] = [.break, .lunch, .training, .coaching, .technical, .private]
}
