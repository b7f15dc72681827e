import Foundation
import FrontlineConfig
@testable import FrontlineConsole
import FrontlineCore
import FrontlinePostgres
import FrontlineScreen
import FrontlineStoreAPI
import XCTest

/// The agent console while its PostgreSQL server restarts (issue 18, "Losing the database"): the
/// console program on a real store, its messages and effects run as the program loop runs them.
/// While the server is away the top line says so, the complaint draft and the reply are kept in
/// memory and in the unsent-work file (0600); when it is back, a tick (no key) saves the draft,
/// clears the banner and removes the file; the reply that could not be sent is still in the reply
/// line, and goes out once.
final class PostgresConsoleOutageTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-outage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testTheBannerShowsTheDraftAndReplyAreKeptOnDiskAndRecoverySavesThemWithoutAKey() throws {
        for language in ConsoleLanguage.allCases {
            try outageAndRecovery(language.text)
        }
    }

    private func outageAndRecovery(_ text: any ConsoleText) throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        _ = try store.ensureAgent(name: "ana", at: t0)
        let contact = try store.enqueue(channel: .chat, from: "emma@example.com", name: "Emma", text: "my order", at: t0)
        let id = try XCTUnwrap(contact.id)
        XCTAssertNotNil(try store.take(contactId: id, agent: "ana", policy: .standard, at: t0))
        let file = UnsentWorkFile(path: folder.appendingPathComponent("unsent-\(text.language).json").path)
        let clock = TestClock(t0)
        let program = ConsoleProgram(database: store, clock: clock, agentName: "ana", text: text, width: 120, height: 40,
                                     unsentFile: file)
        func run(_ message: Msg) {
            var pending = [message]
            while !pending.isEmpty {
                for effect in program.update(pending.removeFirst()) { pending += program.perform(effect) }
            }
        }
        func type(_ keys: [KeyPress]) { for key in keys { run(.key(key)) } }
        func topLine() -> String { program.view().line(0) }
        let banner = text.say(.databaseUnreachable), notSentBanner = text.say(.databaseUnreachableReplyNotSent)

        run(.opened)
        XCTAssertEqual(program.state.queue.activeContactId, id)
        XCTAssertFalse(topLine().contains(banner))
        type([.char("c"), .tab, .tab] + "Broken".map { .char($0) } + [.escape])
        XCTAssertEqual(try store.complaintDraft(agent: "ana")?.account, "Broken", "saved as typed while the server is up")

        try cluster.stop()
        type([.char("c")] + " lid".map { .char($0) })
        XCTAssertNotNil(program.state.outage)
        XCTAssertTrue(topLine().contains(String(banner.prefix(8))), "banner on the top line: \(topLine())")
        var kept = try XCTUnwrap(try file.load(), "the draft is on disk")
        XCTAssertEqual(kept.draft?.account, "Broken lid")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int, 0o600)

        type([.escape, .char("r")] + "On its way".map { .char($0) } + [.enter])
        XCTAssertEqual(program.state.reply.field.text, "On its way", "a reply that could not be sent stays in the reply line")
        XCTAssertEqual(program.state.outage?.reply, .notSent)
        XCTAssertTrue(topLine().contains(String(notSentBanner.prefix(8))), "the banner says the reply was not sent: \(topLine())")
        kept = try XCTUnwrap(try file.load())
        XCTAssertEqual(kept.reply, "On its way")
        XCTAssertEqual(kept.replyContactId, id)

        // Still away: a look finds nothing, the banner stays.
        clock.advance(by: 1)
        run(.tick(clock.now))
        XCTAssertNotNil(program.state.outage)

        try cluster.start()
        clock.advance(by: 1)
        run(.tick(clock.now))
        XCTAssertNil(program.state.outage, "back without a key press")
        XCTAssertFalse(topLine().contains(String(banner.prefix(8))), "banner cleared: \(topLine())")
        XCTAssertEqual(try store.complaintDraft(agent: "ana")?.account, "Broken lid", "the draft typed during the outage is saved")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "the file goes once the database has it all")
        XCTAssertEqual(program.state.message?.text, text.say(.databaseBackReplyNotSent))
        XCTAssertEqual(program.state.reply.field.text, "On its way")
        XCTAssertEqual(try store.transcript(contactId: id, limit: 10).filter { $0.text == "On its way" }.count, 0, "not sent behind the agent's back")

        XCTAssertEqual(program.state.mode, .replying)
        type([.enter])
        XCTAssertEqual(try store.transcript(contactId: id, limit: 10).filter { $0.text == "On its way" }.count, 1, "sent once, by the agent")
        XCTAssertEqual(program.state.reply.field.text, "")
    }

    /// A console closed during an outage left its work on disk: the next one puts the reply back
    /// in the reply line and the draft in the form and the database, and removes the file.
    func testTheNextConsoleTakesBackWhatAClosedOneKeptOnDisk() throws {
        let cluster = try ThrowawayCluster()
        let store = try PostgresStore.open(cluster.location)
        _ = try store.ensureAgent(name: "ana", at: t0)
        let file = UnsentWorkFile(path: folder.appendingPathComponent("unsent.json").path)
        try file.keep(UnsentWork(agent: "ana", reply: "Back soon", replyContactId: nil, draft: ComplaintDraft(agent: "ana", account: "Late")))
        let program = ConsoleProgram(database: store, clock: TestClock(t0), agentName: "ana", width: 120, height: 40, unsentFile: file)
        var pending: [Msg] = [.opened]
        while !pending.isEmpty {
            for effect in program.update(pending.removeFirst()) { pending += program.perform(effect) }
        }
        XCTAssertEqual(program.state.reply.field.text, "Back soon")
        XCTAssertEqual(program.state.complaintForm.draft.account, "Late")
        XCTAssertEqual(try store.complaintDraft(agent: "ana")?.account, "Late")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
    }
}

/// A clock the test moves by hand.
final class TestClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }
    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
