import Foundation
import FrontlineStoreAPI

/// Sleeps in `poll` on the store's change notifier (a write may have added events) and a stop
/// descriptor (a signal came), on a thread of its own so the worker's tasks are not blocked.
public final class DescriptorWakeup: WorkerWakeup, @unchecked Sendable {
    private let notifier: (any ChangeNotifier)?
    private let stopDescriptor: Int32
    private let isStopped: @Sendable () -> Bool
    private let lock = NSLock()
    /// The notifier fired last time: it may fire just before the commit can be read, so look again soon.
    private var lookAgainSoon = false

    public init(notifier: (any ChangeNotifier)?, stopDescriptor: Int32, isStopped: @escaping @Sendable () -> Bool) {
        self.notifier = notifier
        self.stopDescriptor = stopDescriptor
        self.isStopped = isStopped
    }

    public func wait(upTo seconds: TimeInterval) async -> Bool {
        if isStopped() { return false }
        // Without a notifier, ask again a few times a second.
        let soon = lock.withLock { () -> Bool in defer { lookAgainSoon = false }; return lookAgainSoon }
        let timeout = notifier == nil || soon ? min(seconds, 0.25) : seconds
        let woken = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            Thread.detachNewThread { [notifier, stopDescriptor] in
                var polled = [pollfd(fd: stopDescriptor, events: Int16(POLLIN), revents: 0)]
                if let notifier { polled.append(pollfd(fd: notifier.descriptor, events: Int16(POLLIN), revents: 0)) }
                _ = poll(&polled, nfds_t(polled.count), Int32(max(0, timeout) * 1000))
                continuation.resume(returning: notifier?.drain() ?? false)
            }
        }
        if woken { lock.withLock { lookAgainSoon = true } }
        return !isStopped()
    }
}
