import Foundation
import XCTest
@testable import FrontlineCore

/// Rules the store used to keep in SQL: when a wrap-up is over, when an agent counts as idle,
/// and what becomes of a call ringing an agent.
final class WrapUpAndOfferRuleTests: XCTestCase {
    let rules = AgentStateRules.standard

    func wrappingUp() throws -> Agent {
        let mina = Agent(name: "mina", createdAt: testEpoch)
        let available = try XCTUnwrap(mina.applying(.logIn, by: mina, rules: rules, at: testEpoch))
        return try XCTUnwrap(available.applying(.beginWrapUp, by: available, rules: rules, at: testEpoch + 10))
    }

    func testAWrapUpThatRanOutEndsWhenItRanOutNotWhenNoticed() throws {
        let mina = try wrappingUp()
        let until = try XCTUnwrap(mina.wrapUpUntil)
        XCTAssertNil(mina.settlingWrapUp(at: until - 1), "still running")
        let ended = try XCTUnwrap(mina.settlingWrapUp(at: until + 300))
        XCTAssertEqual(ended.presence, .available)
        XCTAssertEqual(ended.stateSince, until)
        XCTAssertEqual(ended.idleSince, until)
        XCTAssertNil(ended.wrapUpUntil)
        XCTAssertNil(ended.settlingWrapUp(at: until + 600), "nothing left to settle")
    }

    func testOnlyAnAvailableAgentBecomesIdleWhenAContactEnds() throws {
        let mina = try wrappingUp()
        XCTAssertNil(mina.idleAfterContact(at: testEpoch + 20), "wrap-up is not idle")
        let available = try XCTUnwrap(mina.settlingWrapUp(at: testEpoch + 10_000))
        XCTAssertEqual(available.idleAfterContact(at: testEpoch + 20_000)?.idleSince, testEpoch + 20_000)
    }

    func testAnOfferRingsUntilItExpiresUnlessItsContactOrAgentIsGone() {
        let offer = OpenOffer(id: 1, contactId: 7, agent: "mina", expiresAt: testEpoch + 15, contactState: .waiting, agentPresence: .available)
        XCTAssertEqual(offer.fate(at: testEpoch + 14), .rings)
        XCTAssertEqual(offer.fate(at: testEpoch + 15), .missed)
        var wrapping = offer
        wrapping.agentPresence = .wrapUp
        XCTAssertEqual(wrapping.fate(at: testEpoch), .rings, "an agent wrapping up may still be rung")
        for presence in [AgentPresence.away, .offline] {
            var left = offer
            left.agentPresence = presence
            XCTAssertEqual(left.fate(at: testEpoch + 20), .orphaned, "\(presence): closed, not missed")
        }
        for state in [ContactState.active, .ended, .abandoned] {
            var taken = offer
            taken.contactState = state
            XCTAssertEqual(taken.fate(at: testEpoch), .orphaned, "\(state)")
        }
    }
}
