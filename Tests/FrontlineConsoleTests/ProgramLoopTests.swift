import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The one loop under the console and the wallboard, driven with a scripted terminal over a
/// real SQLite file: it blocks while nothing visible can change, wakes for the next visible
/// second only, sees another connection's write within a second, and reloads only what changed.
final class ProgramLoopTests: XCTestCase {
    private var folder: URL!
    private var path: String { folder.appendingPathComponent("loop.db").path }
    /// On a minute boundary, so the header clock's next change is a whole minute away.
    private let start = Date(timeIntervalSince1970: 1_790_000_040)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// The database, with mina on the roster: a console logs in only an agent who exists.
    private func openDatabase() throws -> AppDatabase {
        let database = try AppDatabase.open(path: path)
        if try database.agent(named: "mina") == nil { try database.addAgent(Agent(name: "mina", createdAt: start)) }
        return database
    }

    private func console(_ database: AppDatabase, _ terminal: ScriptedTerminal, clock: Clock, feed: (any ChangeFeed)? = nil,
                         stop: StopFlag = StopFlag()) -> ProgramLoop<ConsoleProgram> {
        let program = ConsoleProgram(database: database, clock: clock, agentName: "mina", width: terminal.size.width,
                                     height: terminal.size.height)
        return ProgramLoop(program: program, terminal: terminal, feed: feed ?? database, clock: clock, stop: stop)
    }

    /// A resize whose report was lost (it arrived inside an Esc sequence) is still seen: the loop
    /// reads the size every turn and draws for the new one.
    func testAResizeWithoutItsEventIsStillSeenOnTheNextTurn() throws {
        let database = try openDatabase()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let loop = console(database, terminal, clock: TestClock(start))
        defer { loop.finish() }
        loop.start()
        terminal.setSize(width: 120, height: 40)
        terminal.send(.key(.escape))
        loop.turn()
        XCTAssertEqual(terminal.lastFrame?.width, 120)
        XCTAssertEqual(terminal.lastFrame?.height, 40)
        terminal.setSize(width: 90, height: 28)
        loop.turn()
        XCTAssertEqual(terminal.lastFrame?.width, 90)
    }

    func testItBlocksAndDrawsNothingWhileNothingVisibleCanChange() throws {
        let database = try openDatabase()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let clock = TestClock(start)
        let loop = console(database, terminal, clock: clock)
        defer { loop.finish() }
        loop.start()
        XCTAssertEqual(loop.program.state.agent.presence, .available, "logged in by its first effect")
        let drawn = loop.counts
        for _ in 0..<5 { loop.turn() }
        // No countdown on screen: only the header clock's minute changes, a minute away.
        XCTAssertEqual(terminal.requestedTimeouts.last!, 60)
        XCTAssertEqual(loop.counts, drawn, "no frame, no read, no tick while nothing changed")
        XCTAssertEqual(terminal.presented.count, 1)
    }

    func testWithoutACountdownItWakesForTheClocksMinuteAndTheStateBadgesMinute() throws {
        let database = try openDatabase()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let clock = TestClock(start.addingTimeInterval(20))   // logged in at :20
        let loop = console(database, terminal, clock: clock)
        defer { loop.finish() }
        loop.start()
        loop.turn()
        XCTAssertEqual(terminal.requestedTimeouts.last!, 40, "the header clock's next minute comes first")
        clock.advance(by: 40)
        loop.turn()
        loop.turn()
        XCTAssertEqual(terminal.requestedTimeouts.last!, 20, "then 'Available 1m', a minute after the log-in")
        clock.advance(by: 20)
        loop.turn()
        XCTAssertTrue(terminal.lastFrame!.lines()[0].contains("Available 1m"), terminal.lastFrame!.lines()[0])
    }

