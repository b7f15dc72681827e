import Foundation
import FrontlineStoreAPI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The change notifier on PostgreSQL: a connection of its own that runs `LISTEN frontline_changes`
/// and makes a pipe readable for each notification. Writers send one (`pg_notify` in the write
/// transaction, delivered at commit, so a waiter woken by it reads the commit) after every commit
/// but draft-only ones, as the SQLite commit bell rings: agents typing complaints elsewhere wake
/// no console.
///
/// When the listening connection is lost (the server restarted, the backend terminated, the
/// network gone), the pipe is made readable at once and then every `fallbackInterval`, so that
/// waiters look at the feed a few times a second, as without a notifier, and catch up through
/// the topic log (`changes(after:)`); meanwhile it connects again, and rings once more when it
/// listens again (a commit while it was away is found by that look).
public final class PostgresChangeNotifier: ChangeNotifier, @unchecked Sendable {
    /// The channel writers notify on and notifiers listen to.
    static let channel = "frontline_changes"

    /// The state and threads behind the notifier: they outlive it only until they see it closed.
    private let core: Core

    public var descriptor: Int32 { core.readEnd }

    /// Connects and listens before returning, so commits from now on wake it; a first connection
    /// that fails leaves it ringing every `fallbackInterval` while it tries again. nil only when no
    /// pipe can be made.
    init?(connecting connect: @escaping @Sendable () throws -> PostgresSession, fallbackInterval: TimeInterval = 0.25) {
        guard let core = Core(connect: connect, fallbackInterval: fallbackInterval) else { return nil }
        self.core = core
        core.attempt()
        let thread = Thread { [core] in core.keep() }
        thread.name = "change listener"
        thread.start()
    }

    deinit {
        core.shutDown()
    }

    /// Every commit a console follows notifies, and a lost connection rings at once and then on a
    /// timer: nothing is left for a look now and then to find.
    public var wantsQuietLooks: Bool { false }

    /// True while the listening connection is up (false while it falls back to timed wake-ups).
    public var isListening: Bool { core.isListening }

    /// The listening connection's server process (for tests that take it away), nil while down.
    var listenerProcessID: Int32? { core.listenerProcessID }

    @discardableResult
    public func drain() -> Bool {
        core.drain()
    }

    private final class Core: @unchecked Sendable {
        let readEnd: Int32
        private let writeEnd: Int32
        private let connect: @Sendable () throws -> PostgresSession
        private let fallbackInterval: TimeInterval
        private let condition = NSCondition()
        // Guarded by `condition`:
        private var session: PostgresSession?
        private var listening = false
        private var processID: Int32?
        private var closed = false
        private var connecting = false
        /// Counts connections, so a late word of an old one's loss is ignored.
        private var generation = 0
        private var backoff: ReconnectBackoff

        init?(connect: @escaping @Sendable () throws -> PostgresSession, fallbackInterval: TimeInterval) {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return nil }
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
            (readEnd, writeEnd) = (ends[0], ends[1])
            self.connect = connect
            self.fallbackInterval = fallbackInterval
            // Half a second after the first failure, doubling up to 5 s.
            backoff = ReconnectBackoff(first: fallbackInterval * 2, cap: 5)
        }

        deinit {
            // Only here: every thread that might ring holds this core until it is done.
            close(readEnd)
            close(writeEnd)
        }

        var isListening: Bool { condition.withLock { listening } }
        var listenerProcessID: Int32? { condition.withLock { listening ? processID : nil } }

        /// One byte into the pipe; a full pipe is readable already.
        private func ring() {
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }

        func drain() -> Bool {
            withUnsafeTemporaryAllocation(byteCount: 256, alignment: 8) { buffer in
                var drained = false
                while read(readEnd, buffer.baseAddress, buffer.count) > 0 { drained = true }
                return drained
            }
        }

        func shutDown() {
            condition.withLock {
                closed = true
                condition.broadcast()
            }
        }

        /// Connects and listens, on the calling thread (connecting may take the connect timeout).
        func attempt() {
            let result = Result(catching: { () throws -> (PostgresSession, Int32) in
                let session = try connect()
                try session.listen(PostgresChangeNotifier.channel) { [weak self] _ in self?.ring() }
                let pid = try session.alone {
                    try session.query("SELECT pg_backend_pid() AS pid").rows[0].get("pid", as: Int32.self)
                }
                return (session, pid)
            })
            var unused: PostgresSession? = nil
            var watch: (PostgresSession, Int)?
            condition.withLock {
                connecting = false
                switch result {
                case .success(let (session, pid)) where !closed:
                    generation += 1
                    (self.session, processID, listening) = (session, pid, true)
                    backoff.succeeded()
                    watch = (session, generation)
                    // A commit may have come while nobody listened: waiters look once.
                    ring()
                case .success(let (session, _)):
                    unused = session
                case .failure:
                    backoff.failed()
                }
                condition.broadcast()
            }
            if let (session, generation) = watch {
                session.whenClosed { [weak self] in self?.lost(generation) }
            }
            _ = consume unused   // released here, off any event loop and the lock
        }

        /// The listening connection closed (on its event loop: nothing here blocks or releases it).
        private func lost(_ generation: Int) {
            condition.withLock {
                guard generation == self.generation, listening else { return }
                listening = false
                ring()
                condition.broadcast()
            }
        }

        /// The notifier's own thread: while it listens, sleeps; while it does not, rings every
        /// `fallbackInterval` and has a connection tried on another thread (a server that does
        /// not answer takes the connect timeout, during which waiters still are rung).
        func keep() {
            condition.lock()
            while !closed {
                if listening {
                    condition.wait()
                    continue
                }
                if session != nil {
                    // Released here, off its event loop, and outside the lock (`lost` takes it).
                    let released = session.take()
                    condition.unlock()
                    _ = consume released
                    condition.lock()
                    continue
                }
                ring()
                if !connecting, Date() >= backoff.nextAttempt {
                    connecting = true
                    Thread.detachNewThread { [self] in attempt() }
                }
                _ = condition.wait(until: Date().addingTimeInterval(fallbackInterval))
            }
            let last = session.take()
            condition.unlock()
            _ = consume last
        }
    }
}
