import Foundation

/// A stop request as a descriptor that becomes readable, for a worker sleeping in `poll` beside a
/// server that handles the signals itself (`frontline serve`: Hummingbird owns SIGTERM/SIGINT).
final class StopPipe: @unchecked Sendable {
    private var fds: [Int32] = [-1, -1]
    private let lock = NSLock()
    private var stopped = false

    init() {
        _ = fds.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
    }

    deinit {
        close(fds[0])
        close(fds[1])
    }

    /// Readable once `stop()` was called.
    var descriptor: Int32 { fds[0] }

    var isStopped: Bool { lock.withLock { stopped } }

    func stop() {
        lock.withLock { stopped = true }
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
    }
}