    func testItWakesOnlyForTheNextVisibleSecondAtTheClocksRate() throws {
        let database = try openDatabase()
        _ = try database.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "Ada", text: nil, at: start)
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let clock = TestClock(start.addingTimeInterval(0.5), rate: 5)
        let loop = console(database, terminal, clock: clock)
        defer { loop.finish() }
        loop.start()
        loop.turn()
        // Half a clock second to the next one, at five clock seconds per real second.
        XCTAssertEqual(try XCTUnwrap(terminal.requestedTimeouts.last!), 0.1, accuracy: 0.001)
        let before = loop.counts
        loop.turn()
        XCTAssertEqual(loop.counts, before, "woken early (a wake, no key): the second has not come, nothing drawn")
        clock.advance(by: 0.5)
        loop.turn()
        XCTAssertEqual(loop.counts.ticks, before.ticks + 1)
        XCTAssertEqual(loop.counts.frames, before.frames + 1, "the countdown's new second is drawn")
        loop.turn()
        XCTAssertEqual(try XCTUnwrap(terminal.requestedTimeouts.last!), 0.2, accuracy: 0.001, "a whole second ahead, at rate 5")
    }

    func testAnotherConnectionsWriteShowsWithinASecond() throws {
        let database = try openDatabase()
        let terminal = ScriptedTerminal(width: 100, height: 30, blocksWhenIdle: true)
        let stop = StopFlag()
        // The clock stands still on a minute boundary: nothing on screen changes by itself.
        let loop = console(database, terminal, clock: TestClock(start), stop: stop)
        let ended = DispatchSemaphore(value: 0)
        let thread = Thread {
            loop.run()
            ended.signal()
        }
        thread.start()
        try waitFor("the first frame") { terminal.presented.count >= 1 }
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(terminal.requestedTimeouts, [60], "it blocks, asking once")

        let other = try AppDatabase.open(path: path)
        let written = Date()
        _ = try other.enqueue(channel: .phone, from: "+86 130 0000 0002", name: "Grace Hopper", text: nil, at: start)
        try waitFor("the new contact on screen", within: 1) {
            terminal.lastFrame?.lines().contains { $0.contains("Grace Hopper") } ?? false
        }
        XCTAssertLessThan(Date().timeIntervalSince(written), 1)

        stop.request()
        XCTAssertEqual(ended.wait(timeout: .now() + 2), .success, "a stop ends the blocked loop")
        XCTAssertEqual(try other.agent(named: "mina")?.presence, .offline, "stopping logs out, as an effect")
    }

    func testAForeignDraftSaveCausesNoReload() throws {
        let database = try openDatabase()
        let other = try AppDatabase.open(path: path)
        _ = try other.ensureAgent(name: "bo", at: start)
        let seen = try other.latestChange()
        try other.saveComplaintDraft(ComplaintDraft(agent: "bo"))
        XCTAssertEqual(try other.changes(after: seen).topics, [.draft("bo")], "a draft save records only its draft topic")
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let loop = console(database, terminal, clock: TestClock(start))
        defer { loop.finish() }
        loop.start()
        let before = loop.counts
        try other.saveComplaintDraft(ComplaintDraft(agent: "bo", account: "A-1001"))
        Thread.sleep(forTimeInterval: 0.6)   // the watcher has looked by now (at once, then 10 ms later)
        XCTAssertFalse(loop.hasPendingNews, "another agent's draft does not wake the loop")
        loop.turn()
        XCTAssertEqual(loop.counts.changeBatches, before.changeBatches, "the loop did not read the feed for it")
        XCTAssertEqual(loop.counts.effects, before.effects, "nor anything else")
        XCTAssertEqual(loop.counts.frames, before.frames)
        // The draft was in what the watcher read: the next change the screen follows brings it along.
        _ = try other.enqueue(channel: .chat, from: "+86 130 0000 0004", name: nil, text: "你好", at: start)
        try waitFor("the watcher's wake") { loop.hasPendingNews }
        loop.turn()
        XCTAssertEqual(loop.counts.changeBatches, before.changeBatches + 1)
        XCTAssertEqual(loop.counts.effects, before.effects + 2, "the new contact's queue row and its file; nothing for the draft")
    }

    /// The same, with the feed's batches scripted: what each topic costs the console, whatever the backend.
    func testEachBatchCostsOnlyTheReadsItsTopicsNeed() throws {
        let database = try openDatabase()
        let feed = ScriptedFeed()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let loop = console(database, terminal, clock: TestClock(start), feed: feed)
        defer { loop.finish() }
        feed.publish([.everything])
        loop.start()
        var before = loop.counts
        feed.publish([.draft("bo"), .draft("mina"), .breaches, .agent("bo"), .complaint(3)])
        Thread.sleep(forTimeInterval: 0.6)   // two of the watcher's polls
        XCTAssertFalse(loop.hasPendingNews, "drafts, breaches, another agent, a complaint not open: no wake")
        loop.turn()
        XCTAssertEqual(loop.counts.changeBatches, before.changeBatches)
        XCTAssertEqual(loop.counts.effects, before.effects, "nothing read")
        XCTAssertEqual(loop.counts.frames, before.frames, "and nothing drawn")

        before = loop.counts
        feed.publish([.queue])
        try waitFor("the watcher's wake") { loop.hasPendingNews }
        loop.turn()
        XCTAssertEqual(loop.counts.changeBatches, before.changeBatches + 1, "one batch with all that came since")
        XCTAssertEqual(loop.counts.effects, before.effects + 2, "the queue and the service levels")
        XCTAssertEqual(loop.counts.frames, before.frames + 1)
    }

    func testCompanionsHearEachBatchAndTheirDeadlinesWakeTheLoop() throws {
        let database = try openDatabase()
        let feed = ScriptedFeed()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let clock = TestClock(start)
        let companion = RecordingCompanion(due: start.addingTimeInterval(3))
        let program = ConsoleProgram(database: database, clock: clock, agentName: "mina", width: 100, height: 30,
                                     companions: [companion])
        let loop = ProgramLoop(program: program, terminal: terminal, feed: feed, clock: clock, stop: StopFlag())
        defer { loop.finish() }
        loop.start()
        XCTAssertEqual(companion.heard.first, [], "it runs at the start, with nothing changed yet")
        feed.publish([.queue, .draft("bo")])
        try waitFor("the watcher's wake") { loop.hasPendingNews }
        loop.turn()
        XCTAssertTrue(companion.heard.contains([.queue, .draft("bo")]), "\(companion.heard)")
        loop.turn()
        XCTAssertEqual(terminal.requestedTimeouts.last!, 3, "the companion's deadline, not the clock's next minute")
    }

    func testACallTheRouterRingsShowsInTheSameTurnAsTheArrival() throws {
        let database = try openDatabase()
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let clock = TestClock(start)
        let program = ConsoleProgram(database: database, clock: clock, agentName: "mina", width: 100, height: 30,
                                     companions: [Router(database: database, rules: .standard, policy: .standard)])
        let loop = ProgramLoop(program: program, terminal: terminal, feed: database, clock: clock, stop: StopFlag())
        defer { loop.finish() }
        loop.start()
        clock.advance(by: 1)   // past the router's minimum interval
        loop.turn()            // the router's pass for the log-in, so nothing is pending
        clock.advance(by: 1)
        let call = try AppDatabase.open(path: path).enqueue(channel: .phone, from: "+86 130 0000 0003", name: nil, text: nil,
                                                            at: clock.now)
        try waitFor("the watcher's wake") { loop.hasPendingNews }
        loop.turn()
        XCTAssertEqual(program.state.shift.offer?.contactId, call.id, "rung and shown without waiting for another wake")
    }

    func testTheWallboardSweepsGoneConsolesAtMostOnceASecondAndHonoursTheRate() throws {
        let database = try openDatabase()
        let boss = try database.addAgent(Agent(name: "boss", role: .supervisor, createdAt: start))
        let terminal = ScriptedTerminal(width: 120, height: 40)
        let clock = TestClock(start.addingTimeInterval(0.5), rate: 2)
        let board = WallboardProgram(database: database, clock: clock, supervisor: boss, width: 120, height: 40)
        let loop = ProgramLoop(program: board, terminal: terminal, feed: database, clock: clock, stop: StopFlag())
        defer { loop.finish() }
        loop.start()
        loop.turn()
        XCTAssertEqual(try XCTUnwrap(terminal.requestedTimeouts.last!), 0.25, accuracy: 0.001, "half a second at rate 2")
        let sweptAt = try XCTUnwrap(board.state.lastSweep)
        loop.turn()
        XCTAssertEqual(board.state.lastSweep, sweptAt, "not again within the second")
        clock.advance(by: 1)
        loop.turn()
        XCTAssertGreaterThan(try XCTUnwrap(board.state.lastSweep), sweptAt)
    }

    private func waitFor(_ what: String, within seconds: TimeInterval = 5, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            guard Date() < deadline else { return XCTFail("no \(what) within \(seconds) s") }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }
}

