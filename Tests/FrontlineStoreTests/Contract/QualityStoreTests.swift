import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Quality checks on a real store: the sample's size per agent, its seed, no contact sampled
/// twice, re-calls for calls; who may review, dispute and settle; the scores the reports read.
final class QualityStoreTests: StoreContractCase {
    private let sue = Agent(name: "sue", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0))
    private let tom = Agent(name: "tom", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0))
    private let ana = Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0))
    private let bo = Agent(name: "bo", createdAt: Date(timeIntervalSince1970: 0))
    private let full = ["greeting": 10, "polite-words": 20, "no-forbidden-wording": 20, "answered": 30, "promise-kept": 10, "closing": 10]

    /// A contact of `channel` handled and wrapped up by `agent`, ended at `end`.
    @discardableResult
    private func handled(_ database: any FrontlineStores, _ channel: Channel, by agent: String, n: Int, end: Date) throws -> Contact {
        let contact = try database.enqueue(channel: channel, from: channel == .email ? "c\(n)@example.com" : "+86 130 1000 \(String(format: "%04d", n))",
                                           name: "客户\(n)", text: channel.isWritten ? "你好" : nil, at: end.addingTimeInterval(-120))
        _ = try XCTUnwrap(try database.take(contactId: contact.id!, agent: agent, policy: policy, at: end.addingTimeInterval(-60)))
        return try database.wrapUp(contactId: contact.id!, agent: agent, rules: .standard, entry: WrapUpEntry(codes: ["payment"]), answer: nil,
                                   policy: policy, at: end)
    }

    private func team(_ database: any FrontlineStores) throws {
        for agent in [sue, tom, ana, bo] { _ = try database.addAgent(agent) }
    }

    func testASampleDrawsTheShareOfEachAgentOnceWithItsSeedAndReCallsTheCalls() throws {
        let database = try makeStore()
        try team(database)
        var contacts: [Contact] = []
        for n in 0..<12 { contacts.append(try handled(database, .chat, by: "ana", n: n, end: at(Double(n) * 600 + 3600))) }
        for n in 12..<18 { contacts.append(try handled(database, .phone, by: "bo", n: n, end: at(Double(n) * 600 + 3600))) }
        let outside = try handled(database, .chat, by: "ana", n: 99, end: at(40 * 86400))

        let from = t0, to = at(30 * 86400)
        let candidates = contacts.map { QualitySample.Candidate(contactId: $0.id!, agent: $0.agent!) }
        let first = try database.sampleForQuality(percent: 20, from: from, to: to, seed: 2026, by: "sue", at: at(31 * 86400))
        XCTAssertEqual(first.perAgent, QualitySample.draw(candidates, percent: 20, seed: 2026), "the store draws what the seeded sampler draws")
        XCTAssertEqual(first.perAgent["ana"]?.count, 3, "20% of 12 rounded up")
        XCTAssertEqual(first.perAgent["bo"]?.count, 2, "20% of 6 rounded up")
        XCTAssertEqual(first.candidatesPerAgent, ["ana": 12, "bo": 6])
        XCTAssertEqual(first.recalls, 2, "bo's calls are re-called; ana's chats are read")
        XCTAssertEqual(first.seed, 2026)
        XCTAssertFalse(first.perAgent.values.joined().contains(outside.id!), "a contact outside the period is not drawn")

        let open = try database.qualityReviews(agent: nil, state: .open, limit: 100)
        XCTAssertEqual(open.count, 5)
        XCTAssertTrue(open.allSatisfy { $0.seed == 2026 && $0.sampledBy == "sue" && $0.periodStart == from && $0.periodEnd == to })
        let recall = try XCTUnwrap(open.first { $0.agent == "bo" }?.recallContactId)
        let call = try XCTUnwrap(try database.contact(id: recall))
        XCTAssertEqual(call.purpose, .qualityRecall)
        XCTAssertEqual(call.channel, .callback)
        XCTAssertEqual(call.state, .waiting)
        let sampledCall = try XCTUnwrap(open.first { $0.recallContactId == recall }?.contactId)
        let file = try XCTUnwrap(try database.customerFile(customerId: call.customerId, limit: 10, at: at(31 * 86400)))
        XCTAssertEqual(file.callbackReasons[recall], .qualityRecall(contactId: sampledCall))

        let second = try database.sampleForQuality(percent: 20, from: from, to: to, seed: 2026, by: "sue", at: at(32 * 86400))
        XCTAssertEqual(second.candidatesPerAgent, ["ana": 9, "bo": 4], "the contacts sampled before are left out")
        XCTAssertTrue(Set(second.perAgent.values.joined()).isDisjoint(with: Set(first.perAgent.values.joined())), "no contact sampled twice")
        XCTAssertEqual(try database.qualityReviews(agent: "ana", state: nil, limit: 100).count, 3 + 2)
    }

    func testASupervisorScoresTheAgentDisputesAndAnotherSupervisorSettles() throws {
        let database = try makeStore()
        try team(database)
        for n in 0..<3 { try handled(database, .chat, by: "ana", n: n, end: at(Double(n) * 60 + 600)) }
        _ = try database.sampleForQuality(percent: 100, from: t0, to: at(86400), seed: 1, by: "sue", at: at(2 * 86400))
        let reviews = try database.qualityReviews(agent: "ana", state: .open, limit: 10)
        XCTAssertEqual(reviews.count, 3)
        let id = reviews[0].id

        XCTAssertThrowsError(try database.reviewQuality(id: id, by: ana, scores: full, totalPercent: 100, comment: "", at: at(3 * 86400))) {
            XCTAssertTrue("\($0)".contains("only a supervisor"), "\($0)")
        }
        XCTAssertThrowsError(try database.disputeQuality(id: id, by: ana, reason: "unfair", at: at(3 * 86400))) {
            XCTAssertTrue("\($0)".contains("not scored yet"), "\($0)")
        }
        var scores = full
        scores["answered"] = 0
        let reviewed = try database.reviewQuality(id: id, by: sue, scores: scores, totalPercent: 70, comment: "did not answer", at: at(3 * 86400))
        XCTAssertEqual(reviewed.state, .reviewed)
        XCTAssertEqual(reviewed.reviewer, "sue")
        XCTAssertEqual(reviewed.scores, scores)
        XCTAssertEqual(try database.qualityScores(from: t0, to: at(86400)), ["ana": 70])
        XCTAssertThrowsError(try database.reviewQuality(id: id, by: tom, scores: full, totalPercent: 100, comment: "", at: at(3 * 86400)))

        XCTAssertThrowsError(try database.disputeQuality(id: id, by: bo, reason: "not mine", at: at(4 * 86400))) {
            XCTAssertTrue("\($0)".contains("only ana"), "\($0)")
        }
        XCTAssertThrowsError(try database.disputeQuality(id: id, by: ana, reason: "  ", at: at(4 * 86400)))
        let disputed = try database.disputeQuality(id: id, by: ana, reason: "I answered by email afterwards", at: at(4 * 86400))
        XCTAssertEqual(disputed.state, .disputed)
        XCTAssertEqual(disputed.disputeReason, "I answered by email afterwards")
        XCTAssertEqual(try database.qualityScores(from: t0, to: at(86400)), [:], "a disputed score waits for its settling")

        XCTAssertThrowsError(try database.settleQuality(id: id, by: sue, scores: nil, totalPercent: nil, comment: "kept", at: at(5 * 86400))) {
            XCTAssertTrue("\($0)".contains("other than the reviewer"), "\($0)")
        }
        XCTAssertThrowsError(try database.settleQuality(id: id, by: ana, scores: nil, totalPercent: nil, comment: "kept", at: at(5 * 86400)))
        let settled = try database.settleQuality(id: id, by: tom, scores: full, totalPercent: 100, comment: "the email answered it", at: at(5 * 86400))
        XCTAssertEqual(settled.state, .settled)
        XCTAssertEqual(settled.settler, "tom")
        XCTAssertEqual(settled.settledScores, full)
        XCTAssertEqual(settled.finalPercent, 100)
        XCTAssertEqual(settled.totalPercent, 70, "the reviewer's score stays on record")
        XCTAssertThrowsError(try database.disputeQuality(id: id, by: ana, reason: "again", at: at(6 * 86400)), "disputed once")

        let second = reviews[1].id
        _ = try database.reviewQuality(id: second, by: tom, scores: full, totalPercent: 50, comment: "", at: at(3 * 86400))
        _ = try database.disputeQuality(id: second, by: ana, reason: "too low", at: at(4 * 86400))
        let kept = try database.settleQuality(id: second, by: sue, scores: nil, totalPercent: nil, comment: "fair", at: at(5 * 86400))
        XCTAssertEqual(kept.finalPercent, 50, "kept: the reviewer's score counts")
        XCTAssertEqual(try database.qualityScores(from: t0, to: at(86400)), ["ana": 75], "(100 + 50) / 2; the open one is not counted")
        XCTAssertEqual(try database.qualityScores(from: at(86400), to: at(2 * 86400)), [:], "by the contact's end")
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let report = try database.report(.custom, from: t0, to: at(86400), now: at(5 * 86400), policy: policy, calendar: utc)
        XCTAssertEqual(report.agents.first { $0.name == "ana" }?.qaScore, 75, "the report reads the same scores")
        XCTAssertThrowsError(try database.reviewQuality(id: 999, by: sue, scores: full, totalPercent: 100, comment: "", at: at(3 * 86400))) {
            XCTAssertTrue("\($0)".contains("no quality review 999"), "\($0)")
        }
    }

    func testNothingToSampleQueuesNothing() throws {
        let database = try makeStore()
        try team(database)
        let result = try database.sampleForQuality(percent: 20, from: t0, to: at(86400), seed: 5, by: "sue", at: at(86400))
        XCTAssertEqual(result.total, 0)
        XCTAssertEqual(result.recalls, 0)
        XCTAssertTrue(try database.qualityReviews(agent: nil, state: nil, limit: 10).isEmpty)
    }
}

