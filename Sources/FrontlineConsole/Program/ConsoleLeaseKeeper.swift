import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Beside a console whose store judges consoles by leases (PostgreSQL): renews this console's
/// lease on its agent's shift every `ConsoleLease.renewEvery`, and logs out agents whose
/// consoles stopped renewing, so a console killed on any host is gone within a few seconds
/// even when nothing routes. On SQLite it is not started: the process check needs no beat.
public final class ConsoleLeaseKeeper: ConsoleCompanion {
    private let database: any PresenceStore
    private let lease: ConsoleLease
    private let agent: String
    private let console: ConsoleProcess
    private let rules: AgentStateRules
    private let policy: SLAPolicy
    private var nextRenewal: Date?

    /// Nil when the store holds no leases or this process cannot be named (not Linux).
    public init?(database: any PresenceStore, agent: String, console: ConsoleProcess? = .current(), rules: AgentStateRules,
                 policy: SLAPolicy) {
        guard let lease = database.consoleLease, let console else { return nil }
        (self.database, self.lease, self.agent, self.console, self.rules, self.policy) = (database, lease, agent, console, rules, policy)
    }

    public func step(at now: Date, changes: Set<ChangeTopic>) -> Date? {
        if let nextRenewal, now < nextRenewal { return nextRenewal }
        // A failure (the server away) is not this keeper's to report: the console's banner says
        // so, and the next renewal tries again. A renewal before the log-in changes nothing.
        _ = try? database.beatConsoleLease(agent, console: console, rules: rules, policy: policy, at: now)
        nextRenewal = now + lease.renewEvery
        return nextRenewal
    }

    /// It reads nothing the feed reports: its own beat is its only deadline.
    public var interest: TopicInterest { TopicInterest() }
}