/// A companion that notes what each step heard and asks to run again at a fixed time.
final class RecordingCompanion: ConsoleCompanion {
    private(set) var heard: [Set<ChangeTopic>] = []
    let due: Date

    init(due: Date) { self.due = due }

    var interest: TopicInterest { .everything }

    func step(at now: Date, changes: Set<ChangeTopic>) -> Date? {
        heard.append(changes)
        return due
    }
}

/// A hand-stepped clock that may run faster than real time, as a training clock does.
final class TestClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    let rate: Double

    init(_ start: Date, rate: Double = 1) {
        current = start
        self.rate = rate
    }

    var now: Date { lock.withLock { current } }
    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// A change feed whose batches the test publishes, so the loop's and update's decisions can be
/// checked for any topic without a backend that records them.
final class ScriptedFeed: ChangeFeed, @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [(sequence: Int64, topics: Set<ChangeTopic>)] = []

    func publish(_ topics: Set<ChangeTopic>) {
        lock.withLock { batches.append(((batches.last?.sequence ?? 0) + 1, topics)) }
    }

    func latestChange() throws -> Int64 { lock.withLock { batches.last?.sequence ?? 0 } }

    func changes(after sequence: Int64) throws -> ChangeBatch {
        lock.withLock {
            let newer = batches.filter { $0.sequence > sequence }
            return ChangeBatch(topics: newer.reduce(into: []) { $0.formUnion($1.topics) }, latest: batches.last?.sequence ?? 0)
        }
    }
}
