import Foundation
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import FrontlineConsole

/// The watcher with a notifier sleeps until a write, looks at once and again an interval later
/// (the write comes just before its commit can be read), and never asks the feed while nobody
/// writes.
final class ChangeWatcherTests: XCTestCase {
    func testWithANotifierItAsksNothingWhileNobodyWrites() throws {
        let feed = NotifyingFeed(), terminal = CountingTerminal()
        let watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: StopFlag(), interval: 0.02)
        XCTAssertTrue(watcher.waitsForWrites)
        watcher.start(after: 0)
        defer { watcher.finish() }
        Thread.sleep(forTimeInterval: 0.5)   // 25 intervals: polling would have asked 25 times
        XCTAssertEqual(feed.asked, 0)
        XCTAssertEqual(terminal.wakes, 0)
    }

    /// A bell that may be missed (SQLite's) gets a look now and then; PostgreSQL's LISTEN, which misses
    /// nothing a reader follows, none: on an idle floor each would be a round trip to the server.
    func testItLooksNowAndThenOnlyWhenTheNotifierWantsIt() throws {
        for wanted in [true, false] {
            let feed = NotifyingFeed(wantsQuietLooks: wanted), terminal = CountingTerminal()
            let watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: StopFlag(), interval: 0.02, quietInterval: 0.05)
            watcher.start(after: 0)
            Thread.sleep(forTimeInterval: 0.5)   // 10 quiet intervals
            watcher.finish()
            if wanted {
                XCTAssertGreaterThanOrEqual(feed.asked, 3, "quiet looks")
            } else {
                XCTAssertEqual(feed.asked, 0, "no quiet looks")
            }
        }
    }

    func testAWriteWakesTheLoopOnceItsChangeCanBeRead() throws {
        let feed = NotifyingFeed(), terminal = CountingTerminal()
        let watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: StopFlag(), interval: 0.05)
        watcher.start(after: 0)
        defer { watcher.finish() }
        // The write is seen first; the change it carries becomes readable only after the first look.
        feed.notifyWrite()
        try waitFor("the first look") { feed.asked >= 1 }
        XCTAssertEqual(terminal.wakes, 0, "nothing new yet")
        feed.publish()
        try waitFor("the look an interval later, and the wake") { terminal.wakes == 1 }
        let asked = feed.asked
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(feed.asked, asked, "no writes since: no more looks")
        XCTAssertEqual(terminal.wakes, 1)
    }

    /// A small commit is readable a moment after its write: the loop learns of it long before
    /// the look an interval later (a call enqueued elsewhere shows at once).
    func testAChangeReadableJustAfterItsWriteWakesTheLoopBeforeTheInterval() throws {
        let feed = NotifyingFeed(), terminal = CountingTerminal()
        let watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: StopFlag(), interval: 5)
        watcher.start(after: 0)
        defer { watcher.finish() }
        feed.notifyWrite()
        try waitFor("the first look") { feed.asked >= 1 }
        feed.publish()
        try waitFor("the early look's wake", within: 2.5) { terminal.wakes == 1 }
    }

    func testAStopWakesTheLoopWithoutAWrite() throws {
        let feed = NotifyingFeed(), terminal = CountingTerminal(), stop = StopFlag()
        let watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: stop, interval: 0.05)
        watcher.start(after: 0)
        defer { watcher.finish() }
        stop.request()
        try waitFor("a wake for the stop") { terminal.wakes >= 1 }
    }

    func testWithoutANotifierItAsksEveryInterval() throws {
        let feed = ScriptedFeed(), terminal = CountingTerminal()
        let watcher = ChangeWatcher(feed: feed, terminal: terminal, stop: StopFlag(), interval: 0.02)
        XCTAssertFalse(watcher.waitsForWrites)
        watcher.start(after: 0)
        defer { watcher.finish() }
        feed.publish([.queue])
        try waitFor("the wake") { terminal.wakes == 1 }
    }

    private func waitFor(_ what: String, within seconds: TimeInterval = 5, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            guard Date() < deadline else { return XCTFail("no \(what) within \(seconds) s") }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }
}

/// A feed whose writes are announced on a pipe (as the WAL notifier announces them) and whose
/// changes appear when the test publishes them; it counts how often it is asked.
final class NotifyingFeed: ChangeFeed, ChangeNotifier, @unchecked Sendable {
    private let lock = NSLock()
    private var latest: Int64 = 0
    private var _asked = 0
    private let ends: (read: Int32, write: Int32)
    let wantsQuietLooks: Bool

    init(wantsQuietLooks: Bool = true) {
        self.wantsQuietLooks = wantsQuietLooks
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
        self.ends = (ends[0], ends[1])
    }

    deinit {
        close(ends.read)
        close(ends.write)
    }

    var asked: Int { lock.withLock { _asked } }
    func notifyWrite() { var byte: UInt8 = 1; _ = write(ends.write, &byte, 1) }
    func publish() { lock.withLock { latest += 1 } }

    func latestChange() throws -> Int64 { lock.withLock { _asked += 1; return latest } }
    func changes(after sequence: Int64) throws -> ChangeBatch {
        lock.withLock {
            _asked += 1
            return ChangeBatch(topics: latest > sequence ? [.queue] : [], latest: latest)
        }
    }
    func makeChangeNotifier() -> (any ChangeNotifier)? { self }

    var descriptor: Int32 { ends.read }
    func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64), drained = false
        while read(ends.read, &buffer, buffer.count) > 0 { drained = true }
        return drained
    }
}

/// A terminal that only counts wakes.
final class CountingTerminal: Terminal, @unchecked Sendable {
    private let lock = NSLock()
    private var _wakes = 0
    var wakes: Int { lock.withLock { _wakes } }
    var size: (width: Int, height: Int) { (80, 24) }
    func present(_ buffer: ScreenBuffer) {}
    func nextEvent(timeout: Double?) -> TerminalEvent? { nil }
    func wake() { lock.withLock { _wakes += 1 } }
    func shutdown() {}
}
