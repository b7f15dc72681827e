import Foundation
import FrontlineCore

/// What the last full evaluation of the queue learned, so that a tick can move the countdowns on
/// in place. The urgency order depends on deadlines, and a running timer's deadline is fixed: the
/// order changes only when the rows or the policy change, when a promised call-back falls due, or
/// while a paused timer with time left (whose deadline moves with the clock) is in the queue.
struct QueueTimeline: Sendable {
    /// Each entry's running timer, index for index with `QueueState.entries`.
    var timers: [ResponseTimer?] { didSet { countdowns = timers.map { $0?.wallClockCountdown } } }
    /// The same timers as plain numbers where they run on the wall clock (most of a queue): a tick
    /// works those out without copying a timer and its calendar.
    private(set) var countdowns: [WallClockCountdown?]
    /// The instant the evaluation was made for; a clock that moves back needs a full one.
    var evaluatedAt: Date
    /// The earliest instant a promised call-back not yet in the queue falls due.
    var nextDue: Date?
    /// A paused timer with time left: its deadline is "now + what is left", so the order may shift every tick.
    var hasMovingDeadline: Bool

    init(timers: [ResponseTimer?], evaluatedAt: Date, nextDue: Date?, hasMovingDeadline: Bool) {
        self.timers = timers
        countdowns = timers.map { $0?.wallClockCountdown }
        self.evaluatedAt = evaluatedAt
        self.nextDue = nextDue
        self.hasMovingDeadline = hasMovingDeadline
    }

    /// True while the entries' order still holds at `now`, so only their statuses need computing.
    func orderHolds(at now: Date, entryCount: Int) -> Bool {
        !hasMovingDeadline && now >= evaluatedAt && nextDue.map { now < $0 } ?? true && entryCount == timers.count
    }
}
