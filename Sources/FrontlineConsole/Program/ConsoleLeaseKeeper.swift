import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Beside a console whose store judges consoles by leases (PostgreSQL): keeps this console's
/// beat going (`PresenceStore.startBeating`), which renews its lease on its agent's shift every
/// `ConsoleLease.renewEvery` and logs out agents whose consoles stopped renewing, so a console
/// killed on any host is gone within a few seconds even when nothing routes. On SQLite there is
/// none: the process check needs no beat.
///
/// The store runs the beat itself (on PostgreSQL, on its connection's event loop), not the
/// console's loop: a beat is a round trip to the server, and on an idle screen each one cost a
/// turn of the loop and the wake-ups of two threads.
public final class ConsoleLeaseKeeper {
    private let beat: any ConsoleBeat

    /// Starts the beat by `clock`; nil when the store holds no leases or this process cannot be
    /// named (not Linux).
    public init?(database: any PresenceStore, agent: String, console: ConsoleProcess? = .current(), rules: AgentStateRules,
                 policy: SLAPolicy, clock: any Clock) {
        guard let console, let beat = database.startBeating(agent, console: console, rules: rules, policy: policy, clock: clock) else {
            return nil
        }
        self.beat = beat
    }

    /// Ends the beat (the console is done).
    public func stop() {
        beat.stop()
    }
}
