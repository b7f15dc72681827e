import Foundation
import FrontlineCore

/// What the last full evaluation of the queue learned, so that a tick can move the countdowns on
/// in place. The urgency order depends on deadlines, and a running timer's deadline is fixed: the
/// order changes only when the rows or the policy change, when a promised call-back falls due, or
/// while a paused timer with time left (whose deadline moves with the clock) is in the queue.
///
/// A tick works out only the countdowns on screen and those whose colour may change: each timer
/// has its next look (`TimerCountdown.nextLook`), the earliest instant its state may differ, so
/// the header's counts and the breaches stay what evaluating every timer would give.
struct QueueTimeline: Sendable {
    /// Each entry's running timer, index for index with `QueueState.entries`.
    private(set) var timers: [ResponseTimer?]
    /// The same timers as plain numbers around the instant each was last looked at; nil for a
    /// timer whose deadline moves (or none). Made afresh when it stops holding (a working period
    /// opens or closes).
    private(set) var countdowns: [TimerCountdown?]
    /// When each entry must be looked at again for its state to stay right.
    private(set) var nextLooks: [Date]
    /// The instant the evaluation was made for; a clock that moves back needs a full one.
    var evaluatedAt: Date
    /// The earliest instant a promised call-back not yet in the queue falls due.
    var nextDue: Date?
    /// A paused timer with time left: its deadline is "now + what is left", so the order may shift every tick.
    var hasMovingDeadline: Bool

    init(timers: [ResponseTimer?], evaluatedAt: Date, nextDue: Date?, hasMovingDeadline: Bool) {
        self.timers = timers
        countdowns = timers.map { $0?.countdown(at: evaluatedAt) }
        nextLooks = zip(timers, countdowns).map { Self.nextLook($0, $1, after: evaluatedAt) }
        self.evaluatedAt = evaluatedAt
        self.nextDue = nextDue
        self.hasMovingDeadline = hasMovingDeadline
    }

    /// A timer's first look: never without a timer, every tick while its deadline moves.
    private static func nextLook(_ timer: ResponseTimer?, _ countdown: TimerCountdown?, after now: Date) -> Date {
        timer == nil ? .distantFuture : countdown?.nextLook(after: now) ?? now
    }

    /// The timeline after the entries at `gone` left and `added` came in at `positions` (as
    /// `QueueState` did with the entries): the timers kept keep their countdowns and next looks,
    /// those added are first looked at `now`.
    mutating func replace(removing gone: RangeSet<Int>, inserting added: [ResponseTimer?], atResultPositions positions: [Int],
                          now: Date) {
        let addedCountdowns = added.map { $0?.countdown(at: now) }
        timers.replace(removing: gone, inserting: added, atResultPositions: positions)
        countdowns.replace(removing: gone, inserting: addedCountdowns, atResultPositions: positions)
        nextLooks.replace(removing: gone, inserting: zip(added, addedCountdowns).map { Self.nextLook($0, $1, after: now) },
                          atResultPositions: positions)
    }

    /// True while the entries' order still holds at `now`, so only their statuses need computing.
    func orderHolds(at now: Date, entryCount: Int) -> Bool {
        !hasMovingDeadline && now >= evaluatedAt && nextDue.map { now < $0 } ?? true && entryCount == timers.count
    }

    /// True when entry `index` must be looked at by `now` for its state to stay right.
    func isDue(_ index: Int, at now: Date) -> Bool { nextLooks[index] <= now }

    /// Entry `index`'s status at `now` (nil when it has no timer), and its next look set from it.
    mutating func look(at index: Int, now: Date) -> SLAStatus? {
        guard let timer = timers[index] else { return nil }
        if countdowns[index].map({ !$0.contains(now) }) ?? false { countdowns[index] = timer.countdown(at: now) }
        guard let countdown = countdowns[index] else {
            nextLooks[index] = now   // a deadline that moves: looked at every tick
            return timer.status(at: now)
        }
        nextLooks[index] = countdown.nextLook(after: now)
        return countdown.status(at: now)
    }
}
