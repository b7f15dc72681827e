import Foundation
import FrontlineScreen
import FrontlineStoreAPI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread that learns when the change feed moves and wakes the blocked loop (or when a stop was
/// asked for), so the loop itself can block on the terminal for as long as nothing on screen
/// changes by itself.
///
/// With a notifier from the store (on SQLite and Linux, the commit bell: commits but draft-only
/// ones), it sleeps until someone writes: an idle floor costs nothing, where asking four times a
/// second cost a thread wake-up each time (about 40 µs of CPU apiece on a small virtual machine),
/// and agents typing complaints elsewhere wake it no more. A write may come just before its
/// commit can be read (the WAL, when there is no bell), so when the look at once finds nothing new it looks again `promptDelay`
/// later (a small commit is readable by then: a call enqueued elsewhere shows at once, not a
/// quarter second later), and in any case `interval` later; while writes go on it looks every
/// `interval`, as often as polling did. Every `quietInterval` it looks anyway, unless the
/// notifier leaves nothing for such a look to find (`ChangeNotifier.wantsQuietLooks`).
/// Without a notifier it asks the feed every `interval`.
final class ChangeWatcher: @unchecked Sendable {
    private let feed: any ChangeFeed
    private let notifier: (any ChangeNotifier)?
    private let terminal: Terminal
    private let stop: StopFlag
    private let interval: TimeInterval
    private let quietInterval: TimeInterval
    /// The longest spacing between looks while only unfollowed writes go on.
    private let busyInterval: TimeInterval = 0.6
    /// The spacing of looks now: `interval`, doubled after each look that found nothing followed.
    private var spacing: TimeInterval
    private let condition = NSCondition()
    private var finished = false
    /// What the loop reads again for; changes to other topics do not wake it.
    private var interest = TopicInterest.everything
    /// A followed change was seen since the loop last asked.
    private var hasNews = false
    /// A look found the database server gone (not a busy file) since the loop last asked.
    private var lostDatabase = false
    /// The watcher's own: the last look found it gone, so the next such look is no news.
    private var lastLookLostDatabase = false
    private var thread: Thread?
    /// Written by `finish`, so a watcher blocked in `poll` returns.
    private let finishPipe: (read: Int32, write: Int32)

    init(feed: any ChangeFeed, terminal: Terminal, stop: StopFlag, interval: TimeInterval, quietInterval: TimeInterval = 10) {
        self.feed = feed
        notifier = feed.makeChangeNotifier()
        self.terminal = terminal
        self.stop = stop
        self.interval = interval
        self.quietInterval = quietInterval
        spacing = interval
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        finishPipe = (ends[0], ends[1])
    }

    deinit {
        close(finishPipe.read)
        close(finishPipe.write)
    }

    /// True when it waits for writes rather than asking on a timer.
    var waitsForWrites: Bool { notifier != nil }

    /// Starts watching from `sequence`, the latest the loop has already read.
    func start(after sequence: Int64) {
        let thread = Thread { [self] in
            if let notifier { waitForWrites(notifier, after: sequence) } else { askEveryInterval(after: sequence) }
        }
        thread.name = "change watcher"
        thread.start()
        self.thread = thread
    }

    func finish() {
        condition.withLock {
            guard !finished else { return }
            finished = true
            condition.broadcast()
            var byte: UInt8 = 1
            _ = write(finishPipe.write, &byte, 1)
        }
    }

    private var isFinished: Bool { condition.withLock { finished } }

    /// Set by the loop after each turn that may have changed what its screen shows.
    func follow(_ interest: TopicInterest) {
        condition.withLock { self.interest = interest }
    }

    /// Whether news waits for the loop, without taking it: for tests that step the loop by hand.
    var hasPendingNews: Bool { condition.withLock { hasNews } }

    /// True, once, when a change the loop follows was seen since it last asked: only then need
    /// the loop read the feed itself.
    func takeNews() -> Bool {
        condition.withLock {
            defer { hasNews = false }
            return hasNews
        }
    }

    /// True, once, when a look found the database server gone: an idle screen says so too.
    func takeLostDatabase() -> Bool {
        condition.withLock {
            defer { lostDatabase = false }
            return lostDatabase
        }
    }

    /// The early second look after a write whose commit could not be read yet.
    private var promptDelay: TimeInterval { min(interval / 5, 0.01) }

    /// Asks the feed; wakes the loop when it moved with a topic the loop follows. False when the
    /// look failed (the file busy).
    /// One question (`changes(after:)`, answered from memory while nothing has committed): asking
    /// the latest number first was a second read of the file on every look.
    private func look(_ seen: inout Int64) -> Bool {
        let batch: ChangeBatch
        do {
            batch = try feed.changes(after: seen)
            lastLookLostDatabase = false
        } catch {
            // A server gone (PostgreSQL restarting): the loop is told once, not on every look.
            if (error as? StoreError)?.isLostConnection == true, !lastLookLostDatabase {
                lastLookLostDatabase = true
                condition.withLock { lostDatabase = true }
                terminal.wake()
            }
            return false
        }
        guard batch.latest != seen else { return true }
        seen = batch.latest
        let followed = condition.withLock { interest }.followsAny(batch.topics)
        // While others' writes go on that the screen does not show (agents typing drafts), look
        // less often, up to `busyInterval`: a change the screen shows still arrives within a second.
        spacing = followed ? interval : min(spacing * 2, max(interval, busyInterval))
        if followed {
            condition.withLock { hasNews = true }
            terminal.wake()
        }
        return true
    }

    private func askEveryInterval(after sequence: Int64) {
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
            _ = look(&seen)   // a failed look is tried again next time
        }
    }

    private func waitForWrites(_ notifier: any ChangeNotifier, after sequence: Int64) {
        var seen = sequence
        // When to look again after writes: set while they may not all be readable yet.
        var lookAgainAt: Double?
        // One early look after a write the look at once found nothing of; `lookAgainAt` still follows.
        var promptLookAt: Double?
        var stopping = false
        while !isFinished {
            if stop.isRequested {
                // As when polling: the loop is woken until it has stopped.
                stopping = true
                terminal.wake()
            }
            var descriptors = [pollfd(fd: finishPipe.read, events: Int16(POLLIN), revents: 0)]
            // While a second look is due, further writes wait for it: at most one look an interval.
            if lookAgainAt == nil { descriptors.append(pollfd(fd: notifier.descriptor, events: Int16(POLLIN), revents: 0)) }
            if !stopping, stop.descriptor >= 0 { descriptors.append(pollfd(fd: stop.descriptor, events: Int16(POLLIN), revents: 0)) }
            let next = [lookAgainAt, promptLookAt].compactMap { $0 }.min()
            let timeout: TimeInterval? = stopping ? interval : next.map { max(0, $0 - monotonicSeconds()) } ?? (notifier.wantsQuietLooks ? quietInterval : nil)
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout.map { Int32(($0 * 1000).rounded(.up)) } ?? -1)
            if isFinished { return }
            if ready < 0 { continue }   // a signal: the stop flag is looked at above
            let wrote = descriptors.contains { $0.fd == notifier.descriptor && $0.revents != 0 }
            let now = monotonicSeconds()
            let due = lookAgainAt.map { now >= $0 } ?? false
            if !wrote, !due, let prompt = promptLookAt, now >= prompt {
                promptLookAt = nil
                // Found, with no write since the look at once: nothing is left to wait for. Else the
                // look `lookAgainAt` still comes (writes drained here came long enough before it).
                let more = notifier.drain(), before = seen
                if look(&seen), seen != before, !more { lookAgainAt = nil }
                continue
            }
            guard wrote || due || ready == 0 else { continue }   // the stop pipe: handled above
            // Writes since the last look (or a failed look) mean another look an interval later.
            let more = notifier.drain()
            let before = seen
            let looked = look(&seen)
            lookAgainAt = wrote || more || !looked ? now + spacing : nil
            promptLookAt = wrote && looked && seen == before ? now + promptDelay : nil
        }
    }

    private func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
