/// What one write transaction changed, recorded in the change feed in the same transaction, so
/// that a console reloads only what its own screen shows.
public enum ChangeTopic: Hashable, Sendable {
    /// The set of waiting and held contacts or their timers: arrivals, takes, replies, wrap-ups,
    /// pauses, promises, abandons, reassignments.
    case queue
    /// Only this contact's row of the queue: it arrived, or its customer wrote again. A reader
    /// reads that row, not the whole queue; what else in the queue moved says `.queue`.
    case queueRow(Int64)
    /// One contact's transcript, notes or state (what its customer file shows).
    case contact(Int64)
    /// One customer's file: its values (edited or merged), phones, orders, its history.
    case customer(Int64)
    /// One agent's presence, shift or ringing offer (by agent name).
    case agent(String)
    /// The roster itself: an agent added, or a role, capacity or display name changed.
    case roster
    /// One agent's complaint draft, which only that agent's console shows.
    case draft(String)
    /// One complaint: filed, stepped, followed up.
    case complaint(Int64)
    /// Service-level figures recorded after the fact (breaches written down).
    case breaches
    /// The phrasebook or wording rules kept in the database.
    case phrasebook
    /// The training run and its simulated customers.
    case training
    /// The webhooks and their deliveries (the wallboard shows failing ones), or the outbox trimmed.
    case connectors
    /// Anything at all: the feed was trimmed past what a reader had seen, or a bulk load ran.
    case everything
}

extension ChangeTopic {
    /// The form stored in the feed's `topic` column.
    public var storedName: String {
        switch self {
        case .queue: "queue"
        case .queueRow(let id): "queue:\(id)"
        case .contact(let id): "contact:\(id)"
        case .customer(let id): "customer:\(id)"
        case .agent(let name): "agent:\(name)"
        case .roster: "roster"
        case .draft(let name): "draft:\(name)"
        case .complaint(let id): "complaint:\(id)"
        case .breaches: "breaches"
        case .phrasebook: "phrasebook"
        case .training: "training"
        case .connectors: "connectors"
        case .everything: "everything"
        }
    }

    /// Reads a stored name back; an unknown one (from a newer program) means everything.
    /// Every console reads each commit's topics: during a burst, thousands a second, so the name
    /// is cut at its colon in place rather than split into an array of strings.
    public init(storedName: some StringProtocol) {
        let colon = storedName.firstIndex(of: ":")
        let kind = colon.map { storedName[..<$0] } ?? storedName[...]
        let value = colon.map { String(storedName[storedName.index(after: $0)...]) }
        switch (kind, value) {
        case ("queue", nil): self = .queue
        case ("queue", let id?): self = Int64(id).map(ChangeTopic.queueRow) ?? .everything
        case ("contact", let id?): self = Int64(id).map(ChangeTopic.contact) ?? .everything
        case ("customer", let id?): self = Int64(id).map(ChangeTopic.customer) ?? .everything
        case ("agent", let name?): self = .agent(name)
        case ("roster", nil): self = .roster
        case ("draft", let name?): self = .draft(name)
        case ("complaint", let id?): self = Int64(id).map(ChangeTopic.complaint) ?? .everything
        case ("breaches", nil): self = .breaches
        case ("phrasebook", nil): self = .phrasebook
        case ("training", nil): self = .training
        case ("connectors", nil): self = .connectors
        default: self = .everything
        }
    }
}
