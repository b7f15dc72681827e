import Dispatch
import Foundation
import FrontlineConnectors
import FrontlineStoreAPI
import Logging

/// The webhook worker beside the server: the same `WebhookWorker` as `frontline webhooks run`,
/// woken by the store's change notifier; `stop()` wakes it and waits for its round to end.
final class WorkerSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var running: (stop: StopPipe, finished: DispatchSemaphore)?

    func start(store: any WebhookStore, notifier: (any ChangeNotifier)?, level: Logger.Level) {
        lock.withLock {
            guard running == nil else { return }
            var logger = Logger(label: "frontline.webhooks")
            logger.logLevel = level
            let worker = WebhookWorker(store: store, retry: .standard, logger: logger)
            let stop = StopPipe()
            let wakeup = DescriptorWakeup(notifier: notifier, stopDescriptor: stop.descriptor, isStopped: { stop.isStopped })
            let finished = DispatchSemaphore(value: 0)
            Task {
                await worker.run(wakeup: wakeup)
                finished.signal()
            }
            running = (stop, finished)
        }
    }

    func stop() {
        guard let running = lock.withLock({ running }) else { return }
        running.stop.stop()
        running.finished.wait()
    }
}
