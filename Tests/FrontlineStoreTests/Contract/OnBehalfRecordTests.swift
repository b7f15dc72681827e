import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A store opened by a person (the operating-system user's agent) records them beside the agent
/// whenever they work for someone else: events, complaint history and the state log name both.
/// What the agent does themself, and what routing does, names no actor.
final class OnBehalfRecordTests: StoreContractCase {
    private var own: (any FrontlineStores)!
    private var leads: (any FrontlineStores)!

    override func setUpWithError() throws {
        try super.setUpWithError()
        own = try makeStore(actor: "emma")
        leads = try makeStore(actor: "lead")
        try own.addAgent(Agent(name: "lead", role: .supervisor, createdAt: t0))
        try own.addAgent(Agent(name: "emma", createdAt: t0))
    }

    func testEventsDoneForAnAgentNameWhoDidThem() throws {
        let chat = try own.enqueue(channel: .chat, from: "+82 10 0000 0001", name: "김민준", text: "안녕하세요", at: at(1))
        let id = try XCTUnwrap(chat.id)
        try leads.logIn("emma", console: nil, at: at(2))
        _ = try leads.take(contactId: id, agent: "emma", policy: policy, at: at(3))
        _ = try own.reply(contactId: id, agent: "emma", text: "네, 말씀하세요", policy: policy, at: at(4))
        _ = try leads.addNote(contactId: id, agent: "emma", text: "covering for emma", at: at(5))
        let events = try own.events(contactId: id).map { "\($0.kind.rawValue) \($0.agent ?? "-") \($0.actor ?? "-")" }
        XCTAssertEqual(events, ["queued - -", "taken emma lead", "replied emma -", "noted emma lead"])
        let log = try own.stateLog(agent: "emma", from: t0, to: at(10))
        XCTAssertEqual(log.map(\.byAgent), ["lead"], "the log-in was lead's, for emma")
    }

    func testComplaintStepsTakenForAnAgentShowBoth() throws {
        let call = try own.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: at(1))
        let id = try XCTUnwrap(try own.fileComplaint(Complaint(
            customerId: call.customerId, contactId: call.id, category: .delivery, severity: .minor, account: "late", wants: "refund",
            promisedReplyAt: nil, agent: "emma", receivedAt: at(1))).id)
        try own.apply(.judge(valid: true, explanation: nil), to: id, by: "emma", role: .agent, policy: policy, at: at(2))
        try leads.apply(.edit(.cause("courier")), to: id, by: "emma", role: .supervisor, policy: policy, at: at(3))
        let history = try own.complaintHistory(id: id)
        XCTAssertEqual(history.map(\.madeBy), ["emma", "emma", "emma (by lead)"])
        XCTAssertEqual(history.last?.actor, "lead")
    }

    func testRoutingFromASupervisorsConsoleIsNoOnesAction() throws {
        try own.logIn("emma", console: nil, at: at(1))
        let call = try own.enqueue(channel: .phone, from: "+86 130 0000 0007", name: nil, text: nil, at: at(2))
        _ = try leads.route(rules: .standard, policy: policy, at: at(3))
        let events = try own.events(contactId: try XCTUnwrap(call.id))
        XCTAssertTrue(events.contains { $0.agent == "emma" }, "the call rang emma: \(events)")
        XCTAssertEqual(events.compactMap(\.actor), [], "routing rings agents; no person did")
    }
}
