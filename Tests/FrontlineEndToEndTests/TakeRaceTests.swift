import Foundation
import FrontlineCore
import FrontlineStore
import XCTest

/// Two consoles pressing `n` at the same moment never get the same contact; nor do several processes
/// taking straight from the store.
final class TakeRaceTests: EndToEndCase {
    override class var needsTmux: Bool { false }

    func testTwoConsolesPressingNTogetherNeverGetTheSameContact() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (apt-get install tmux)") }
        let ids = try enqueueChats(30)
        let ana = try TmuxSession(command: frontline.consoleCommand(agent: "ana"))
        let bo = try TmuxSession(command: frontline.consoleCommand(agent: "bo"))
        try ana.waitFor("30 waiting")
        try bo.waitFor("30 waiting")

        // 40 presses for 30 contacts, alternating between the consoles as fast as tmux delivers them.
        for _ in 0..<20 {
            try ana.send("n")
            try bo.send("n")
        }
        // Keys queue up in each terminal, so every press is handled in time; wait for the queue to empty.
        try ana.waitFor("0 waiting", timeout: 30)
        try bo.waitFor("0 waiting", timeout: 30)
        try waitUntil("both consoles finished taking") {
            try self.takenEvents(ids).count == 30
        }
        // The 10 presses too many find nobody waiting, and take nothing twice.
        Thread.sleep(forTimeInterval: 0.5)

        let database = try AppDatabase.open(path: frontline.databasePath)
        var holders: [String: Int] = [:]
        for id in ids {
            let contact = try XCTUnwrap(try database.contact(id: id))
            XCTAssertEqual(contact.state, .active, "contact \(id)")
            let agent = try XCTUnwrap(contact.agent, "contact \(id) has one holder")
            XCTAssertTrue(["ana", "bo"].contains(agent))
            holders[agent, default: 0] += 1
            let takes = try database.events(contactId: id).filter { $0.kind == .taken }
            XCTAssertEqual(takes.count, 1, "contact \(id) was taken exactly once: \(takes)")
            XCTAssertEqual(takes.first?.agent, agent, "the take on record is the holder's")
        }
        let events = try takenEvents(ids)
        XCTAssertEqual(events.count, 30, "successful takes")
        print("takes per console: \(holders)")
        XCTAssertEqual(holders.values.reduce(0, +), events.count, "active contacts = successful takes")
        XCTAssertEqual(try database.queue(agent: nil).filter { $0.contact.state == .active }.count, events.count)
    }

    /// Several OS processes take from the same file at once: this test binary started again as workers.
    func testSeveralProcessesTakingAtOnceNeverShareAContact() throws {
        let ids = try enqueueChats(60)
        let workers = 4
        let start = Date().addingTimeInterval(1.5).timeIntervalSince1970
        let outputs = try runWorkers("TakeRaceWorker/testTakeUntilTheQueueIsEmpty", environments: (0..<workers).map { index in
            [TakeRaceWorker.databaseVariable: frontline.databasePath, TakeRaceWorker.agentVariable: "worker-\(index)",
             TakeRaceWorker.startVariable: String(start)]
        })
        for text in outputs { print(text.split(separator: "\n").filter { $0.contains(" took ") }.joined()) }

        let database = try AppDatabase.open(path: frontline.databasePath)
        var holders = Set<String>()
        for id in ids {
            let contact = try XCTUnwrap(try database.contact(id: id))
            XCTAssertEqual(contact.state, .active, "contact \(id)")
            let takes = try database.events(contactId: id).filter { $0.kind == .taken }
            XCTAssertEqual(takes.count, 1, "contact \(id) was taken exactly once: \(takes)")
            XCTAssertEqual(takes.first?.agent, contact.agent)
            if let agent = contact.agent { holders.insert(agent) }
        }
        XCTAssertTrue(holders.isSubset(of: Set((0..<workers).map { "worker-\($0)" })), "\(holders)")
    }

    // MARK: Helpers

    private func enqueueChats(_ count: Int) throws -> [Int64] {
        let database = try AppDatabase.open(path: frontline.databasePath)
        let now = Date()
        return try (0..<count).map { index in
            // A second apart, so the order of urgency is plain.
            try XCTUnwrap(try database.enqueue(channel: .chat, from: "+1 555 010 \(1000 + index)", name: "Guest \(index)",
                                               text: "hello \(index)", at: now.addingTimeInterval(Double(index - count))).id)
        }
    }

    private func takenEvents(_ ids: [Int64]) throws -> [ContactEvent] {
        let database = try AppDatabase.open(path: frontline.databasePath, readOnly: true)
        return try ids.flatMap { try database.events(contactId: $0).filter { $0.kind == .taken } }
    }

    private func waitUntil(_ what: String, timeout: TimeInterval = 15, _ done: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try done() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting: \(what)")
    }
}

/// One worker of `testSeveralProcessesTakingAtOnceNeverShareAContact`: runs only in a child process
/// that names the database; in a normal test run it is skipped.
final class TakeRaceWorker: XCTestCase {
    static let databaseVariable = "FRONTLINE_RACE_DB"
    static let agentVariable = "FRONTLINE_RACE_AGENT"
    static let startVariable = "FRONTLINE_RACE_START"

    func testTakeUntilTheQueueIsEmpty() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment[Self.databaseVariable], let agent = environment[Self.agentVariable] else {
            throw XCTSkip("a worker for TakeRaceTests, run only in the child processes it starts")
        }
        let database = try AppDatabase.open(path: path)
        // Every worker starts at the same instant, however long its process took to launch.
        if let start = environment[Self.startVariable].flatMap(Double.init) {
            while Date().timeIntervalSince1970 < start { usleep(1000) }
        }
        var taken: [Int64] = []
        while let contact = try database.takeNext(agent: agent, policy: .standard, at: Date()) {
            let id = try XCTUnwrap(contact.id)
            XCTAssertEqual(contact.agent, agent)
            taken.append(id)
            // A breath between takes, as between two presses of n: without it the worker that wins the
            // lock first takes everything while the others are still in SQLite's busy back-off.
            usleep(UInt32.random(in: 500...3000))
        }
        XCTAssertEqual(Set(taken).count, taken.count, "no contact twice in one process")
        print("\(agent) took \(taken.count)")
    }
}
