import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class RoutingStoreTests: StoreContractCase {
    let rules = AgentStateRules.standard

    /// Agents logged in one after the other, `gap` seconds apart: the first is idle longest.
    func loggedIn(_ names: [String], _ database: any FrontlineStores, gap: TimeInterval = 10) throws {
        for (index, name) in names.enumerated() {
            try database.addAgent(Agent(name: name, createdAt: t0))
            try database.changeState(of: name, .logIn, at: at(Double(index) * gap))
        }
    }

    func call(_ database: any FrontlineStores, at seconds: TimeInterval) throws -> Int64 {
        try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 \(1000 + Int(seconds))", name: nil, text: nil, at: at(seconds)).id)
    }

    func kinds(_ database: any FrontlineStores, _ id: Int64) throws -> [String] {
        try database.events(contactId: id).map { "\($0.kind.rawValue) \($0.agent ?? "")" }
    }

    func testACallRingsTheIdlestAgentWhoAcceptsIt() throws {
        let database = try makeStore()
        try loggedIn(["ana", "bo"], database)
        let id = try call(database, at: 100)
        let pass = try database.route(rules: rules, policy: policy, at: at(101))
        XCTAssertEqual(pass.decisions, [.offer(contactId: id, agent: "ana")])
        XCTAssertEqual(pass.nextDeadline, at(116), "the offer expires after the offer time")
        XCTAssertEqual(try database.openOffer(agent: "ana")?.contactId, id)
        XCTAssertNil(try database.openOffer(agent: "bo"))
        XCTAssertFalse(try database.route(rules: rules, policy: policy, at: at(102)).hasWork, "a ringing call rings nobody else")

        let taken = try XCTUnwrap(database.acceptOffer(contactId: id, agent: "ana", policy: policy, at: at(105)))
        XCTAssertEqual(taken.agent, "ana")
        XCTAssertNil(try database.openOffer(agent: "ana"))
        XCTAssertEqual(try kinds(database, id), ["queued ", "offered ana", "taken ana", "accepted ana"])
    }

    func testAMissedCallRingsTheNextAgentAndTheFirstIsSetAwayByRouting() throws {
        let database = try makeStore()
        try loggedIn(["ana", "bo"], database)
        let id = try call(database, at: 100)
        _ = try database.route(rules: rules, policy: policy, at: at(101))
        XCTAssertNil(try database.acceptOffer(contactId: id, agent: "ana", policy: policy, at: at(116)), "too late")

        let pass = try database.route(rules: rules, policy: policy, at: at(116))
        XCTAssertEqual(pass.missed, [MissedOffer(contactId: id, agent: "ana")])
        XCTAssertEqual(pass.decisions, [.offer(contactId: id, agent: "bo")])
        let ana = try XCTUnwrap(database.agent(named: "ana"))
        XCTAssertEqual(ana.presence, .away)
        XCTAssertEqual(ana.awayReason, .missedOffer)
        XCTAssertEqual(try database.stateLog(agent: "ana", from: at(100), to: at(200)).map(\.byAgent), ["routing"])
        XCTAssertNotNil(try database.acceptOffer(contactId: id, agent: "bo", policy: policy, at: at(120)))
        XCTAssertEqual(try kinds(database, id), ["queued ", "offered ana", "missed ana", "offered bo", "taken bo", "accepted bo"])
    }

    func testTakingWithNSettlesTheOfferAndADeclineRingsTheNextAgent() throws {
        let database = try makeStore()
        try loggedIn(["ana", "bo", "cy"], database)
        let first = try call(database, at: 100), second = try call(database, at: 101)
        _ = try database.route(rules: rules, policy: policy, at: at(102))
        XCTAssertEqual(try database.openOffer(agent: "ana")?.contactId, first)
        XCTAssertEqual(try database.openOffer(agent: "bo")?.contactId, second)
        // cy takes the call ringing ana: ana's offer is withdrawn, and nothing else rings her yet.
        XCTAssertEqual(try database.take(contactId: first, agent: "cy", policy: policy, at: at(103))?.agent, "cy")
        XCTAssertNil(try database.openOffer(agent: "ana"))
        try database.declineOffer(contactId: second, agent: "bo", at: at(104))
        let pass = try database.route(rules: rules, policy: policy, at: at(104))
        XCTAssertEqual(pass.decisions, [.offer(contactId: second, agent: "ana")], "bo declined it; cy is on the phone")
        XCTAssertEqual(try database.agent(named: "bo")?.presence, .available, "declining is not missing")
        // ana takes a chat with n while the call rings her: the ring stops, and she is never set away for it.
        let chat = try XCTUnwrap(database.enqueue(channel: .chat, from: "+1 555 0100", name: "Jo", text: "hi", at: at(105)).id)
        XCTAssertNotNil(try database.take(contactId: chat, agent: "ana", policy: policy, at: at(106)))
        XCTAssertNil(try database.openOffer(agent: "ana"))
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(200)).missed, [])
        XCTAssertEqual(try database.agent(named: "ana")?.presence, .available)
    }

    /// A chat waited unassigned for as long as a call rang the one agent with room for it.
    func testAChatIsAssignedWhileACallRingsTheAgentAndTheRingGoesOn() throws {
        let database = try makeStore()
        try loggedIn(["ana"], database)
        let id = try call(database, at: 100)
        let chat = try XCTUnwrap(database.enqueue(channel: .chat, from: "+1 555 0100", name: "Jo", text: "hi", at: at(100)).id)
        let pass = try database.route(rules: rules, policy: policy, at: at(101))
        XCTAssertEqual(pass.decisions, [.offer(contactId: id, agent: "ana"), .assign(contactId: chat, agent: "ana")])
        XCTAssertEqual(try database.contact(id: chat)?.agent, "ana")
        XCTAssertEqual(try database.openOffer(agent: "ana")?.contactId, id, "the chat does not silence the ring")
        XCTAssertNotNil(try database.acceptOffer(contactId: id, agent: "ana", policy: policy, at: at(105)))
        // A chat arriving while the call rings is hers at the next pass too.
        try loggedIn(["bo"], database)
        _ = try database.route(rules: rules, policy: policy, at: at(106))
        let second = try call(database, at: 107)
        _ = try database.route(rules: rules, policy: policy, at: at(108))
        XCTAssertEqual(try database.openOffer(agent: "bo")?.contactId, second)
        let later = try XCTUnwrap(database.enqueue(channel: .chat, from: "+1 555 0101", name: "Al", text: "hi", at: at(109)).id)
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(110)).decisions, [.assign(contactId: later, agent: "bo")])
        XCTAssertEqual(try database.openOffer(agent: "bo")?.contactId, second)
    }

    func testACallTheOnlyFreeAgentDeclinedRingsThemAgainAfterTheOfferTimeInsteadOfParking() throws {
        let database = try makeStore()
        try loggedIn(["ana"], database)
        let id = try call(database, at: 100)
        _ = try database.route(rules: rules, policy: policy, at: at(101))
        try database.declineOffer(contactId: id, agent: "ana", at: at(103))
        let right = try database.route(rules: rules, policy: policy, at: at(103))
        XCTAssertEqual(right.decisions, [], "not straight back to the agent who let it go")
        XCTAssertEqual(right.nextDeadline, at(118), "the router wakes when the call may ring round again")
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(118)).decisions, [.offer(contactId: id, agent: "ana")])
    }

    func testNothingRingsWhileRoutingIsOffOrAnAgentIsAwayOrWrappingUp() throws {
        let database = try makeStore()
        try loggedIn(["ana", "bo"], database)
        try database.changeState(of: "ana", .goAway(.lunch), at: at(50))
        let chat = try XCTUnwrap(database.enqueue(channel: .chat, from: "+1 555 0100", name: "Jo", text: "hi", at: at(60)).id)
        _ = try XCTUnwrap(database.take(contactId: chat, agent: "bo", policy: policy, at: at(61)))
        _ = try database.wrapUp(contactId: chat, agent: "bo", at: at(70))
        _ = try call(database, at: 80)
        XCTAssertFalse(try database.route(rules: rules, policy: policy, at: at(90)).hasWork)
        var off = rules
        off.routingEnabled = false
        XCTAssertFalse(try database.route(rules: off, policy: policy, at: at(90)).hasWork)
        // Wrap-up runs out at 100: routing settles it and rings bo in the same pass.
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(100)).decisions.count, 1)
        XCTAssertNotNil(try database.openOffer(agent: "bo"))
    }

    func testAChatGoesStraightToTheAgentWhoSpeaksTheCustomersLanguage() throws {
        let database = try makeStore()
        try loggedIn(["ana", "min"], database)
        try database.updateAgent(named: "min", languages: [.ko], at: t0)
        let chat = try XCTUnwrap(database.enqueue(channel: .chat, from: "+82 10 0000 0002", name: "김민준", text: "안녕하세요", at: at(100)).id)
        let pass = try database.route(rules: rules, policy: policy, at: at(101))
        XCTAssertEqual(pass.decisions, [.assign(contactId: chat, agent: "min")])
        XCTAssertEqual(try database.contact(id: chat)?.agent, "min")
        XCTAssertEqual(try kinds(database, chat), ["queued ", "assigned min", "taken min"])
    }
}
