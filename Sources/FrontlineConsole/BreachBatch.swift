import Foundation

/// Crossings this console saw as its countdowns ran, written down together half a minute after the
/// first of them (what a full evaluation of the queue finds is written at once): on a
/// long queue contacts cross their deadlines every few seconds, and a commit apiece woke every
/// console's watcher and cost this one most of its idle CPU. The screen shows a breach the second
/// it happens; only its record waits. Nothing is lost by the wait: taking, answering or abandoning
/// a contact writes its breach down in the same transaction, and every other console (and
/// `frontline queue`) writes down what it sees cross.
struct BreachBatch: Equatable {
    /// How long the first crossing of a batch waits for others. Each batch is a transaction that
    /// touches the breaches, the event log and the outbox (about forty pages on a year's database):
    /// at 10 s it was a ninth of an idle console's CPU while a queue's deadlines fell.
    static let delay: TimeInterval = 30

    private(set) var contactIds: [Int64] = []
    private var writeAt: Date?

    /// Adds `crossed` at `now`; the whole batch when its time has come, else nothing.
    mutating func add(_ crossed: [Int64], at now: Date) -> [Int64] {
        contactIds += crossed
        guard !contactIds.isEmpty else { return [] }
        let due = writeAt ?? now.addingTimeInterval(Self.delay)
        guard now >= due else {
            writeAt = due
            return []
        }
        defer { self = BreachBatch() }
        return contactIds
    }

    /// Whatever waits, now: the console is logging out.
    mutating func takeAll() -> [Int64] {
        defer { self = BreachBatch() }
        return contactIds
    }
}

extension AppState {
    /// Logs out, after writing down the crossings still waiting for their batch.
    mutating func logOut(note: String?) -> [Effect] {
        let waiting = queue.breachBatch.takeAll()
        return (waiting.isEmpty ? [] : [.recordBreaches(contactIds: waiting)]) + [.logOut(note: note)]
    }
}
