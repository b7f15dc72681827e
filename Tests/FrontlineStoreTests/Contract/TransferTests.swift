import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Transfers and escalations through the store: who gets the contact, what the log says, that
/// no deadline moves, and that a group's contact goes to its members before anyone else.
final class TransferTests: StoreContractCase {
    let rules = AgentStateRules.standard

    func loggedIn(_ agents: [Agent], _ database: any FrontlineStores) throws {
        for (index, agent) in agents.enumerated() {
            try database.addAgent(agent)
            try database.changeState(of: agent.name, .logIn, at: at(Double(index)))
        }
    }

    func testATransferToAColleagueHandsOverTheMatterAndKeepsTheReplyDeadline() throws {
        let database = try makeStore()
        try loggedIn([Agent(name: "mina", createdAt: t0), Agent(name: "jun", createdAt: t0)], database)
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "where is my parcel?", at: at(10))
        _ = try database.take(contactId: chat.id!, agent: "mina", policy: policy, at: at(20))
        let deadline = policy.status(of: try XCTUnwrap(database.contact(id: chat.id!)), at: at(30))?.deadline
        let moved = try database.transfer(contactId: chat.id!, by: "mina", to: .agent("jun"), note: "needs the warehouse's answer", policy: policy, at: at(30))
        XCTAssertEqual(moved.agent, "jun")
        XCTAssertEqual(moved.owner, "jun")
        XCTAssertEqual(moved.handoverNote, "needs the warehouse's answer")
        XCTAssertEqual(moved.handoverFrom, "mina")
        let stored = try XCTUnwrap(database.contact(id: chat.id!))
        XCTAssertEqual(stored, moved)
        XCTAssertEqual(policy.status(of: stored, at: at(40))?.deadline, deadline, "the customer's reply timer runs on")
        let event = try XCTUnwrap(database.events(contactId: chat.id!).last)
        XCTAssertEqual([event.kind.rawValue, event.agent, event.detail], ["transferred", "mina", "to jun: needs the warehouse's answer"])
        assertThrows(.notYours(contactId: chat.id!, holder: "jun")) {
            try database.transfer(contactId: chat.id!, by: "mina", to: .agent("jun"), note: "again", policy: policy, at: at(50))
        }
        assertThrows(.noSuchAgent("nobody")) {
            try database.transfer(contactId: chat.id!, by: "jun", to: .agent("nobody"), note: "x", policy: policy, at: at(50))
        }
        XCTAssertThrowsError(try database.transfer(contactId: chat.id!, by: "jun", to: .agent("mina"), note: "  ", policy: policy, at: at(50)))
    }

    func testATypedReceiverIsAnAgentFirstThenAGroupSomeoneBelongsTo() throws {
        let database = try makeStore()
        _ = try database.addAgent(Agent(name: "ana", createdAt: t0, groups: ["orders"]))
        _ = try database.addAgent(Agent(name: "orders", createdAt: t0, groups: ["complaints"]))
        _ = try database.addAgent(Agent(name: "bo", createdAt: t0, groups: ["complaints"]))
        XCTAssertEqual(try database.transferTarget(named: "ana"), .agent("ana"))
        XCTAssertEqual(try database.transferTarget(named: "orders"), .agent("orders"), "a colleague's login name wins over a group")
        XCTAssertEqual(try database.transferTarget(named: "complaints"), .group("complaints"))
        XCTAssertNil(try database.transferTarget(named: "service"), "a group nobody belongs to would never be worked")
        XCTAssertNil(try database.transferTarget(named: "nobody"))
        XCTAssertNil(try database.transferTarget(named: "Not A Group!"))
    }

    func testACallSentToAGroupRingsOnlyItsMembersUntilTheGroupWaitThenAnyone() throws {
        let database = try makeStore()
        try loggedIn([Agent(name: "ana", createdAt: t0, groups: ["orders"]), Agent(name: "bo", createdAt: t0, groups: ["complaints"]),
                      Agent(name: "cy", createdAt: t0, groups: ["orders"])], database)
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0009", name: "Kim", text: nil, at: at(10))
        _ = try database.take(contactId: call.id!, agent: "cy", policy: policy, at: at(20))
        assertThrows(.noSuchGroup("finance", known: ["complaints", "orders"])) {
            try database.transfer(contactId: call.id!, by: "cy", to: .group("finance"), note: "refund", policy: policy, at: at(30))
        }
        let sent = try database.transfer(contactId: call.id!, by: "cy", to: .group("complaints"), note: "angry about a late refund", policy: policy, at: at(30))
        XCTAssertEqual(sent.state, .waiting)
        XCTAssertNil(sent.owner, "handed over: whoever takes it from the group owns it")
        XCTAssertEqual(sent.queuedAt, at(30), "a call waits anew for pickup")
        assertThrows(.sentElsewhere(contactId: call.id!, audience: .group("complaints", openToAllAt: at(30 + policy.groupWait)))) {
            try database.take(contactId: call.id!, agent: "ana", policy: policy, at: at(31))
        }
        // ana has been idle longest, but only bo is in complaints.
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(31)).decisions, [.offer(contactId: call.id!, agent: "bo")])
        try database.declineOffer(contactId: call.id!, agent: "bo", at: at(32))
        let quiet = try database.route(rules: rules, policy: policy, at: at(33))
        XCTAssertEqual(quiet.decisions, [])
        XCTAssertEqual(quiet.nextDeadline, at(32 + rules.offerSeconds), "bo may be rung again first")
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(30 + policy.groupWait)).decisions,
                       [.offer(contactId: call.id!, agent: "ana")], "after the group wait anyone may have it")
        let taken = try XCTUnwrap(database.acceptOffer(contactId: call.id!, agent: "ana", policy: policy, at: at(31 + policy.groupWait)))
        XCTAssertNil(taken.sentToGroup)
        XCTAssertEqual(taken.owner, "ana")
    }

    func testAnEscalationWaitsForASupervisorAndTheAgentStaysItsOwner() throws {
        let database = try makeStore()
        try loggedIn([Agent(name: "mina", createdAt: t0), Agent(name: "lead", role: .supervisor, createdAt: t0)], database)
        let mail = try database.enqueue(channel: .email, from: "kim@example.com", name: "Kim", text: "third time I write", at: at(10))
        _ = try database.take(contactId: mail.id!, agent: "mina", policy: policy, at: at(20))
        let deadline = policy.status(of: try XCTUnwrap(database.contact(id: mail.id!)), at: at(20))?.deadline
        let escalated = try database.escalate(contactId: mail.id!, by: "mina", note: "wants compensation over my limit", policy: policy, at: at(40))
        XCTAssertEqual(escalated.state, .waiting)
        XCTAssertEqual(escalated.owner, "mina")
        XCTAssertEqual(escalated.escalatedAt, at(40))
        XCTAssertEqual(policy.status(of: escalated, at: at(50))?.deadline, deadline, "the email's first-response deadline stands")
        assertThrows(.sentElsewhere(contactId: mail.id!, audience: .supervisors)) {
            try database.take(contactId: mail.id!, agent: "mina", policy: policy, at: at(41))
        }
        XCTAssertNil(try database.takeNext(agent: "mina", policy: policy, at: at(41)))
        let taken = try XCTUnwrap(database.take(contactId: mail.id!, agent: "lead", policy: policy, at: at(42)))
        XCTAssertEqual(taken.owner, "mina", "the supervisor handles it; the matter stays mina's")
        XCTAssertNil(taken.escalatedAt)
        XCTAssertEqual(try database.events(contactId: mail.id!).map(\.kind).suffix(2), [.escalated, .taken])
    }
}
