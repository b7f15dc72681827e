import Foundation
import FrontlineCore
import FrontlineStoreAPI

extension QueueState {
    /// Puts fresh rows for these contacts in place of the ones held (a contact read but not
    /// returned has left the queue), and their entries (see `mergeEvaluated`). Returns the fresh
    /// contacts newly seen breached.
    mutating func replaceRows(of contactIds: [Int64], with fresh: [QueueRow], policy: SLAPolicy, at now: Date) -> [Int64] {
        let kept = timeline   // changing the rows drops it
        replaceRows(of: contactIds, with: fresh)
        return mergeEvaluated(fresh, replacing: Set(contactIds), timeline: kept, policy: policy, at: now)
    }

    /// Takes a whole read of the queue; only the rows that differ from those held (new, changed
    /// or gone) have their entries worked out again (see `mergeEvaluated`). A whole read follows
    /// any take, abandon or transfer, and on a queue of thousands one contact has changed.
    mutating func replaceAllRows(_ all: [QueueRow], policy: SLAPolicy, at now: Date) -> [Int64] {
        let kept = timeline   // changing the rows drops it
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
        return mergeEvaluated(fresh, replacing: changed, timeline: kept, policy: policy, at: now)
    }

    /// While the queue's order holds at `now`, merges the entries of `fresh` rows into it in place
    /// of those of `replaced` contacts, each put where urgency says, the other timers kept;
    /// otherwise leaves the next evaluation to be a full one. During a burst of thousands of
    /// arrivals this is a console's work per read: a full evaluation (every contact's timer
    /// again, e-mails' through the working calendar, then a sort) was most of ten consoles' CPU.
    /// Returns the fresh contacts newly seen breached.
    private mutating func mergeEvaluated(_ fresh: [QueueRow], replacing replaced: Set<Int64>, timeline kept: QueueTimeline?,
                                         policy: SLAPolicy, at now: Date) -> [Int64] {
        guard var timeline = kept, timeline.orderHolds(at: now, entryCount: entries.count) else { return [] }
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

    /// One pass over the entries: those replaced are dropped, `added` (in urgency order) put
    /// where they belong, the timeline laid out the same way.
    private mutating func mergeEntries(_ added: [(entry: QueueEntry, timer: ResponseTimer?)], replacing replaced: Set<Int64>,
                                       into timeline: inout QueueTimeline, at now: Date) {
        var merged: [QueueEntry] = [], layout: [QueueTimeline.Slot] = []
        merged.reserveCapacity(entries.count + added.count); layout.reserveCapacity(entries.count + added.count)
        var old = entries.startIndex, new = added.startIndex
        while old < entries.endIndex || new < added.endIndex {
            if old < entries.endIndex, let id = entries[old].contact.id, replaced.contains(id) {
                old += 1
            } else if new < added.endIndex, old == entries.endIndex
                        || QueueEntry.isMoreUrgent(added[new].entry.status?.deadline, added[new].entry.contact,
                                                   than: entries[old].status?.deadline, entries[old].contact) {
                merged.append(added[new].entry); layout.append(.added(added[new].timer))
                new += 1
            } else {
                merged.append(entries[old]); layout.append(.kept(old))
                old += 1
            }
        }
        entries = merged
        timeline.rearrange(layout, now: now)
        recount()
    }

    /// Puts fresh rows for these contacts in place of the ones held, keeping the store's order:
    /// oldest first, then by id. Works on the rows in place: during a burst this runs several
    /// times a second on a queue of thousands, and a filtered copy of every row (each a contact
    /// with its strings) was most of it.
    mutating func replaceRows(of contactIds: [Int64], with fresh: [QueueRow]) {
        let replaced = Set(contactIds)
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
