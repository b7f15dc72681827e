import FrontlineCore
import FrontlineStoreAPI

/// The queue as this console knows it: the rows last read, their timers at the last tick, today's
/// service levels, and which contact is selected and which one the agent works on.
public struct QueueState: Sendable {
    /// The queue as last read from the store.
    public var rows: [QueueRow] = [] { didSet { timeline = nil } }
    /// The queue with timers evaluated at the state's `now`, most urgent first.
    public var entries: [QueueEntry] = []
    /// Today's service level per channel, as last read from the store.
    public var serviceLevels: [Channel: ServiceLevel] = [:]
    public var selectedContactId: Int64?
    /// The contact the agent is working on: the one replies and wrap-up apply to.
    public var activeContactId: Int64?
    /// Breaches this console has already asked the store to record.
    public var breachesSeen: Set<BreachSeen> = []
    /// The timers behind `entries`, for ticks that only move countdowns on; nil when the rows
    /// (or the policy) changed since, so the next evaluation is a full one.
    var timeline: QueueTimeline?

    public init() {}

    public var selectedEntry: QueueEntry? { entries.first { $0.contact.id == selectedContactId } }
    public var activeEntry: QueueEntry? { entries.first { $0.contact.id == activeContactId } }

    /// The contact whose customer file is shown: the one being worked on, else the selected one.
    public var detailTarget: Int64? { activeContactId ?? selectedContactId }

    /// Contacts `agent` holds.
    public func activeContacts(of agent: String) -> [Contact] {
        // compactMap, not map then filter: that copied every contact of a 1,000-long queue on each frame.
        entries.compactMap { $0.contact.state == .active && $0.contact.agent == agent ? $0.contact : nil }
    }

    /// How many contacts wait, counted without copying the queue.
    public var waitingCount: Int { entries.reduce(0) { $0 + ($1.contact.state == .waiting ? 1 : 0) } }

    /// True while any contact's countdown is on screen.
    var hasTimer: Bool { entries.contains { $0.status != nil } }
}
