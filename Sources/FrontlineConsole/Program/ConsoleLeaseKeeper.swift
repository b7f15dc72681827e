import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Beside a console whose store judges consoles by leases (PostgreSQL): renews this console's
/// lease on its agent's shift every `ConsoleLease.renewEvery`, and logs out agents whose
/// consoles stopped renewing, so a console killed on any host is gone within a few seconds
/// even when nothing routes. On SQLite it is not started: the process check needs no beat.
///
/// It beats on a thread of its own (`start`), not in the console's loop: a beat is a round trip
/// to the server, and in the loop each one also cost a turn of the loop on an idle screen.
public final class ConsoleLeaseKeeper: @unchecked Sendable {
    private let database: any PresenceStore
    private let lease: ConsoleLease
    private let agent: String
    private let console: ConsoleProcess
    private let rules: AgentStateRules
    private let policy: SLAPolicy
    private var nextRenewal: Date?
    private let condition = NSCondition()
    private var stopped = false
    private var thread: Thread?

    /// Nil when the store holds no leases or this process cannot be named (not Linux).
    public init?(database: any PresenceStore, agent: String, console: ConsoleProcess? = .current(), rules: AgentStateRules,
                 policy: SLAPolicy) {
        guard let lease = database.consoleLease, let console else { return nil }
        (self.database, self.lease, self.agent, self.console, self.rules, self.policy) = (database, lease, agent, console, rules, policy)
    }

    /// Beats at `now` when its beat is due; returns when the next one is.
    public func step(at now: Date) -> Date {
        if let nextRenewal, now < nextRenewal { return nextRenewal }
        // A failure (the server away) is not this keeper's to report: the console's banner says
        // so, and the next renewal tries again. A renewal before the log-in changes nothing.
        _ = try? database.beatConsoleLease(agent, console: console, rules: rules, policy: policy, at: now)
        let next = now + lease.renewEvery
        nextRenewal = next
        return next
    }

    /// Beats on its own thread by `clock` until `stop`.
    public func start(clock: any Clock) {
        let thread = Thread { [self] in
            while true {
                let due = step(at: clock.now)
                let wait = max(0, due.timeIntervalSince(clock.now)) / max(clock.rate, 1e-9)
                let stop = condition.withLock {
                    if !stopped { _ = condition.wait(until: Date() + wait) }
                    return stopped
                }
                if stop { return }
            }
        }
        thread.name = "lease keeper"
        thread.start()
        self.thread = thread
    }

    /// Ends the thread at its next wake (at once when it waits for its beat).
    public func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }
}
