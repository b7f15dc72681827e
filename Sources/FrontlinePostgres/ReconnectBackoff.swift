import Foundation

/// When to try a lost connection again: soon after the first failure, then twice as long after
/// each further one, never longer than `cap`, so a server back after a restart is found within a
/// few seconds and a server that stays away is not hammered. Shared by the change notifier's
/// listening connection and the store's own (`PostgresSession`'s reconnecting link).
struct ReconnectBackoff {
    /// The wait after the first failure.
    let first: TimeInterval
    /// The longest wait between two attempts.
    let cap: TimeInterval
    private(set) var failures = 0
    /// No attempt before this.
    private(set) var nextAttempt = Date.distantPast

    init(first: TimeInterval, cap: TimeInterval) {
        (self.first, self.cap) = (first, cap)
    }

    /// An attempt failed at `now`: the next waits longer.
    mutating func failed(at now: Date = Date()) {
        failures += 1
        nextAttempt = now.addingTimeInterval(delay(after: failures))
    }

    /// Connected: the next loss starts from the shortest wait again.
    mutating func succeeded() {
        failures = 0
        nextAttempt = .distantPast
    }

    /// The wait after `failures` failures in a row.
    func delay(after failures: Int) -> TimeInterval {
        min(cap, first * Double(1 << min(max(failures - 1, 0), 16)))
    }
}
