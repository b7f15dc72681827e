import Foundation
import FrontlineCore

// The per-second work on a 1,000-long queue: a full evaluation when the rows (or the order) may
// have changed, otherwise the countdowns moved on in place, without copying or sorting entries.

/// Builds `queue.entries` from the rows at `now`, most urgent first, and remembers the timers for
/// the ticks that follow. Returns the contacts whose breach this console has not yet seen.
func evaluateQueue(_ queue: inout QueueState, policy: SLAPolicy, at now: Date) -> [Int64] {
    var seen = queue.breachesSeen, crossed: [Int64] = []
    var nextDue: Date?, hasMovingDeadline = false
    // Each contact's timer is worked out once for its status, its breach check and its place.
    var timers: [ResponseTimer?] = [], statuses: [SLAStatus?] = [], due: [Int] = []
    timers.reserveCapacity(queue.rows.count); statuses.reserveCapacity(queue.rows.count); due.reserveCapacity(queue.rows.count)
    for (index, row) in queue.rows.enumerated() {
        guard row.contact.isDue(at: now) else {
            nextDue = min(nextDue ?? row.contact.queuedAt, row.contact.queuedAt)
            timers.append(nil); statuses.append(nil)
            continue
        }
        let timer = policy.runningTimer(for: row.contact)
        let status = timer?.status(at: now)
        if let timer, let status {
            if timer.isPaused, status.secondsLeft > 0 { hasMovingDeadline = true }
            if status.state == .breached,
               seen.insert(BreachSeen(contactId: row.contact.id ?? 0, kind: timer.kind, startedAt: timer.startedAt)).inserted,
               let id = row.contact.id {
                crossed.append(id)
            }
        }
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
    queue.breachesSeen = seen
    queue.recount()
    queue.timeline = QueueTimeline(timers: due.map { timers[$0] }, evaluatedAt: now, nextDue: nextDue,
                                   hasMovingDeadline: hasMovingDeadline)
    return crossed
}

/// Moves every countdown on to `now` in place, the order unchanged. Only a timer that has just
/// crossed into breach is looked up among the breaches seen: the others were on an earlier tick.
/// Wall-clock timers are worked out from their plain numbers; the others from the deadline the
/// last status had (the order holds, so none moves with the clock).
func advanceTimers(_ queue: inout QueueState, timeline: QueueTimeline, to now: Date) -> [Int64] {
    var crossed: [Int64] = []
    for index in queue.entries.indices {
        // The status is changed where it lies: reading `entries[index]` would copy a whole contact.
        guard let (old, new) = moveOn(&queue.entries[index].status, timeline: timeline, index: index, to: now),
              old != new else { continue }
        if queue.entries[index].contact.state == .waiting { queue.waitingTimer(changedFrom: old, to: new) }
        guard new == .breached, let timer = timeline.timers[index] else { continue }
        if queue.breachesSeen.insert(BreachSeen(contactId: queue.entries[index].contact.id ?? 0, kind: timer.kind, startedAt: timer.startedAt)).inserted,
           let id = queue.entries[index].contact.id {
            crossed.append(id)
        }
    }
    queue.timeline?.evaluatedAt = now
    return crossed
}

/// One entry's status at `now`; the states before and after, or nil when it has no timer.
private func moveOn(_ status: inout SLAStatus?, timeline: QueueTimeline, index: Int, to now: Date) -> (SLAState, SLAState)? {
    guard let old = status else { return nil }
    let new: SLAStatus
    if let countdown = timeline.countdowns[index] {
        new = countdown.status(at: now)
    } else if let timer = timeline.timers[index] {
        new = timer.status(at: now, deadline: old.deadline)
    } else {
        return nil
    }
    status = new
    return (old.state, new.state)
}