/// Satisfaction surveys on a real store: due after a contact by policy (a call-back for phone
/// customers), never for an opted-out customer; answers validated and counted.
final class SatisfactionStoreTests: StoreContractCase {
    private var surveyed: SLAPolicy {
        var policy = SLAPolicy.standard
        policy.satisfaction = SatisfactionRules(enabled: true, channels: [.phone, .chat], delay: 3600)
        return policy
    }

    private func handled(_ database: any FrontlineStores, _ channel: Channel, by agent: String, n: Int, end: Date, codes: [String] = ["payment"],
                         policy: SLAPolicy) throws -> Contact {
        let contact = try database.enqueue(channel: channel, from: channel == .email ? "s\(n)@example.com" : "+86 131 2000 \(String(format: "%04d", n))",
                                           name: "客户\(n)", text: channel.isWritten ? "你好" : nil, at: end.addingTimeInterval(-120))
        _ = try XCTUnwrap(try database.take(contactId: contact.id!, agent: agent, policy: policy, at: end.addingTimeInterval(-60)))
        return try database.wrapUp(contactId: contact.id!, agent: agent, rules: .standard, entry: WrapUpEntry(codes: codes), answer: nil,
                                   policy: policy, at: end)
    }

    func testASurveyIsDueAfterAContactACallBackForAPhoneCustomerAndNoneAfterOptingOut() throws {
        let database = try makeStore()
        _ = try database.addAgent(Agent(name: "ana", createdAt: t0))
        let call = try handled(database, .phone, by: "ana", n: 1, end: at(600), policy: surveyed)
        let chat = try handled(database, .chat, by: "ana", n: 2, end: at(700), policy: surveyed)
        _ = try handled(database, .email, by: "ana", n: 3, end: at(800), policy: surveyed)
        _ = try handled(database, .chat, by: "ana", n: 4, end: at(900), policy: .standard)

        XCTAssertTrue(try database.satisfactionRequests(dueBy: at(600 + 3599), includeSent: false, limit: 10).isEmpty, "not due before the delay")
        let due = try database.satisfactionRequests(dueBy: at(2 * 3600), includeSent: false, limit: 10)
        XCTAssertEqual(due.map(\.contactId), [call.id!, chat.id!], "email is not surveyed by this policy, and nothing when it is off")
        XCTAssertEqual(due[0].dueAt, at(600 + 3600))
        let callback = try XCTUnwrap(try database.contact(id: try XCTUnwrap(due[0].callbackContactId)))
        XCTAssertEqual(callback.purpose, .satisfactionCall)
        XCTAssertEqual(callback.queuedAt, at(600 + 3600))
        XCTAssertNil(due[1].callbackContactId, "a chat customer's survey is sent by a connector")
        XCTAssertTrue(try database.events(contactId: chat.id!).contains { $0.kind == .satisfactionRequested })
        XCTAssertTrue(try database.outboundEvents(after: 0, limit: 1000).contains { $0.kind == "satisfaction-request" && $0.contactId == chat.id },
                      "a connector is told to send the survey, in the same transaction")
        let file = try XCTUnwrap(try database.customerFile(customerId: call.customerId, limit: 10, at: at(601)))
        XCTAssertEqual(file.callbackReasons[callback.id!], .satisfactionCall(contactId: call.id))

        try database.markSatisfactionSent(contactId: chat.id!, at: at(2 * 3600))
        XCTAssertThrowsError(try database.markSatisfactionSent(contactId: chat.id!, at: at(2 * 3600))) { XCTAssertTrue("\($0)".contains("sent already"), "\($0)") }
        XCTAssertEqual(try database.satisfactionRequests(dueBy: at(2 * 3600), includeSent: false, limit: 10).map(\.contactId), [call.id!])
        XCTAssertEqual(try database.satisfactionRequests(dueBy: at(0), includeSent: true, limit: 10).count, 2)

        try database.optOutOfSatisfaction(customerId: call.customerId, by: "ana", at: at(3 * 3600))
        XCTAssertTrue(try database.satisfactionRequests(dueBy: at(4 * 3600), includeSent: false, limit: 10).isEmpty, "withdrawn")
        XCTAssertEqual(try database.contact(id: callback.id!)?.state, .ended, "the survey call is not made")
        // The same customer calls again: no survey.
        let again = try database.enqueue(channel: .phone, from: call.address, name: nil, text: nil, at: at(5 * 3600))
        XCTAssertEqual(again.customerId, call.customerId)
        _ = try database.take(contactId: again.id!, agent: "ana", policy: surveyed, at: at(5 * 3600 + 10))
        _ = try database.wrapUp(contactId: again.id!, agent: "ana", rules: .standard, entry: nil, answer: nil, policy: surveyed, at: at(5 * 3600 + 100))
        XCTAssertEqual(try database.satisfactionRequests(dueBy: at(0), includeSent: true, limit: 10).map(\.contactId), [chat.id!])
        XCTAssertThrowsError(try database.optOutOfSatisfaction(customerId: 9999, by: nil, at: at(0)))
    }

