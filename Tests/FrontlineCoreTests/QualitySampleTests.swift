import XCTest
@testable import FrontlineCore

/// The quality sample: a share of each agent's contacts, rounded up, the same for the same seed.
final class QualitySampleTests: XCTestCase {
    private func candidates(_ counts: [String: Int]) -> [QualitySample.Candidate] {
        var id: Int64 = 0
        var list: [QualitySample.Candidate] = []
        for (agent, count) in counts.sorted(by: { $0.key < $1.key }) {
            for _ in 0..<count {
                id += 1
                list.append(.init(contactId: id, agent: agent))
            }
        }
        return list
    }

    func testTheSizeIsTheShareRoundedUpSoEveryAgentWithWorkGetsOne() {
        XCTAssertEqual(QualitySample.size(of: 10, percent: 20), 2, "exactly 20% is not rounded up to 3")
        XCTAssertEqual(QualitySample.size(of: 11, percent: 20), 3)
        XCTAssertEqual(QualitySample.size(of: 1, percent: 20), 1)
        XCTAssertEqual(QualitySample.size(of: 4, percent: 1), 1)
        XCTAssertEqual(QualitySample.size(of: 0, percent: 20), 0)
        XCTAssertEqual(QualitySample.size(of: 7, percent: 100), 7)
        XCTAssertEqual(QualitySample.size(of: 3, percent: 150), 3, "never more than there are")
    }

    func testEachAgentIsSampledApartFromTheirOwnContacts() {
        let pool = candidates(["ana": 50, "bo": 7, "chen": 1])
        let drawn = QualitySample.draw(pool, percent: 20, seed: 42)
        XCTAssertEqual(drawn["ana"]?.count, 10)
        XCTAssertEqual(drawn["bo"]?.count, 2)
        XCTAssertEqual(drawn["chen"]?.count, 1)
        for (agent, ids) in drawn {
            let own = Set(pool.filter { $0.agent == agent }.map(\.contactId))
            XCTAssertTrue(Set(ids).isSubset(of: own), "\(agent) is checked on their own contacts only")
            XCTAssertEqual(Set(ids).count, ids.count, "no contact twice")
            XCTAssertEqual(ids, ids.sorted())
        }
    }

    func testTheSameSeedDrawsTheSameSampleInAnyOrderAndAnotherSeedAnother() {
        let pool = candidates(["ana": 200, "bo": 120])
        let first = QualitySample.draw(pool, percent: 20, seed: 7)
        XCTAssertEqual(QualitySample.draw(pool.reversed(), percent: 20, seed: 7), first)
        XCTAssertEqual(QualitySample.draw(pool.shuffled(), percent: 20, seed: 7), first)
        XCTAssertNotEqual(QualitySample.draw(pool, percent: 20, seed: 8), first)
    }

    func testEveryContactIsAboutEquallyLikelyToBeDrawn() {
        // 5 of 10 drawn, 2000 seeds: each contact is drawn about 1000 times (a biased shuffle is far off).
        let pool = candidates(["ana": 10])
        var hits = [Int64: Int]()
        for seed in 0..<2000 { for id in QualitySample.draw(pool, percent: 50, seed: UInt64(seed))["ana"]! { hits[id, default: 0] += 1 } }
        XCTAssertEqual(hits.count, 10)
        for (id, count) in hits { XCTAssertTrue((880...1120).contains(count), "contact \(id): \(count)") }
    }
}

/// The scorecard's total and what it refuses; who may review, dispute and settle.
final class QualityReviewRuleTests: XCTestCase {
    private let card = Scorecard.shipped
    private let full = ["greeting": 10, "polite-words": 20, "no-forbidden-wording": 20, "answered": 30, "promise-kept": 10, "closing": 10]

    func testTheShippedCardIsTheManualsChecksOutOfAHundred() {
        XCTAssertEqual(card.criteria.map(\.id), ["greeting", "polite-words", "no-forbidden-wording", "answered", "promise-kept", "closing"])
        XCTAssertEqual(card.maximum, 100)
        XCTAssertEqual(try card.total(full).get(), 100)
        var some = full
        some["answered"] = 15
        some["closing"] = 0
        XCTAssertEqual(try card.total(some).get(), 75)
    }

    func testScoresOutsideTheCardAreRefusedSayingWhatToGive() {
        var missing = full
        missing["closing"] = nil
        XCTAssertEqual(card.total(missing), .failure(.missing("closing")))
        var over = full
        over["greeting"] = 11
        XCTAssertEqual(card.total(over), .failure(.outOfRange("greeting", given: 11, most: 10)))
        var unknown = full
        unknown["smile"] = 1
        guard case .failure(.unknownCriterion("smile", _)) = card.total(unknown) else { return XCTFail("an unknown criterion is refused") }
        XCTAssertTrue(ScoreProblem.outOfRange("greeting", given: 11, most: 10).description.contains("give 0 to 10"))
    }

    private func review(_ state: QualityReviewState, reviewer: String? = nil) -> QualityReview {
        QualityReview(id: 1, contactId: 9, agent: "ana", channel: .chat, endedAt: Date(timeIntervalSince1970: 0),
                      periodStart: Date(timeIntervalSince1970: 0), periodEnd: Date(timeIntervalSince1970: 1), seed: 1, state: state,
                      sampledBy: "sue", sampledAt: Date(timeIntervalSince1970: 2), reviewer: reviewer)
    }

