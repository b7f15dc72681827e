import Foundation
import XCTest
@testable import FrontlineCore

/// First-question ownership on a fake clock: whom a waiting contact is kept for, how long, and
/// what routing does with it meanwhile and after.
final class OwnerHoldTests: XCTestCase {
    let rules = AgentStateRules.standard

    func available(_ name: String, idleSince: TimeInterval) -> RoutableAgent {
        var agent = Agent(name: name, createdAt: testEpoch)
        agent.presence = .available
        agent.stateSince = testEpoch + idleSince
        agent.idleSince = testEpoch + idleSince
        return RoutableAgent(agent: agent)
    }

    func waiting(_ channel: Channel, owner: String?, queuedAt: TimeInterval = 0) -> Contact {
        Contact(id: 7, channel: channel, customerId: 1, address: "+86 138 0000 0000", queuedAt: testEpoch + queuedAt, owner: owner)
    }

    func testTheOwnerComesBeforeTheAssignedAgentAndNobodyMeansNoHold() {
        var policy = SLAPolicy.standard
        policy.ownerWait = 90
        XCTAssertEqual(policy.ownerHold(on: waiting(.callback, owner: "mina"), assignedAgent: "jun"),
                       OwnerHold(keeper: "mina", until: testEpoch + 90))
        XCTAssertEqual(policy.ownerHold(on: waiting(.phone, owner: nil), assignedAgent: "jun")?.keeper, "jun",
                       "a new contact of an assigned customer is kept for the assigned agent")
        XCTAssertNil(policy.ownerHold(on: waiting(.phone, owner: nil), assignedAgent: nil))
        var held = waiting(.phone, owner: "mina")
        held.state = .active
        XCTAssertNil(policy.ownerHold(on: held, assignedAgent: nil), "only a waiting contact is kept")
        policy.ownerWait = 0
        XCTAssertNil(policy.ownerHold(on: waiting(.callback, owner: "mina"), assignedAgent: nil), "a wait of 0 keeps nothing")
    }

    func testTheHoldKeepsOthersOutUntilItsEndButNeverTheKeeper() {
        let hold = OwnerHold(keeper: "mina", until: testEpoch + 60)
        XCTAssertTrue(hold.keeps(from: "jun", at: testEpoch + 59))
        XCTAssertFalse(hold.keeps(from: "jun", at: testEpoch + 60), "from the hold's end anyone may take it")
        XCTAssertFalse(hold.keeps(from: "mina", at: testEpoch))
    }

    func testACallKeptForItsOwnerRingsOnlyThemThenEveryoneAfterTheWait() {
        let agents = [available("jun", idleSince: 10), available("mina", idleSince: 500)]
        let hold = OwnerHold(keeper: "mina", until: testEpoch + 60)
        let call = RoutableContact(id: 1, channel: .callback, queuedAt: testEpoch, language: .en, hold: hold)
        XCTAssertEqual(Routing.plan(contacts: [call], agents: agents, rules: rules, at: testEpoch + 5),
                       [.offer(contactId: 1, agent: "mina")], "the owner, though jun has been idle longer")
        // The owner is on another call: nobody else gets it until the wait is over, then the idlest does.
        let busy = [agents[0], RoutableAgent(agent: agents[1].agent, heldVoice: 1)]
        XCTAssertEqual(Routing.plan(contacts: [call], agents: busy, rules: rules, at: testEpoch + 59), [])
        XCTAssertEqual(Routing.plan(contacts: [call], agents: busy, rules: rules, at: testEpoch + 60), [.offer(contactId: 1, agent: "jun")])
        // After the wait a free owner still comes first.
        XCTAssertEqual(Routing.plan(contacts: [call], agents: agents, rules: rules, at: testEpoch + 600), [.offer(contactId: 1, agent: "mina")])
    }

    func testAnOwnerWhoLetTheCallGoIsRungAgainOnlyAfterTheOfferTime() {
        let agents = [available("jun", idleSince: 10), available("mina", idleSince: 500)]
        let hold = OwnerHold(keeper: "mina", until: testEpoch + 60)
        let declined = RoutableContact(id: 1, channel: .callback, queuedAt: testEpoch, language: .en, refusedBy: ["mina": testEpoch + 10], hold: hold)
        XCTAssertEqual(Routing.plan(contacts: [declined], agents: agents, rules: rules, at: testEpoch + 12), [], "jun may not have it yet")
        XCTAssertEqual(Routing.plan(contacts: [declined], agents: agents, rules: rules, at: testEpoch + 10 + rules.offerSeconds),
                       [.offer(contactId: 1, agent: "mina")])
    }

    func testAContactSentToAGroupGoesToItsMembersButNotBackToWhoSentItUntilTheWaitIsOver() {
        var ana = available("ana", idleSince: 10).agent, bo = available("bo", idleSince: 20).agent
        (ana.groups, bo.groups) = (["complaints"], ["complaints"])
        var cy = available("cy", idleSince: 1).agent
        cy.groups = ["orders"]
        let outsider = RoutableAgent(agent: cy)
        let sent = RoutableContact(id: 3, channel: .phone, queuedAt: testEpoch, language: .en,
                                   audience: .group("complaints", openToAllAt: testEpoch + 120), passedOnBy: "ana")
        let agents = [RoutableAgent(agent: ana), RoutableAgent(agent: bo), outsider]
        XCTAssertEqual(Routing.plan(contacts: [sent], agents: agents, rules: rules, at: testEpoch + 1), [.offer(contactId: 3, agent: "bo")],
                       "a member, not ana who sent it, nor cy who is idle longest but not in the group")
        XCTAssertEqual(Routing.plan(contacts: [sent], agents: agents, rules: rules, at: testEpoch + 120), [.offer(contactId: 3, agent: "cy")])
        var escalated = sent
        escalated.audience = .supervisors
        var lead = available("lead", idleSince: 30).agent
        lead.role = .supervisor
        XCTAssertEqual(Routing.plan(contacts: [escalated], agents: agents, rules: rules, at: testEpoch + 9999), [], "no supervisor free: it waits")
        XCTAssertEqual(Routing.plan(contacts: [escalated], agents: agents + [RoutableAgent(agent: lead)], rules: rules, at: testEpoch + 1),
                       [.offer(contactId: 3, agent: "lead")])
    }

    func testAChatKeptForTheAssignedAgentWaitsForTheirRoomThenGoesToAnyone() {
        let full = RoutableAgent(agent: available("jun", idleSince: 10).agent, heldWritten: 3)
        let agents = [full, available("mina", idleSince: 500)]
        let chat = RoutableContact(id: 2, channel: .chat, queuedAt: testEpoch, language: .en, hold: OwnerHold(keeper: "jun", until: testEpoch + 60))
        XCTAssertEqual(Routing.plan(contacts: [chat], agents: agents, rules: rules, at: testEpoch + 30), [])
        XCTAssertEqual(Routing.plan(contacts: [chat], agents: agents, rules: rules, at: testEpoch + 61), [.assign(contactId: 2, agent: "mina")])
        let room = [available("jun", idleSince: 900), available("mina", idleSince: 1)]
        XCTAssertEqual(Routing.plan(contacts: [chat], agents: room, rules: rules, at: testEpoch + 30), [.assign(contactId: 2, agent: "jun")])
    }
}
