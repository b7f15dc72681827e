#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks a program loop to stop: set by SIGTERM or SIGHUP (a closed window, a kill), or by a test.
/// A plain word in memory, so a signal handler may set it; the loop's watcher looks at it a few
/// times a second and wakes the blocked loop.
public final class StopFlag: @unchecked Sendable {
    private let word: UnsafeMutablePointer<Int32>

    public init() {
        word = .allocate(capacity: 1)
        word.initialize(to: 0)
    }

    deinit { word.deallocate() }

    /// The one flag the process's signals set.
    public static let signals = StopFlag()

    public var isRequested: Bool { word.pointee != 0 }

    public func request() { word.pointee = 1 }

    /// SIGTERM and SIGHUP set `signals`; every change is already saved, so stopping is clean.
    public static func installSignalHandlers() {
        _ = signals   // made now: a lazy global must not be first touched inside a signal handler
        signal(SIGTERM) { _ in StopFlag.signals.request() }
        signal(SIGHUP) { _ in StopFlag.signals.request() }
    }
}
