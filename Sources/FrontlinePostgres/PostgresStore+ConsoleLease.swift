import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Console liveness across hosts: each console renews its shift's lease every couple of
/// seconds, and one that stops (killed, its host gone) is logged out once the lease lapses.
extension PostgresStore {
    /// The lease every PostgreSQL console holds (`ConsoleLease.standard`).
    static let lease = ConsoleLease.standard

    public var consoleLease: ConsoleLease? { Self.lease }

    /// One UPDATE on its own, outside the writer lock and the change feed: no topic, no NOTIFY,
    /// so a renewal never holds up a write nor wakes another console. A shift another console
    /// took over (or that ended) is left alone.
    public func renewConsoleLease(_ name: String, console: ConsoleProcess, at now: Date) throws {
        if isReadOnly { return }
        try session.alone {
            try session.query(Self.renewal, [Self.lease.heldUntil(renewedAt: now), name, Int64(console.pid), console.started])
        }
    }

    /// The renewal and the look for gone consoles in one statement, one round trip: on an idle
    /// floor that is all a console asks of the server, every `ConsoleLease.renewEvery`. Only when
    /// the look finds someone does the log-out's own transaction (which looks again) follow.
    @discardableResult
    public func beatConsoleLease(_ name: String, console: ConsoleProcess, rules: AgentStateRules = .standard,
                                 policy: SLAPolicy = .standard, at now: Date) throws -> [String] {
        if isReadOnly { return [] }
        let gone = try session.alone {
            try Self.goneConsoles(session, at: now, renewing: (name, console, Self.lease.heldUntil(renewedAt: now)))
        }
        return gone.isEmpty ? [] : try logOutGoneConsoles(rules: rules, policy: policy, at: now)
    }

    private static let renewal = """
        UPDATE shifts SET console_lease_until = $1
        WHERE agent = $2 AND ended_at IS NULL AND console_pid = $3 AND console_started = $4
        """
}
