import Foundation
import FrontlineCore

// The per-second work on a 1,000-long queue: a full evaluation when the rows (or the order) may
// have changed, otherwise the countdowns on screen moved on in place, and of the others only those
// whose state may change, without copying or sorting entries.

/// Works out due contacts' timers at `now`, one at a time, noting what the timeline must know
/// (a paused deadline that moves with the clock) and the breaches not seen before.
struct TimerJudge {
    let policy: SLAPolicy
    let now: Date
    var seen: Set<BreachSeen>
    private(set) var crossed: [Int64] = []
    private(set) var hasMovingDeadline = false

    init(policy: SLAPolicy, at now: Date, seen: Set<BreachSeen>) {
        (self.policy, self.now, self.seen) = (policy, now, seen)
    }

    /// The contact's running timer and its status at `now` (nil, nil when none runs).
    mutating func judge(_ contact: Contact) -> (timer: ResponseTimer?, status: SLAStatus?) {
        guard let timer = policy.runningTimer(for: contact) else { return (nil, nil) }
        let status = timer.status(at: now)
        if timer.isPaused, status.secondsLeft > 0 { hasMovingDeadline = true }
        if status.state == .breached,
           seen.insert(BreachSeen(contactId: contact.id ?? 0, kind: timer.kind, startedAt: timer.startedAt)).inserted,
           let id = contact.id {
            crossed.append(id)
        }
        return (timer, status)
    }
}

/// Builds `queue.entries` from the rows at `now`, most urgent first, and remembers the timers for
/// the ticks that follow. Returns the contacts whose breach this console has not yet seen.
func evaluateQueue(_ queue: inout QueueState, policy: SLAPolicy, at now: Date) -> [Int64] {
    var judge = TimerJudge(policy: policy, at: now, seen: queue.breachesSeen)
    var nextDue: Date?
    // Each contact's timer is worked out once for its status, its breach check and its place.
    var timers: [ResponseTimer?] = [], statuses: [SLAStatus?] = [], due: [Int] = []
    timers.reserveCapacity(queue.rows.count); statuses.reserveCapacity(queue.rows.count); due.reserveCapacity(queue.rows.count)
    for (index, row) in queue.rows.enumerated() {
        guard row.contact.isDue(at: now) else {
            nextDue = min(nextDue ?? row.contact.queuedAt, row.contact.queuedAt)
            timers.append(nil); statuses.append(nil)
            continue
        }
        let (timer, status) = judge.judge(row.contact)
        timers.append(timer); statuses.append(status); due.append(index)
    }
    // Sort indices, not whole entries: the comparison reads only deadline, arrival and id.
    let rows = queue.rows
    due.sort { l, r in
        QueueEntry.isMoreUrgent(statuses[l]?.deadline, rows[l].contact, than: statuses[r]?.deadline, rows[r].contact)
    }
    queue.entries = due.map { index in
        let row = queue.rows[index]
        return QueueEntry(contact: row.contact, customerName: row.customerName, customerLanguage: row.customerLanguage, status: statuses[index],
                          assignedAgent: row.assignedAgent)
    }
    queue.breachesSeen = judge.seen
    queue.recount()
    queue.timeline = QueueTimeline(timers: due.map { timers[$0] }, evaluatedAt: now, nextDue: nextDue,
                                   hasMovingDeadline: judge.hasMovingDeadline)
    return judge.crossed
}

/// Moves the countdowns on to `now` in place, the order unchanged: those in `shown` (the rows the
/// queue pane draws) and those whose state may have changed (their next look has come). A timer
/// that has just crossed into breach is looked up among the breaches seen: the others were on an
/// earlier look. Returns the contacts newly seen breached.
func advanceTimers(_ queue: inout QueueState, to now: Date, shown: Range<Int>) -> [Int64] {
    guard var timeline = queue.timeline, timeline.timers.count == queue.entries.count else { return [] }
    queue.timeline = nil   // moved out while it changes, so its arrays are not copied
    var crossed: [Int64] = []
    for index in queue.entries.indices where timeline.isDue(index, at: now) || shown.contains(index) {
        // The status is changed where it lies: reading `entries[index]` would copy a whole contact.
        guard let new = timeline.look(at: index, now: now), let old = queue.entries[index].status?.state else { continue }
        queue.entries[index].status = new
        guard old != new.state else { continue }
        if queue.entries[index].contact.state == .waiting { queue.waitingTimer(changedFrom: old, to: new.state) }
        guard new.state == .breached, let timer = timeline.timers[index] else { continue }
        if queue.breachesSeen.insert(BreachSeen(contactId: queue.entries[index].contact.id ?? 0, kind: timer.kind, startedAt: timer.startedAt)).inserted,
           let id = queue.entries[index].contact.id {
            crossed.append(id)
        }
    }
    timeline.evaluatedAt = max(timeline.evaluatedAt, now)
    queue.timeline = timeline
    return crossed
}
