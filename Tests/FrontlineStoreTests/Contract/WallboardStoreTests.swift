import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The supervisor's reassignment, and what the wallboard reads, on a real file.
final class ReassignTests: StoreContractCase {
    private var database: (any FrontlineStores)!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeStore()
        try database.addAgent(Agent(name: "sun", role: .supervisor, createdAt: t0))
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.addAgent(Agent(name: "jun", createdAt: t0))
        try database.addAgent(Agent(name: "park", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        try database.changeState(of: "jun", .logIn, at: at(0))
    }

    func testAWaitingChatGoesToTheAgentWhoThenHoldsIt() throws {
        let chat = try database.enqueue(channel: .chat, from: "+82 10 0000 0001", name: "김민준", text: "안녕하세요", at: at(10))
        let id = try XCTUnwrap(chat.id)
        let moved = try database.reassign(contactId: id, to: "mina", by: "sun", at: at(40))
        XCTAssertEqual(moved.state, .active)
        XCTAssertEqual(moved.agent, "mina")
        let stored = try XCTUnwrap(database.contact(id: id))
        XCTAssertEqual(stored.takenAt, at(40))
        XCTAssertEqual(stored.awaitingReplySince, at(10), "the customer still waits for a reply; mina's timer runs on")
        XCTAssertEqual(try database.queue(agent: "mina").first { $0.contact.id == id }?.contact.agent, "mina", "mina's console lists it as hers")
        let events = try database.events(contactId: id).map { "\($0.kind.rawValue) \($0.agent ?? "") \($0.detail ?? "")" }
        XCTAssertEqual(events.suffix(2), ["taken mina ", "reassigned sun mina"])
    }

    func testAnActiveContactMovesFromOneAgentToAnother() throws {
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "王小明", text: nil, at: at(10))
        let id = try XCTUnwrap(call.id)
        _ = try database.take(contactId: id, agent: "mina", policy: policy, at: at(20))
        try database.reassign(contactId: id, to: "jun", by: "sun", at: at(60))
        let stored = try XCTUnwrap(database.contact(id: id))
        XCTAssertEqual(stored.agent, "jun")
        XCTAssertEqual(stored.takenAt, at(20), "the call was answered when mina picked up")
        XCTAssertEqual(try database.roster().first { $0.agent.name == "jun" }?.heldCount, 1)
        XCTAssertEqual(try database.roster().first { $0.agent.name == "mina" }?.heldCount, 0)
        assertThrows(.alreadyHeld(contactId: id, agent: "jun")) { try database.reassign(contactId: id, to: "jun", by: "sun", at: at(70)) }
    }

    func testALateCallReassignedRecordsItsMissAndTheFiguresStillAgreeWithTheLog() throws {
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0002", name: nil, text: nil, at: at(0))
        let id = try XCTUnwrap(call.id)
        try database.reassign(contactId: id, to: "mina", by: "sun", at: at(200))
        XCTAssertEqual(try database.breaches(contactId: id).map(\.agent), ["mina"])
        let live = try database.serviceLevels(policy: policy, from: at(-10), to: at(1000))
        XCTAssertEqual(live[.phone]?.answered, 1)
        XCTAssertEqual(live, try database.serviceLevelsFromEventLog(policy: policy, from: at(-10), to: at(1000)))
    }

    func testOnlyASupervisorMayReassignAndNeverToAnOfflineAgent() throws {
        let chat = try database.enqueue(channel: .chat, from: "+82 10 0000 0003", name: "박지훈", text: "?", at: at(10))
        let id = try XCTUnwrap(chat.id)
        assertThrows(.agentState(.notSupervisor(actor: "mina", role: .agent, target: "jun"))) {
            try database.reassign(contactId: id, to: "jun", by: "mina", at: at(20))
        }
        assertThrows(.agentState(.offline("park"))) {
            try database.reassign(contactId: id, to: "park", by: "sun", at: at(20))
        }
        assertThrows(.noSuchAgent("nobody")) { try database.reassign(contactId: id, to: "nobody", by: "sun", at: at(20)) }
        assertThrows(.noSuchContact(999)) { try database.reassign(contactId: 999, to: "mina", by: "sun", at: at(20)) }
        XCTAssertEqual(try database.contact(id: id)?.state, .waiting, "a refused reassignment changes nothing")
        XCTAssertEqual(try database.events(contactId: id).map(\.kind), [.queued])

        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0004", name: nil, text: nil, at: at(10))
        _ = try database.abandon(contactId: XCTUnwrap(call.id), policy: policy, at: at(30))
        assertThrows(.contactEnded(try XCTUnwrap(call.id))) { try database.reassign(contactId: call.id!, to: "mina", by: "sun", at: at(40)) }
    }
}

final class WallboardReadTests: StoreContractCase {

    func testTheWallboardReadsTodaysContactsEventsBreachesAndOpenComplaints() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(-90000))
        // Yesterday: one call ended, one chat still open.
        let old = try database.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "旧", text: nil, at: at(-90000))
        _ = try database.take(contactId: XCTUnwrap(old.id), agent: "mina", policy: policy, at: at(-89990))
        _ = try database.wrapUp(contactId: XCTUnwrap(old.id), agent: "mina", at: at(-89900))
        let openChat = try database.enqueue(channel: .chat, from: "+82 10 0000 0002", name: "김민준", text: "?", at: at(-80000))
        // Today: a late call.
        let late = try database.enqueue(channel: .phone, from: "+86 130 0000 0003", name: "王小明", text: nil, at: at(0))
        _ = try database.take(contactId: XCTUnwrap(late.id), agent: "mina", policy: policy, at: at(200))

        let input = try database.wallboardInput(from: at(-3600), to: at(82800))
        XCTAssertEqual(Set(input.contacts.compactMap(\.id)), [openChat.id!, late.id!], "yesterday's ended call is not read")
        XCTAssertEqual(input.customerNames[late.customerId], "王小明")
        XCTAssertEqual(input.events.map(\.kind), [.queued, .taken])
        XCTAssertEqual(input.events.first?.channel, .phone)
        XCTAssertEqual(input.breachAgents, ["mina"])
        XCTAssertEqual(input.agents.map(\.name), ["mina"])
    }

    func testTheWallboardShowsWhichAgentAWaitingCallRings() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        let call = try XCTUnwrap(database.enqueue(channel: .phone, from: "+86 130 0000 0009", name: nil, text: nil, at: at(10)).id)
        _ = try database.route(rules: .standard, policy: policy, at: at(11))
        let input = try database.wallboardInput(from: at(-3600), to: at(82800))
        XCTAssertEqual(input.ringing, [call: "mina"])
        let figures = WallboardFigures(input, policy: policy, rules: .standard, today: (at(-3600), at(82800)), now: at(12))
        XCTAssertEqual(figures.queue.first?.ringing, "mina")
    }
}