    private let sue = Agent(name: "sue", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0))
    private let tom = Agent(name: "tom", role: .supervisor, createdAt: Date(timeIntervalSince1970: 0))
    private let ana = Agent(name: "ana", createdAt: Date(timeIntervalSince1970: 0))
    private let bo = Agent(name: "bo", createdAt: Date(timeIntervalSince1970: 0))

    func testASupervisorReviewsTheAgentDisputesAnotherSupervisorSettles() {
        XCTAssertNil(QualityReviewRules.whyNotReview(review(.open), by: sue))
        XCTAssertNotNil(QualityReviewRules.whyNotReview(review(.open), by: ana), "an agent does not score")
        XCTAssertNotNil(QualityReviewRules.whyNotReview(review(.reviewed, reviewer: "sue"), by: tom), "scored once")

        XCTAssertNil(QualityReviewRules.whyNotDispute(review(.reviewed, reviewer: "sue"), by: ana))
        XCTAssertNotNil(QualityReviewRules.whyNotDispute(review(.reviewed, reviewer: "sue"), by: bo), "only the contact's agent")
        XCTAssertNotNil(QualityReviewRules.whyNotDispute(review(.open), by: ana), "nothing to dispute yet")
        XCTAssertNotNil(QualityReviewRules.whyNotDispute(review(.settled, reviewer: "sue"), by: ana), "disputed once")

        XCTAssertNil(QualityReviewRules.whyNotSettle(review(.disputed, reviewer: "sue"), by: tom))
        let same = QualityReviewRules.whyNotSettle(review(.disputed, reviewer: "sue"), by: sue)
        XCTAssertTrue(same?.contains("other than the reviewer") ?? false, same ?? "nil")
        XCTAssertNotNil(QualityReviewRules.whyNotSettle(review(.disputed, reviewer: "sue"), by: ana), "an agent does not settle")
        XCTAssertNotNil(QualityReviewRules.whyNotSettle(review(.reviewed, reviewer: "sue"), by: tom), "only a disputed review")
    }

    func testTheFinalScoreIsTheSettledOneWhenChangedAndNoneWhileDisputed() {
        var item = review(.reviewed, reviewer: "sue")
        item.totalPercent = 60
        XCTAssertEqual(item.finalPercent, 60)
        item.state = .disputed
        XCTAssertNil(item.finalPercent)
        item.state = .settled
        XCTAssertEqual(item.finalPercent, 60, "kept")
        item.settledPercent = 80
        XCTAssertEqual(item.finalPercent, 80)
    }
}

/// CSAT as Zendesk counts it, on a hand-counted set of answers.
final class SatisfactionFiguresTests: XCTestCase {
    func testCSATIsTheShareOfFourAndFiveAnswersPerAgentCodeAndChannel() {
        let t = Date(timeIntervalSince1970: 0)
        let figures = SatisfactionFigures([
            SatisfactionAnswer(contactId: 1, score: 5, agent: "ana", channel: .phone, codes: ["payment"], at: t),
            SatisfactionAnswer(contactId: 2, score: 4, agent: "ana", channel: .chat, codes: ["payment", "shipping-fees"], at: t),
            SatisfactionAnswer(contactId: 3, score: 3, agent: "ana", channel: .chat, codes: [], at: t),
            SatisfactionAnswer(contactId: 4, score: 1, agent: "bo", channel: .phone, codes: ["after-sales"], at: t),
            SatisfactionAnswer(contactId: 5, score: 5, agent: "bo", channel: .email, codes: ["payment"], at: t),
        ])
        // Hand-counted: 3 of 5 answers are 4-5 → 60%; scores 5+4+3+1+5 = 18 → 3.6.
        XCTAssertEqual(figures.overall, SatisfactionTally(answers: 5, satisfied: 3, scoreSum: 18))
        XCTAssertEqual(figures.overall.csatPercent, 60)
        XCTAssertEqual(figures.overall.average, 3.6)
        XCTAssertEqual(figures.byAgent["ana"]?.csatPercent ?? 0, 200.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(figures.byAgent["bo"]?.csatPercent, 50)
        XCTAssertEqual(figures.byCode["payment"], SatisfactionTally(answers: 3, satisfied: 3, scoreSum: 14))
        XCTAssertEqual(figures.byCode["shipping-fees"]?.answers, 1)
        XCTAssertEqual(figures.byCode[SatisfactionFigures.noCode]?.answers, 1)
        XCTAssertEqual(figures.byChannel[.phone], SatisfactionTally(answers: 2, satisfied: 1, scoreSum: 6))
        XCTAssertEqual(figures.byChannel[.chat]?.csatPercent, 50)
        XCTAssertNil(SatisfactionTally().csatPercent, "no answers, no figure")
    }

    func testASurveyIsDueOnlyWhenOnForTheChannelAndNotForOptOutsOrFollowUpCalls() {
        let end = Date(timeIntervalSince1970: 1000)
        var rules = SatisfactionRules(enabled: true, channels: [.phone, .chat], delay: 600)
        let chat = Contact(channel: .chat, customerId: 1, address: "c", queuedAt: end)
        XCTAssertEqual(rules.requestTime(for: chat, endedAt: end, optedOut: false), end.addingTimeInterval(600))
        XCTAssertNil(rules.requestTime(for: chat, endedAt: end, optedOut: true))
        XCTAssertNil(rules.requestTime(for: Contact(channel: .email, customerId: 1, address: "e", queuedAt: end), endedAt: end, optedOut: false))
        rules.channels.insert(.callback)
        for purpose in ContactPurpose.allCases where purpose.isFollowUp {
            let call = Contact(channel: .callback, customerId: 1, address: "p", queuedAt: end, purpose: purpose)
            XCTAssertNil(rules.requestTime(for: call, endedAt: end, optedOut: false), "\(purpose)")
        }
        rules.enabled = false
        XCTAssertNil(rules.requestTime(for: chat, endedAt: end, optedOut: false))
        XCTAssertFalse(SatisfactionRules.standard.enabled, "off unless the team turns it on")
    }
}
