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

    public var selectedEntry: QueueEntry? { index(of: selectedContactId).map { entries[$0] } }
    public var activeEntry: QueueEntry? { index(of: activeContactId).map { entries[$0] } }

    /// The contact whose customer file is shown: the one being worked on, else the selected one.
    public var detailTarget: Int64? { activeContactId ?? selectedContactId }

    // The scans below run on every tick and frame over a queue of a thousand: each looks at the
    // entries in place, by index. Iterating them (`for entry in`, `reduce`, `compactMap`) copies
    // every entry, a whole contact with its strings, and that was most of an idle second's work.

    /// Where the contact `id` is in `entries`.
    func index(of id: Int64?) -> Int? {
        guard let id else { return nil }
        for index in entries.indices where entries[index].contact.id == id { return index }
        return nil
    }

    /// Contacts `agent` holds.
    public func activeContacts(of agent: String) -> [Contact] {
        var contacts: [Contact] = []
        for index in entries.indices where entries[index].contact.state == .active && entries[index].contact.agent == agent {
            contacts.append(entries[index].contact)
        }
        return contacts
    }

    /// How many contacts wait.
    public var waitingCount: Int {
        var count = 0
        for index in entries.indices where entries[index].contact.state == .waiting { count += 1 }
        return count
    }

    /// Waiting contacts past their deadline, and close to it: the header's counts.
    var waitingByTimerState: (breached: Int, atRisk: Int) {
        var breached = 0, atRisk = 0
        for index in entries.indices where entries[index].contact.state == .waiting {
            switch entries[index].status?.state {
            case .breached: breached += 1
            case .warning: atRisk += 1
            default: break
            }
        }
        return (breached, atRisk)
    }

    /// True while any contact's countdown is on screen.
    var hasTimer: Bool {
        for index in entries.indices where entries[index].status != nil { return true }
        return false
    }
}
