import Foundation

/// How this store's connections wait for another process's write lock: a look every millisecond
/// until `AppDatabase.busyTimeout`. SQLite's own handler (`busy_timeout`) sleeps longer after each
/// try, up to 100 ms; against writers that take the lock straight back, a process in those long
/// sleeps seldom found it free and gave up after the timeout while the others wrote on (eight
/// takers racing for one queue: some failed with "database is locked"). A write that must not
/// wait (`write(waiting: false)`) turns the waiting off while it runs.
final class BusyWait: @unchecked Sendable {
    /// Between two looks at the lock.
    static let pause: TimeInterval = 0.001

    private let lock = NSLock()
    private var waits = true

    var isOn: Bool {
        get { lock.withLock { waits } }
        set { lock.withLock { waits = newValue } }
    }

    /// SQLite's busy handler: true to look again after a pause, false to give up (SQLITE_BUSY).
    func shouldRetry(afterTries tries: Int) -> Bool {
        guard isOn, Double(tries) * Self.pause < AppDatabase.busyTimeout else { return false }
        usleep(useconds_t(Self.pause * 1_000_000))
        return true
    }
}
