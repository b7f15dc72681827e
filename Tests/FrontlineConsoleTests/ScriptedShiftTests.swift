import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// A scripted scenario through the same simulator and driver `frontline demo` uses, on a real
/// training database, with the clock stepped by hand and the agent acting through the store.
final class ScriptedShiftTests: XCTestCase {
    private var folder: URL!
    private let clock = ManualClock()
    private let policy = SLAPolicy.standard

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-shift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testAnAngryChatAndTwoCallsAreScoredAsTheyWereHandled() throws {
        let database = try AppDatabase.open(path: folder.appendingPathComponent("training.db").path)
        try database.makeTraining(at: clock.now)
        let start = clock.now
        let scenario = Scenario(name: "scripted", title: "Scripted", length: 60, rate: 0, arrivals: [
            ScriptedArrival(at: 10, channel: .chat, persona: .angry, language: .en,
                            lines: ["My parcel is a week late!", "When do I get it?"], good: ["tomorrow"]),
            ScriptedArrival(at: 20, channel: .phone, persona: .hangUp, patience: 60),
            ScriptedArrival(at: 30, channel: .phone, persona: .polite, language: .ko),
        ])
        let run = try database.startTrainingRun(scenario: scenario.name, seed: 9, speed: 1, rate: nil, agent: "mina", at: start)
        let simulator = TrainingSimulator(scenario: scenario, seed: 9, customers: try database.trainingCustomers(), start: start)
        let companion = TrainingCompanion(run: run, simulator: simulator, database: database, policy: policy)
        // The companion hears of commits as the loop would pass them on: by the change feed's batches.
        var seen = try database.latestChange()
        func advance(to seconds: TimeInterval) {
            while clock.now < start.addingTimeInterval(seconds) {
                clock.advance(by: 1)
                let batch = try? database.changes(after: seen)
                seen = batch?.latest ?? seen
                _ = companion.step(at: clock.now, changes: batch?.topics ?? [])
            }
        }
        func chatTranscript() throws -> [String] {
            let id = try XCTUnwrap(try database.queue(agent: "mina").first { $0.contact.channel == .chat }?.contact.id)
            return try database.transcript(contactId: id, limit: 20).map(\.text)
        }

        advance(to: 35)
        let waiting = try database.queue(agent: nil).map(\.contact)
        XCTAssertEqual(waiting.map(\.channel), [.chat, .phone, .phone], "all three arrived, in order")
        let chat = try XCTUnwrap(database.take(contactId: waiting[0].id!, agent: "mina", policy: policy, at: clock.now))
        _ = try database.reply(contactId: chat.id!, agent: "mina", text: "Hello Emma, how can I help?", policy: policy, at: clock.now)
        advance(to: 60)
        var said = try chatTranscript()
        XCTAssertTrue(PersonaLines.of(.en).stillAngry.contains(said.last ?? ""), "no apology yet: \(said)")
        _ = try database.reply(contactId: chat.id!, agent: "mina", text: "I am so sorry about this. Please give me a moment.",
                               policy: policy, at: clock.now)
        advance(to: 85)
        said = try chatTranscript()
        XCTAssertTrue(PersonaLines.of(.en).calmed.contains(said.last ?? ""), "\(said)")
        // The hang-up caller gave up at 80 s; the polite one is still there.
        XCTAssertEqual(try database.contact(id: waiting[1].id!)?.state, .abandoned)
        _ = try database.take(contactId: waiting[2].id!, agent: "mina", policy: policy, at: clock.now)
        _ = try database.reply(contactId: chat.id!, agent: "mina", text: "It arrives tomorrow.", policy: policy, at: clock.now)
        advance(to: 120)
        XCTAssertEqual(try chatTranscript().last, "When do I get it?")
        _ = try database.reply(contactId: chat.id!, agent: "mina", text: "Tomorrow morning. Thank you, goodbye!", policy: policy, at: clock.now)
        // Filed as the form once allowed, without the paraphrase: the score counts it incomplete.
        let filed = try database.fileComplaint(Complaint(
            customerId: chat.customerId, contactId: chat.id, category: .delivery, severity: .minor, account: "A week late",
            wants: "The parcel", promisedReplyAt: clock.now.addingTimeInterval(3600), agent: "mina", receivedAt: clock.now, channel: .chat))
        advance(to: 180)
        XCTAssertTrue(PersonaLines.of(.en).thanks.contains(try XCTUnwrap(chatTranscript().last)))

        let score = TrainingScore(record: try database.trainingRecord(run: run, end: clock.now))
        XCTAssertEqual(score.contacts, 3)
        XCTAssertEqual([score.calls, score.callsInTime, score.abandonedCalls], [2, 1, 1])
        XCTAssertEqual(score.pickupMedian, 55, "the polite caller waited from 30 s to 85 s")
        XCTAssertEqual([score.chatReplies, score.chatRepliesInTime], [4, 4])
        // 25 s to the opening, then whatever is left of each pause after seed 9's thinking times.
        XCTAssertEqual(score.replyMedian, 18)
        XCTAssertEqual(score.replyP95, 25)
        XCTAssertEqual([score.conversations, score.greeted, score.farewelled, score.allFivePoliteWords], [1, 1, 1, 1])
        XCTAssertEqual([score.complaintsExpected, score.complaintsExpectedFiled, score.complaintsFiled, score.complaintsComplete], [1, 1, 1, 0])
        XCTAssertEqual(score.incompleteComplaints.map(\.complaintId), [filed.id!])
        XCTAssertEqual(score.incompleteComplaints.map(\.missing), [["paraphrase confirmed"]])
        XCTAssertNil(companion.lastError)

        try database.finishTrainingRun(run, score: score, at: clock.now)
        XCTAssertEqual(try database.trainingRuns().map(\.score), [score])
    }
}
