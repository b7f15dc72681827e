import Foundation
import FrontlineCore
import FrontlineStoreAPI
import NIOCore

/// A console's beat on PostgreSQL, run on the session's event loop: every `ConsoleLease.renewEvery`
/// the loop's thread sends the beat's one statement (`goneConsolesStatement`, renewing this
/// console's lease) and reads its answer. No other thread wakes for it: on a thread of its own,
/// each beat woke that thread twice and the loop's twice, and an idle console's CPU was mostly
/// those wake-ups. Only when the answer names gone consoles does a log-out follow, off the loop
/// (it waits for the server). A failed beat is not reported: the console's banner says the
/// server is away, and the next beat tries again.
final class PostgresConsoleBeat: ConsoleBeat, @unchecked Sendable {
    private let store: PostgresStore
    private let agent: String
    private let console: ConsoleProcess
    private let rules: AgentStateRules
    private let policy: SLAPolicy
    private let clock: any Clock
    private let loop: any EventLoop
    /// On the loop only.
    private var next: Scheduled<Void>?
    private var stopped = false

    /// How soon a beat is tried again when a transaction held the connection.
    static let busyRetry: TimeAmount = .milliseconds(100)

    init(store: PostgresStore, agent: String, console: ConsoleProcess, rules: AgentStateRules, policy: SLAPolicy, clock: any Clock) {
        (self.store, self.agent, self.console, self.rules, self.policy, self.clock) = (store, agent, console, rules, policy, clock)
        loop = store.session.eventLoop
        loop.execute { self.beat() }
    }

    func stop() {
        let stopping = loop.submit {
            self.stopped = true
            self.next?.cancel()
        }
        if !loop.inEventLoop { try? stopping.wait() }
    }

    private func beat() {
        guard !stopped else { return }
        let now = clock.now
        let (sql, binds) = PostgresStore.goneConsolesStatement(at: now, renewing: (agent, console, PostgresStore.lease.heldUntil(renewedAt: now)))
        switch store.session.sendAlone(sql, binds) {
        case .sent(let answer):
            answer.whenSuccess { [self] result in
                guard let gone = try? PostgresStore.goneAgents(in: result.rows, at: now), !gone.isEmpty else { return }
                // The log-out's own transaction looks again, and waits for the server: not on the loop.
                DispatchQueue.global().async { [self] in
                    _ = try? store.logOutGoneConsoles(rules: rules, policy: policy, at: clock.now)
                }
            }
            schedule(in: interval)
        case .busy:
            schedule(in: Self.busyRetry)
        case .away:
            schedule(in: interval)
        }
    }

    /// `ConsoleLease.renewEvery` in real time (the clock may run faster).
    private var interval: TimeAmount { .nanoseconds(Int64(PostgresStore.lease.renewEvery / max(clock.rate, 1e-9) * 1e9)) }

    private func schedule(in delay: TimeAmount) {
        next = loop.scheduleTask(in: delay) { self.beat() }
    }
}

extension PostgresStore {
    public func startBeating(_ name: String, console: ConsoleProcess, rules: AgentStateRules, policy: SLAPolicy,
                             clock: any Clock) -> (any ConsoleBeat)? {
        isReadOnly ? nil : PostgresConsoleBeat(store: self, agent: name, console: console, rules: rules, policy: policy, clock: clock)
    }
}
