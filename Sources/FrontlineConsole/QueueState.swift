import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The queue as this console knows it: the rows last read, their timers at the last tick, today's
/// service levels, and which contact is selected and which one the agent works on.
public struct QueueState: Sendable {
    /// The queue as last read from the store.
    public var rows: [QueueRow] = [] { didSet { timeline = nil } }
    /// The queue with timers evaluated at the state's `now`, most urgent first. Set only by
    /// `evaluateQueue` and `advanceTimers`, which keep the counts below with it. Every timer's
    /// state is right at `now`; its seconds are, for the rows the queue pane shows (the others
    /// keep those of the last time they were worked out: nothing shows them).
    public internal(set) var entries: [QueueEntry] = []
    /// How many contacts wait; counted with `entries`, so a frame does not scan a thousand contacts.
    public internal(set) var waitingCount = 0
    /// Waiting contacts past their deadline, and close to it: the header's counts.
    internal(set) var waitingByTimerState: (breached: Int, atRisk: Int) = (0, 0)
    /// True while any contact's countdown is on screen.
    internal(set) var hasTimer = false
    /// Each contact's index in `entries`, and the indices of the active ones; kept by `recount`.
    private var positions: [Int64: Int] = [:]
    private var activeIndices: [Int] = []
    /// Today's service level per channel, as last read from the store.
    public var serviceLevels: [Channel: ServiceLevel] = [:]
    public var selectedContactId: Int64?
    /// The contact the agent is working on: the one replies and wrap-up apply to.
    public var activeContactId: Int64?
    /// Breaches this console has already asked the store to record.
    public var breachesSeen: Set<BreachSeen> = []
    /// Crossings seen but not yet written down, and when they will be (see `BreachBatch`).
    var breachBatch = BreachBatch()
    /// The timers behind `entries`, for ticks that only move countdowns on; nil when the rows
    /// (or the policy) changed since, so the next evaluation is a full one.
    var timeline: QueueTimeline?
    /// When a queue read held back by pacing is made (the loop ticks then); nil when none waits.
    var heldReadDue: Date?

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
        guard let id, let index = positions[id], index < entries.count, entries[index].contact.id == id else { return nil }
        return index
    }

    /// Contacts `agent` holds.
    public func activeContacts(of agent: String) -> [Contact] {
        var contacts: [Contact] = []
        for index in activeIndices where entries[index].contact.agent == agent {
            contacts.append(entries[index].contact)
        }
        return contacts
    }

    /// Counts `waitingCount`, `waitingByTimerState` and `hasTimer` afresh from `entries`, and
    /// finds each contact's place and the active ones: the agent's state, the selection and the
    /// file are looked up several times a second, and a walk over a thousand contacts (each
    /// in a cache line of its own) was the biggest part of an idle second.
    mutating func recount() {
        var waiting = 0, breached = 0, atRisk = 0, timer = false
        positions = Dictionary(minimumCapacity: entries.count)
        activeIndices = []
        for index in entries.indices {
            if let id = entries[index].contact.id { positions[id] = index }
            if entries[index].contact.state == .active { activeIndices.append(index) }
            if entries[index].status != nil { timer = true }
            guard entries[index].contact.state == .waiting else { continue }
            waiting += 1
            switch entries[index].status?.state {
            case .breached: breached += 1
            case .warning: atRisk += 1
            default: break
            }
        }
        (waitingCount, waitingByTimerState, hasTimer) = (waiting, (breached, atRisk), timer)
    }

    /// Keeps the header's counts when a waiting contact's timer moves from one state to another.
    mutating func waitingTimer(changedFrom old: SLAState, to new: SLAState) {
        func add(_ state: SLAState, _ step: Int) {
            switch state {
            case .breached: waitingByTimerState.breached += step
            case .warning: waitingByTimerState.atRisk += step
            case .ok: break
            }
        }
        add(old, -1)
        add(new, 1)
    }
}
