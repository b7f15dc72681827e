import Foundation
import FrontlineCore
import FrontlineStoreAPI

extension QueueState {
    /// Puts fresh rows for these contacts in place of the ones held (a contact read but not
    /// returned has left the queue), and their entries (see `mergeEvaluated`). Returns the fresh
    /// contacts newly seen breached.
    mutating func replaceRows(of contactIds: [Int64], with fresh: [QueueRow], policy: SLAPolicy, at now: Date) -> [Int64] {
        var kept = timeline   // changing the rows drops it
        timeline = nil
        let replaced = Set(contactIds)
        replaceRows(of: replaced, with: fresh)
        return mergeEvaluated(fresh, replacing: replaced, timeline: &kept, policy: policy, at: now)
    }

    /// Takes a whole read of the queue; only the rows that differ from those held (new, changed
    /// or gone) have their entries worked out again (see `mergeEvaluated`). A whole read follows
    /// any take, abandon or transfer, and on a queue of thousands one contact has changed.
    mutating func replaceAllRows(_ all: [QueueRow], policy: SLAPolicy, at now: Date) -> [Int64] {
        var kept = timeline   // changing the rows drops it
        timeline = nil
        var held = Dictionary(rows.indices.compactMap { index in rows[index].contact.id.map { ($0, index) } }) { first, _ in first }
        var changed = Set<Int64>(), fresh: [QueueRow] = []
        for row in all {
            guard let id = row.contact.id else { continue }
            if let index = held.removeValue(forKey: id), rows[index] == row { continue }
            changed.insert(id)
            fresh.append(row)
        }
        changed.formUnion(held.keys)
        rows = all
        return mergeEvaluated(fresh, replacing: changed, timeline: &kept, policy: policy, at: now)
    }

    /// While the queue's order holds at `now`, merges the entries of `fresh` rows into it in place
    /// of those of `replaced` contacts, each put where urgency says, the other timers kept;
    /// otherwise leaves the next evaluation to be a full one. During a burst of thousands of
    /// arrivals this is a console's work per read: a full evaluation (every contact's timer
    /// again, e-mails' through the working calendar, then a sort) was most of ten consoles' CPU.
    /// Returns the fresh contacts newly seen breached.
    private mutating func mergeEvaluated(_ fresh: [QueueRow], replacing replaced: Set<Int64>, timeline kept: inout QueueTimeline?,
                                         policy: SLAPolicy, at now: Date) -> [Int64] {
        guard var timeline = kept, timeline.orderHolds(at: now, entryCount: entries.count) else { return [] }
        kept = nil   // the only reference left is `timeline`: its arrays change in place
        var judge = TimerJudge(policy: policy, at: now, seen: breachesSeen)
        var added: [(entry: QueueEntry, timer: ResponseTimer?)] = []
        for row in fresh {
            guard row.contact.isDue(at: now) else {
                timeline.nextDue = min(timeline.nextDue ?? row.contact.queuedAt, row.contact.queuedAt)
                continue
            }
            let (timer, status) = judge.judge(row.contact)
            added.append((QueueEntry(contact: row.contact, customerName: row.customerName, customerLanguage: row.customerLanguage,
                                     status: status, assignedAgent: row.assignedAgent), timer))
        }
        added.sort { QueueEntry.byUrgency($0.entry, $1.entry) }
        timeline.hasMovingDeadline = timeline.hasMovingDeadline || judge.hasMovingDeadline
        mergeEntries(added, replacing: replaced, into: &timeline, at: now)
        breachesSeen = judge.seen
        self.timeline = timeline
        return judge.crossed
    }

    /// The entries of `replaced` contacts leave, `added` (in urgency order) come in where they
    /// belong, and the timeline follows, each element moved rather than copied.
    private mutating func mergeEntries(_ added: [(entry: QueueEntry, timer: ResponseTimer?)], replacing replaced: Set<Int64>,
                                       into timeline: inout QueueTimeline, at now: Date) {
        var gone = RangeSet<Int>()
        for id in replaced {
            if let index = index(of: id) { gone.insert(index, within: entries) }
        }
        let keptCount = entries.count - gone.ranges.reduce(0) { $0 + $1.count }
        // Each arrival goes past every entry kept that is more urgent than it, and past the arrivals before it.
        var positions: [Int] = []
        positions.reserveCapacity(added.count)
        for (number, item) in added.enumerated() {
            var low = 0, high = keptCount
            while low < high {
                let middle = (low + high) / 2
                let index = keptIndex(middle, skipping: gone)
                if QueueEntry.isMoreUrgent(entries[index].status?.deadline, entries[index].contact,
                                           than: item.entry.status?.deadline, item.entry.contact) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            positions.append(low + number)
        }
        entries.replace(removing: gone, inserting: added.map(\.entry), atResultPositions: positions)
        timeline.replace(removing: gone, inserting: added.map(\.timer), atResultPositions: positions, now: now)
        recount()
    }

    /// The index in `entries` of the `n`th entry not in `gone` (a few ranges, so a short walk).
    private func keptIndex(_ n: Int, skipping gone: RangeSet<Int>) -> Int {
        var index = n
        for range in gone.ranges {
            guard range.lowerBound <= index else { break }
            index += range.count
        }
        return index
    }

    /// Puts fresh rows for these contacts in place of the ones held, keeping the store's order:
    /// oldest first, then by id. Works on the rows in place: during a burst this runs several
    /// times a second on a queue of thousands, and a filtered copy of every row (each a contact
    /// with its strings) was most of it.
    private mutating func replaceRows(of replaced: Set<Int64>, with fresh: [QueueRow]) {
        var merged = rows
        rows = []   // `merged` is then the only reference: changed in place, not copied
        if merged.contains(where: { $0.contact.id.map(replaced.contains) ?? false }) {
            merged.removeAll { $0.contact.id.map(replaced.contains) ?? false }
        }
        merged.reserveCapacity(merged.count + fresh.count)
        for row in fresh {
            let key = (row.contact.queuedAt, row.contact.id ?? 0)
            // Arrivals are mostly the newest: look from the end.
            var index = merged.endIndex
            while index > merged.startIndex, key < (merged[index - 1].contact.queuedAt, merged[index - 1].contact.id ?? 0) {
                index -= 1
            }
            merged.insert(row, at: index)
        }
        rows = merged
    }
}
