import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import FrontlineTestSupport
import XCTest
@testable import FrontlineConsole

/// Hopping back to a contact draws the customer file and transcript already read, as long as
/// nothing was committed since (on PostgreSQL each read is round trips on the key path); any
/// commit, by this console or another, and a call-back falling due make it read again.
final class DetailCacheTests: XCTestCase {
    private var folder: URL!
    private let start = Fixtures.start

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-detail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func transcript(_ program: ConsoleProgram, _ contactId: Int64) -> [String]? {
        guard case .detailLoaded(_, _, let transcript)? = program.perform(.loadDetail(contactId: contactId)).first else { return nil }
        return transcript.map(\.text)
    }

    func testAHopBackDrawsWhatWasReadUntilSomethingIsCommitted() throws {
        let path = folder.appendingPathComponent("frontline.db").path
        let console = try AppDatabase.open(path: path)
        let elsewhere = try AppDatabase.open(path: path)
        let chat = try elsewhere.enqueue(channel: .chat, from: "ann@example.com", name: "Ann", text: "hello", at: start)
        let other = try elsewhere.enqueue(channel: .chat, from: "bo@example.com", name: "Bo", text: "hi", at: start)
        let program = ConsoleProgram(database: console, clock: TestClock(start), agentName: "mina", width: 120, height: 40)
        XCTAssertEqual(transcript(program, chat.id!), ["hello"])
        XCTAssertEqual(transcript(program, other.id!), ["hi"])

        // Changed behind the change feed's back (no commit the feed records): what was read is drawn.
        let edit = try SpawnedProgram.run("/usr/bin/env", ["sqlite3", path, "UPDATE messages SET text = 'edited' WHERE text = 'hello'"])
        XCTAssertEqual(edit.status, 0, edit.stderr)
        XCTAssertEqual(transcript(program, chat.id!), ["hello"], "hopping back reads nothing")

        // A commit anywhere, here a customer's message on another contact: read again.
        _ = try elsewhere.say(contactId: other.id!, text: "still there?", at: start.addingTimeInterval(5))
        XCTAssertEqual(transcript(program, chat.id!), ["edited"])
        XCTAssertEqual(transcript(program, other.id!), ["hi", "still there?"])
    }

    func testAnEntryLastsUntilItsFilesNextCallBackFallsDueAndTheOldestGoesWhenFull() {
        var cache = DetailCache()
        let due = start.addingTimeInterval(600)
        cache.keep(.init(file: nil, transcript: [], change: 7, until: due), for: 1)
        XCTAssertNotNil(cache.entry(for: 1, latestChange: 7, at: due.addingTimeInterval(-1)))
        XCTAssertNil(cache.entry(for: 1, latestChange: 7, at: due), "the call-back is due: the file reads differently")
        XCTAssertNil(cache.entry(for: 1, latestChange: 8, at: start), "something was committed")
        for id in 2...Int64(DetailCache.capacity + 1) { cache.keep(.init(file: nil, transcript: [], change: 7, until: nil), for: id) }
        XCTAssertNil(cache.entry(for: 1, latestChange: 7, at: start), "the oldest went")
        XCTAssertNotNil(cache.entry(for: 2, latestChange: 7, at: start))
    }
}
