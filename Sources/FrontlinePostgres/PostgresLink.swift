import Foundation
import FrontlineStoreAPI
import Logging
import NIOCore
import PostgresNIO

/// The connection under a `PostgresSession`. A store's link gets a lost connection back by itself
/// (the server restarted, the backend was terminated): a thread of its own tries again at once and
/// then after a growing wait (`ReconnectBackoff`, 0.1 s doubling up to 2 s), as the change
/// notifier does for its listening connection. A call while the connection is down fails fast:
/// it starts an attempt if none is under way and waits for it at most `callWait` (a server back
/// on the network answers in milliseconds, so the first call after it returns succeeds; one that
/// does not answer costs the call no more than that), else throws `StoreError.unreachable`.
/// Other links (the notifier's, an admin's) never reconnect: their owner does.
final class PostgresLink: @unchecked Sendable {
    typealias Open = @Sendable () -> EventLoopFuture<PostgresConnection>

    let location: PostgresLocation
    let reconnects: Bool
    private let open: Open
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var connection: PostgresConnection?
    private var attempting = false
    private var closed = false
    private var backoff = ReconnectBackoff(first: 0.1, cap: 2)
    /// Why the last attempt failed, or how the connection was lost, for the next call's error.
    private var lastReason = "the connection was lost"
    /// When a call last started an attempt: calls start one at most every `callAttemptSpacing`
    /// (a busy server program does not turn into a storm of attempts while the server is away).
    private var lastCallAttempt = Date.distantPast

    /// How long a call waits for an attempt under way before it counts the server as unreachable.
    static let callWait: TimeInterval = 0.5
    static let callAttemptSpacing: TimeInterval = 0.05

    init(location: PostgresLocation, connection: PostgresConnection, reconnects: Bool, open: @escaping Open) {
        (self.location, self.connection, self.reconnects, self.open) = (location, connection, reconnects, open)
        watch(connection)
        guard reconnects else { return }
        let thread = Thread { [self] in keep() }
        thread.name = "postgres reconnect"
        thread.start()
    }

    /// Closes the connection and stops reconnecting (the session is gone); not on an event loop.
    func shutDown() {
        let last: PostgresConnection? = condition.withLock {
            closed = true
            condition.broadcast()
            return connection.take()
        }
        try? last?.close().wait()
    }

    /// True while a connection is up (the store's `isReachable`).
    var isUp: Bool { condition.withLock { connection.map { !$0.isClosed } ?? false } }

    /// The connection when one is up, without waiting for an attempt (from an event loop).
    var connectionIfUp: PostgresConnection? { condition.withLock { connection.flatMap { $0.isClosed ? nil : $0 } } }

    /// The connection for the next transaction: the one up, or one a quick attempt brings back.
    func current() throws -> PostgresConnection {
        condition.lock()
        defer { condition.unlock() }
        if let connection, !connection.isClosed { return connection }
        if connection != nil {
            connection = nil
            condition.broadcast()
        }
        guard reconnects, !closed else { throw unreachable() }
        // One attempt of the call's own at most (not sooner than `callAttemptSpacing` after the
        // last call's), after any under way, all within `callWait`.
        let deadline = Date().addingTimeInterval(Self.callWait)
        var ownAttempt = false
        while !closed {
            if let connection, !connection.isClosed { return connection }
            if !attempting {
                guard !ownAttempt, Date().timeIntervalSince(lastCallAttempt) >= Self.callAttemptSpacing else { break }
                ownAttempt = true
                lastCallAttempt = Date()
                startAttempt()
            }
            if !condition.wait(until: deadline) { break }
        }
        throw unreachable()
    }

    /// A statement on `lost` got no answer (not a refusal from the server): the connection is
    /// of no more use, and the next call or the thread connects again.
    func lose(_ lost: PostgresConnection, reason: String) {
        let drop: Bool = condition.withLock {
            guard connection === lost else { return false }
            connection = nil
            lastReason = reason
            condition.broadcast()
            return true
        }
        if drop { lost.close().whenComplete { _ in } }
    }

    private func unreachable() -> StoreError {
        .unreachable(server: location.description, reason: lastReason)
    }

    /// Under the lock: connects without waiting; the answer lands in `finished`.
    private func startAttempt() {
        attempting = true
        open().whenComplete { [self] result in finished(result) }
    }

    /// On the event loop: nothing here blocks.
    private func finished(_ result: Result<PostgresConnection, any Error>) {
        var unused: PostgresConnection?
        condition.withLock {
            attempting = false
            switch result {
            case .success(let fresh) where !closed:
                connection = fresh
                backoff.succeeded()
            case .success(let fresh):
                unused = fresh
            case .failure(let error):
                backoff.failed()
                lastReason = PostgresSession.reason(error)
            }
            condition.broadcast()
        }
        if let unused { unused.close().whenComplete { _ in } }
        if case .success(let fresh) = result, unused == nil { watch(fresh) }
    }

    /// Notices a connection closing by itself (the server went away) before any call does.
    private func watch(_ watched: PostgresConnection) {
        watched.closeFuture.whenComplete { [weak self] _ in
            self?.lose(watched, reason: "the connection was lost")
        }
    }

    /// The link's own thread: while the connection is down, tries again when the backoff allows.
    private func keep() {
        condition.lock()
        while !closed {
            if (connection.map { !$0.isClosed } ?? false) || attempting {
                // Up, or an attempt under way: woken by a loss (its close future) or the attempt's end.
                condition.wait()
                continue
            }
            if Date() >= backoff.nextAttempt {
                startAttempt()
                continue
            }
            _ = condition.wait(until: backoff.nextAttempt)
        }
        condition.unlock()
    }
}