    func testAnswersAreValidatedAndCountedPerAgentCodeAndChannel() throws {
        let database = try makeStore()
        _ = try database.addAgent(Agent(name: "ana", createdAt: t0))
        _ = try database.addAgent(Agent(name: "bo", createdAt: t0))
        let a1 = try handled(database, .phone, by: "ana", n: 1, end: at(100), codes: ["payment"], policy: .standard)
        let a2 = try handled(database, .chat, by: "ana", n: 2, end: at(200), codes: ["payment", "shipping-fees"], policy: .standard)
        let b1 = try handled(database, .chat, by: "bo", n: 3, end: at(300), codes: ["after-sales"], policy: .standard)
        let b2 = try handled(database, .email, by: "bo", n: 4, end: at(400), codes: ["after-sales"], policy: .standard)
        let waiting = try database.enqueue(channel: .chat, from: "+86 131 2000 0009", name: nil, text: "在吗", at: at(500))

        XCTAssertThrowsError(try database.recordSatisfaction(contactId: a1.id!, score: 6, comment: "", by: nil, at: at(1000)))
        XCTAssertThrowsError(try database.recordSatisfaction(contactId: a1.id!, score: 0, comment: "", by: nil, at: at(1000)))
        XCTAssertThrowsError(try database.recordSatisfaction(contactId: waiting.id!, score: 5, comment: "", by: nil, at: at(1000))) {
            XCTAssertTrue("\($0)".contains("has not ended"), "\($0)")
        }
        XCTAssertThrowsError(try database.recordSatisfaction(contactId: 9999, score: 5, comment: "", by: nil, at: at(1000)))
        XCTAssertEqual(try database.satisfactionFigures(from: t0, to: at(86400)).overall.answers, 0, "nothing written by a refusal")

        try database.recordSatisfaction(contactId: a1.id!, score: 2, comment: "slow", by: nil, at: at(1000))
        try database.recordSatisfaction(contactId: a1.id!, score: 5, comment: "solved after all", by: nil, at: at(1100))   // replaces
        try database.recordSatisfaction(contactId: a2.id!, score: 3, comment: "", by: nil, at: at(1200))
        try database.recordSatisfaction(contactId: b1.id!, score: 4, comment: "", by: nil, at: at(1300))
        try database.recordSatisfaction(contactId: b2.id!, score: 1, comment: "\u{1B}[31mbad", by: nil, at: at(90000))   // another day

        let day = try database.satisfactionFigures(from: t0, to: at(86400))
        // Hand-counted: 5, 3, 4 → two of three are 4-5; average 4.
        XCTAssertEqual(day.overall, SatisfactionTally(answers: 3, satisfied: 2, scoreSum: 12))
        XCTAssertEqual(day.byAgent["ana"], SatisfactionTally(answers: 2, satisfied: 1, scoreSum: 8))
        XCTAssertEqual(day.byAgent["bo"], SatisfactionTally(answers: 1, satisfied: 1, scoreSum: 4))
        XCTAssertEqual(day.byCode["payment"], SatisfactionTally(answers: 2, satisfied: 1, scoreSum: 8))
        XCTAssertEqual(day.byCode["shipping-fees"], SatisfactionTally(answers: 1, satisfied: 0, scoreSum: 3))
        XCTAssertEqual(day.byCode["after-sales"], SatisfactionTally(answers: 1, satisfied: 1, scoreSum: 4))
        XCTAssertEqual(day.byChannel[.phone], SatisfactionTally(answers: 1, satisfied: 1, scoreSum: 5))
        XCTAssertEqual(day.byChannel[.chat], SatisfactionTally(answers: 2, satisfied: 1, scoreSum: 7))
        XCTAssertNil(day.byChannel[.email])
        XCTAssertEqual(try database.satisfactionFigures(from: at(86400), to: at(2 * 86400)).overall.answers, 1)
        XCTAssertTrue(try database.events(contactId: a1.id!).contains { $0.kind == .satisfactionAnswered && $0.detail == "score=5" })

        // The day's report carries the same answers: per agent, and per channel and code for the team.
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let report = try database.report(.custom, from: t0, to: at(86400), now: at(86400), policy: .standard, calendar: utc)
        XCTAssertEqual(report.agents.first { $0.name == "ana" }?.satisfaction, Satisfaction(average: 4, count: 2, csatPercent: 50))
        XCTAssertEqual(report.agents.first { $0.name == "bo" }?.satisfaction, Satisfaction(average: 4, count: 1, csatPercent: 100))
        XCTAssertEqual(report.satisfactionByChannel[.chat], Satisfaction(average: 3.5, count: 2, csatPercent: 50))
        XCTAssertEqual(report.satisfactionByCode["payment"], Satisfaction(average: 4, count: 2, csatPercent: 50))
        let narrowed = try database.report(.custom, from: t0, to: at(86400), now: at(86400), policy: .standard, calendar: utc,
                                           scope: .init(agent: "bo"))
        XCTAssertEqual(narrowed.agents.map(\.satisfaction), [Satisfaction(average: 4, count: 1, csatPercent: 100)])
        XCTAssertEqual(narrowed.satisfactionByChannel, [:], "not split by agent: left out of a narrowed report")
    }
}
