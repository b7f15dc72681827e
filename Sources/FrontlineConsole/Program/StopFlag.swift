#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks a program loop to stop: set by SIGTERM or SIGHUP (a closed window, a kill), or by a test.
/// A plain word in memory and a byte written to a pipe, both of which a signal handler may do:
/// the loop's watcher waits on the pipe (`descriptor`) and wakes the blocked loop, which then
/// reads the word.
public final class StopFlag: @unchecked Sendable {
    private let word: UnsafeMutablePointer<Int32>
    private let pipeEnds: (read: Int32, write: Int32)

    public init() {
        word = .allocate(capacity: 1)
        word.initialize(to: 0)
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        pipeEnds = (ends[0], ends[1])
    }

    deinit {
        word.deallocate()
        close(pipeEnds.read)
        close(pipeEnds.write)
    }

    /// The one flag the process's signals set.
    public static let signals = StopFlag()

    public var isRequested: Bool { word.pointee != 0 }

    /// Readable once a stop has been asked for (-1 when no pipe could be made): a watcher waits on it.
    var descriptor: Int32 { pipeEnds.read }

    public func request() {
        word.pointee = 1
        var byte: UInt8 = 1
        _ = write(pipeEnds.write, &byte, 1)   // a full pipe already says so
    }

    /// SIGTERM and SIGHUP set `signals`; every change is already saved, so stopping is clean.
    public static func installSignalHandlers() {
        _ = signals   // made now: a lazy global must not be first touched inside a signal handler
        signal(SIGTERM) { _ in StopFlag.signals.request() }
        signal(SIGHUP) { _ in StopFlag.signals.request() }
    }
}
