import Dispatch
import Foundation

/// SIGINT and SIGTERM as a descriptor that becomes readable, so a command waiting in `poll` (on
/// the store's change notifier, say) wakes and stops cleanly instead of dying mid-write.
final class StopSignal: @unchecked Sendable {
    private var fds: [Int32] = [-1, -1]
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var stopped = false

    init() {
        _ = fds.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
        for signal in [SIGINT, SIGTERM] {
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler { [weak self] in self?.stop() }
            source.resume()
            sources.append(source)
        }
    }

    /// Readable once a signal came.
    var descriptor: Int32 { fds[0] }

    var isStopped: Bool { lock.withLock { stopped } }

    func stop() {
        lock.withLock { stopped = true }
        var byte: UInt8 = 1
        _ = write(fds[1], &byte, 1)
    }

    /// Waits until `descriptor` (if any) is readable, a signal came, or `timeout` passed.
    /// Returns false when a signal came.
    func wait(on descriptor: Int32?, timeout: TimeInterval) -> Bool {
        var polled = [pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)]
        if let descriptor { polled.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = Int32(max(0, min(timeout, 3600)) * 1000)
        _ = poll(&polled, nfds_t(polled.count), milliseconds)
        return !isStopped
    }
}
