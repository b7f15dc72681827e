import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// An idle console learns of a lost database server from its change watcher (no effect of its own
/// failed: the agent may be reading or typing), shows the banner, and clears it by itself once a
/// look finds the server again. The feed stands for a PostgreSQL store whose server goes away.
final class OutageLoopTests: XCTestCase {
    private var folder: URL!
    private let start = Date(timeIntervalSince1970: 1_790_000_040)

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-outage-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testAnIdleConsoleShowsTheBannerWhenTheServerGoesAndClearsItWhenItAnswers() throws {
        let database = try AppDatabase.open(path: folder.appendingPathComponent("outage.db").path)
        try database.addAgent(Agent(name: "mina", createdAt: start))
        let feed = SwitchableFeed(database)
        let terminal = ScriptedTerminal(width: 100, height: 30)
        let clock = TestClock(start)
        let program = ConsoleProgram(database: database, clock: clock, agentName: "mina", width: 100, height: 30)
        let loop = ProgramLoop(program: program, terminal: terminal, feed: feed, clock: clock, stop: StopFlag(), pollInterval: 0.01)
        defer { loop.finish() }
        loop.start()
        let banner = EnglishText().say(.databaseUnreachable)
        XCTAssertFalse(terminal.lastFrame?.line(0).contains(banner) ?? true)

        feed.isDown = true
        let deadline = Date().addingTimeInterval(10)
        while program.state.outage == nil, Date() < deadline {
            loop.turn()
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertNotNil(program.state.outage, "the watcher's failed look reaches the program")
        XCTAssertTrue(terminal.lastFrame?.line(0).contains(banner) ?? false, terminal.lastFrame?.line(0) ?? "no frame")
        XCTAssertNil(program.state.message, "nothing the agent did failed: the banner alone says it")

        feed.isDown = false
        clock.advance(by: 1)
        loop.turn()
        XCTAssertNil(program.state.outage, "a tick's look found it: no key pressed")
        XCTAssertFalse(terminal.lastFrame?.line(0).contains(banner) ?? true)
        XCTAssertEqual(program.state.message, .info(EnglishText().say(.databaseBack)))
    }
}

/// The store's feed, or a server that does not answer.
private final class SwitchableFeed: ChangeFeed, @unchecked Sendable {
    private let feed: any ChangeFeed
    private let lock = NSLock()
    private var down = false

    init(_ feed: any ChangeFeed) { self.feed = feed }

    var isDown: Bool {
        get { lock.withLock { down } }
        set { lock.withLock { down = newValue } }
    }

    func latestChange() throws -> Int64 {
        if isDown { throw StoreError.unreachable(server: "postgres://db/frontline", reason: "connection refused") }
        return try feed.latestChange()
    }

    func changes(after sequence: Int64) throws -> ChangeBatch {
        if isDown { throw StoreError.unreachable(server: "postgres://db/frontline", reason: "connection refused") }
        return try feed.changes(after: sequence)
    }
}
