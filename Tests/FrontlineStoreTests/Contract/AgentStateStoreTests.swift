import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class AgentStateStoreTests: StoreContractCase {
    /// The handover's open items keep their due times: a call-back promised for tomorrow is shown
    /// due tomorrow to whoever logs in next, not in January 1970.
    func testTheHandoverKeepsTheDueTimeOfAPromisedCallBack() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        let chat = try database.enqueue(channel: .chat, from: "+82 10 0000 0001", name: "김민준", text: "안녕하세요", at: at(10))
        _ = try XCTUnwrap(database.take(contactId: XCTUnwrap(chat.id), agent: "mina", policy: policy, at: at(20)))
        let callback = try database.promise(contactId: XCTUnwrap(chat.id), agent: "mina", due: nil, policy: policy, at: at(30))
        try database.changeState(of: "mina", .logOut, handoverNote: "call 김민준 back", at: at(40))

        let handover = try XCTUnwrap(database.latestHandover())
        let item = try XCTUnwrap(handover.openItems.first { $0.kind == .callback })
        XCTAssertEqual(item.due, callback.queuedAt)
        XCTAssertEqual(handover.endedAt, at(40))
        XCTAssertEqual(handover.startedAt, at(0))
    }

    func testEveryChangeIsLoggedAndLoginStartsAShiftThatLogoutEndsWithAHandover() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        XCTAssertEqual(try database.currentShift(agent: "mina")?.startedAt, at(0))
        try database.changeState(of: "mina", .goAway(.break), at: at(60))
        try database.changeState(of: "mina", .becomeAvailable, at: at(600))
        let chat = try database.enqueue(channel: .chat, from: "+82 10 0000 0001", name: "김민준", text: "안녕하세요", at: at(610))
        _ = try XCTUnwrap(database.take(contactId: XCTUnwrap(chat.id), agent: "mina", policy: policy, at: at(620)))
        try database.changeState(of: "mina", .logOut, handoverNote: "김민준 waits for a refund answer", at: at(700))

        let log = try database.stateLog(agent: "mina", from: at(0), to: at(1000))
        XCTAssertEqual(log.map(\.presence), [.available, .away, .available, .offline])
        XCTAssertEqual(log[1].reason, .break)
        XCTAssertEqual(log.map(\.at), [at(0), at(60), at(600), at(700)])
        XCTAssertNil(try database.currentShift(agent: "mina"))
        let handover = try XCTUnwrap(database.latestHandover())
        XCTAssertEqual(handover.handoverNote, "김민준 waits for a refund answer")
        XCTAssertEqual(handover.openItems, [OpenItem(kind: .contact, id: try XCTUnwrap(chat.id), customerName: "김민준", detail: "chat")])
    }

    func testTheHandoverKeepsEachOpenItemsDeadline() throws {
        // The open items are stored as JSON in the shift row; their deadlines must read back as written
        // (they were written as seconds since 2001 and read as milliseconds since 1970: 1970-01-10).
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        let contact = try database.enqueue(channel: .phone, from: "+1 202 555 0100", name: "Sam", text: nil, at: at(10))
        _ = try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                                 severity: .minor, account: "late", wants: "refund", promisedReplyAt: nil,
                                                 agent: "mina", receivedAt: at(20)))
        let open = try database.openItems(agent: "mina", policy: policy)
        let due = try XCTUnwrap(open.first { $0.kind == .complaint }?.due)
        try database.changeState(of: "mina", .logOut, handoverNote: "Sam's complaint", at: at(700))

        let handover = try XCTUnwrap(database.latestHandover())
        XCTAssertEqual(handover.openItems.first { $0.kind == .complaint }?.due, due)
    }

    func testEndingAContactStartsWrapUpThatEndsByItselfAndIsLoggedWhenItEnded() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0001", name: nil, text: nil, at: at(10))
        let id = try XCTUnwrap(call.id)
        _ = try database.take(contactId: id, agent: "mina", policy: policy, at: at(20))
        XCTAssertEqual(try database.roster().first?.state(at: at(30)), .busy(held: 1, capacity: 3))
        _ = try database.wrapUp(contactId: id, agent: "mina", at: at(100))
        XCTAssertEqual(try database.roster().first?.state(at: at(110)), .wrapUp(until: at(130)))

        try database.settleWrapUps(at: at(200))
        let mina = try XCTUnwrap(database.agent(named: "mina"))
        XCTAssertEqual(mina.presence, .available)
        XCTAssertEqual(mina.idleSince, at(130))
        XCTAssertEqual(try database.stateLog(agent: "mina", from: at(0), to: at(1000)).map(\.at), [at(0), at(100), at(130)])
    }

    func testSupervisorActionsAreRefusedToAgentsWithAClearMessage() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.addAgent(Agent(name: "park", createdAt: t0))
        try database.addAgent(Agent(name: "sun", role: .supervisor, createdAt: t0))
        try database.changeState(of: "mina", .logIn, at: at(0))
        XCTAssertThrowsError(try database.changeState(of: "mina", .logOut, by: "park", at: at(5))) { error in
            guard let refusal = error as? StoreError, refusal.isBadRequest else { return XCTFail("\(error)") }
            XCTAssertTrue(refusal.description.contains("only a supervisor"), refusal.description)
        }
        XCTAssertEqual(try database.agent(named: "mina")?.presence, .available, "a refused change leaves the state alone")
        try database.changeState(of: "mina", .goAway(.coaching), by: "sun", at: at(10))
        XCTAssertEqual(try database.stateLog(agent: "mina", from: at(0), to: at(20)).last?.byAgent, "sun")
    }

    func testAddingAnExistingAgentIsRefusedAndSettingKeepsWhatIsNotGiven() throws {
        let database = try makeStore()
        try database.addAgent(Agent(name: "tom", role: .trainee, createdAt: t0, languages: [.ko]))
        assertThrows(.agentExists("tom")) { try database.addAgent(Agent(name: "tom", createdAt: t0)) }
        let tom = try database.updateAgent(named: "tom", capacity: 2, at: t0)
        XCTAssertEqual(tom.role, .trainee)
        XCTAssertEqual(tom.languages, [.ko])
        XCTAssertEqual(tom.chatCapacity, 2)
        assertThrows(.noSuchAgent("nobody")) { try database.changeState(of: "nobody", .logIn, at: t0) }
    }
}
