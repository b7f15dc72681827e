import Foundation
import FrontlineScreen
import FrontlineStoreAPI

/// A thread that asks the change feed "anything new?" a few times a second and wakes the
/// blocked loop when the answer moves (or when a stop was asked for), so the loop itself can
/// block on the terminal for as long as nothing on screen changes by itself.
final class ChangeWatcher: @unchecked Sendable {
    private let feed: any ChangeFeed
    private let terminal: Terminal
    private let stop: StopFlag
    private let interval: TimeInterval
    private let condition = NSCondition()
    private var finished = false
    private var thread: Thread?

    init(feed: any ChangeFeed, terminal: Terminal, stop: StopFlag, interval: TimeInterval) {
        self.feed = feed
        self.terminal = terminal
        self.stop = stop
        self.interval = interval
    }

    /// Starts watching from `sequence`, the latest the loop has already read.
    func start(after sequence: Int64) {
        let thread = Thread { [self] in watch(after: sequence) }
        thread.name = "change watcher"
        thread.start()
        self.thread = thread
    }

    func finish() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    private func watch(after sequence: Int64) {
        var seen = sequence
        while true {
            let stopped = condition.withLock {
                if !finished { _ = condition.wait(until: Date().addingTimeInterval(interval)) }
                return finished
            }
            if stopped { return }
            if stop.isRequested {
                terminal.wake()
                continue
            }
            // A failed look (the file busy) is tried again next time.
            guard let latest = try? feed.latestChange(), latest != seen else { continue }
            seen = latest
            terminal.wake()
        }
    }
}
