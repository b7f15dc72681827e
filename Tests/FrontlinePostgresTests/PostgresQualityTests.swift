import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Quality reviews and satisfaction surveys on a real PostgreSQL server, beside their contract
/// classes (QualityStoreTests, SatisfactionStoreTests): what the two stores write and read.
final class PostgresQualityTests: XCTestCase {
    private var backend: PostgresBackend!
    private var store: PostgresStore!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }
    private let sue = Agent(name: "sue", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0))
    private let tom = Agent(name: "tom", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0))
    private let ana = Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0))
    private var surveyed: SLAPolicy {
        var policy = SLAPolicy.standard
        policy.satisfaction = SatisfactionRules(enabled: true, channels: [.phone, .chat], delay: 3600)
        return policy
    }

    override func setUpWithError() throws {
        backend = try PostgresBackend()
        store = try PostgresStore.open(backend.database)
        for agent in [sue, tom, ana] { _ = try store.addAgent(agent, by: nil) }
    }
    override func tearDownWithError() throws { try backend?.tearDown() }

    /// A contact of `channel` that ana took and wrapped up with `codes`, ended at `end`.
    private func handled(_ channel: Channel, n: Int, end: Date, codes: [String] = ["payment"], policy: SLAPolicy = .standard) throws -> Contact {
        let contact = try store.enqueue(channel: channel, from: channel == .phone ? "+86 130 1000 000\(n)" : "c\(n)@example.com", name: "客户\(n)",
                                        text: channel.isWritten ? "你好" : nil, priority: .normal, at: end.addingTimeInterval(-120))
        _ = try XCTUnwrap(try store.take(contactId: contact.id!, agent: "ana", policy: policy, at: end.addingTimeInterval(-60)))
        return try store.wrapUp(contactId: contact.id!, agent: "ana", rules: .standard, entry: codes.isEmpty ? nil : WrapUpEntry(codes: codes), answer: nil,
                                policy: policy, at: end)
    }

    func testASampleQueuesReviewsAndReCallsOnceAndTheScoresRoundTrip() throws {
        let call = try handled(.phone, n: 1, end: at(600))
        let chat = try handled(.chat, n: 2, end: at(700))
        let sample = try store.sampleForQuality(percent: 100, from: t0, to: at(86400), seed: 7, by: "sue", at: at(86400))
        XCTAssertEqual(sample.perAgent["ana"].map(Set.init), [call.id!, chat.id!])
        XCTAssertEqual(sample.candidatesPerAgent, ["ana": 2])
        XCTAssertEqual(sample.recalls, 1, "only the call is re-called")
        let reviews = try store.qualityReviews(agent: "ana", state: .open, limit: 10)
        XCTAssertEqual(reviews.map(\.contactId), [call.id!, chat.id!])
        XCTAssertEqual(reviews[0].seed, 7)
        XCTAssertEqual(reviews[0].endedAt, at(600))
        let recall = try XCTUnwrap(try store.contact(id: try XCTUnwrap(reviews[0].recallContactId)))
        XCTAssertEqual(recall.purpose, .qualityRecall)
        XCTAssertEqual(recall.owner, "sue")
        XCTAssertEqual(try store.events(contactId: recall.id!).map(\.kind), [.queued])
        XCTAssertNil(reviews[1].recallContactId)
        XCTAssertEqual(try store.sampleForQuality(percent: 100, from: t0, to: at(86400), seed: 7, by: "sue", at: at(86400)).total, 0,
                       "no contact is sampled twice")

        let scores = ["greeting": 10, "answered": 0]
        let reviewed = try store.reviewQuality(id: reviews[0].id, by: sue, scores: scores, totalPercent: 40, comment: "no answer", at: at(90000))
        XCTAssertEqual(reviewed.scores, scores)
        XCTAssertEqual(try store.qualityScores(from: t0, to: at(86400)), ["ana": 40])
        XCTAssertThrowsError(try store.disputeQuality(id: reviewed.id, by: ana, reason: " ", at: at(90100)))
        _ = try store.disputeQuality(id: reviewed.id, by: ana, reason: "I answered by email", at: at(90100))
        XCTAssertEqual(try store.qualityScores(from: t0, to: at(86400)), [:], "a disputed score waits")
        let settled = try store.settleQuality(id: reviewed.id, by: tom, scores: ["greeting": 10, "answered": 30], totalPercent: 90,
                                              comment: "answered", at: at(90200))
        XCTAssertEqual(settled.settledScores, ["greeting": 10, "answered": 30])
        XCTAssertEqual(try store.qualityReview(id: reviewed.id), settled)
        XCTAssertEqual(try store.qualityScores(from: t0, to: at(86400)), ["ana": 90])
        XCTAssertThrowsError(try store.settleQuality(id: 999, by: tom, scores: nil, totalPercent: nil, comment: "", at: at(90300)))
    }

    func testASurveyIsRequestedOnceWithItsOutboxRowAndWithdrawnOnOptingOut() throws {
        let call = try handled(.phone, n: 1, end: at(600), policy: surveyed)
        let chat = try handled(.chat, n: 2, end: at(700), policy: surveyed)
        let due = try store.satisfactionRequests(dueBy: at(2 * 3600), includeSent: false, limit: 10)
        XCTAssertEqual(due.map(\.contactId), [call.id!, chat.id!])
        XCTAssertEqual(due[1].dueAt, at(700 + 3600))
        XCTAssertEqual(due[1].customerName, "客户2")
        XCTAssertNil(due[1].callbackContactId)
        let callback = try XCTUnwrap(try store.contact(id: try XCTUnwrap(due[0].callbackContactId)))
        XCTAssertEqual(callback.purpose, .satisfactionCall)
        let outbox = try store.session.alone {
            try store.session.query("SELECT kind FROM outbound_events WHERE contact_id = $1", [chat.id!]).rows.map { try $0.get("kind", as: String.self) }
        }
        XCTAssertTrue(outbox.contains("satisfaction-request"), "\(outbox)")

        try store.markSatisfactionSent(contactId: chat.id!, at: at(7200))
        XCTAssertThrowsError(try store.markSatisfactionSent(contactId: chat.id!, at: at(7200))) { XCTAssertTrue("\($0)".contains("sent already"), "\($0)") }
        XCTAssertThrowsError(try store.markSatisfactionSent(contactId: 999, at: at(7200))) { XCTAssertTrue("\($0)".contains("no satisfaction survey"), "\($0)") }
        XCTAssertEqual(try store.satisfactionRequests(dueBy: at(0), includeSent: true, limit: 10).compactMap(\.sentAt), [at(7200)])

        try store.optOutOfSatisfaction(customerId: call.customerId, by: "ana", at: at(3 * 3600))
        try store.optOutOfSatisfaction(customerId: call.customerId, by: "ana", at: at(3 * 3600))   // twice is fine
        XCTAssertEqual(try store.satisfactionRequests(dueBy: at(0), includeSent: true, limit: 10).map(\.contactId), [chat.id!])
        XCTAssertEqual(try store.contact(id: callback.id!)?.state, .ended, "the survey call is not made")
        XCTAssertThrowsError(try store.optOutOfSatisfaction(customerId: 9999, by: nil, at: at(0)))
    }

    func testAnswersReplaceEachOtherAndCountUnderTheLatestWrapUpsCodes() throws {
        let first = try handled(.chat, n: 1, end: at(100), codes: ["payment", "shipping-fees"])
        let second = try handled(.phone, n: 2, end: at(200), codes: [])
        XCTAssertThrowsError(try store.recordSatisfaction(contactId: first.id!, score: 6, comment: "", by: nil, at: at(300)))
        try store.recordSatisfaction(contactId: first.id!, score: 2, comment: "slow", by: nil, at: at(300))
        try store.recordSatisfaction(contactId: first.id!, score: 5, comment: "solved", by: "ana", at: at(400))
        try store.recordSatisfaction(contactId: second.id!, score: 3, comment: "", by: nil, at: at(500))
        let figures = try store.satisfactionFigures(from: t0, to: at(86400))
        XCTAssertEqual(figures.overall, SatisfactionTally(answers: 2, satisfied: 1, scoreSum: 8))
        XCTAssertEqual(figures.byAgent["ana"], SatisfactionTally(answers: 2, satisfied: 1, scoreSum: 8))
        XCTAssertEqual(figures.byCode["shipping-fees"], SatisfactionTally(answers: 1, satisfied: 1, scoreSum: 5))
        XCTAssertEqual(figures.byCode[SatisfactionFigures.noCode], SatisfactionTally(answers: 1, satisfied: 0, scoreSum: 3))
        XCTAssertEqual(figures.byChannel[.phone], SatisfactionTally(answers: 1, satisfied: 0, scoreSum: 3))
        XCTAssertEqual(try store.satisfactionFigures(from: at(86400), to: at(2 * 86400)).overall.answers, 0)
    }
}
