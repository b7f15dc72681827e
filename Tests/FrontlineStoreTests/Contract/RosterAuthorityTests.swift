import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The roster is the supervisors': every change is checked in its own transaction against the
/// person making it, the last supervisor stays one, and a removed agent stays in the history but
/// can no longer log in or be given work.
final class RosterAuthorityTests: StoreContractCase {
    private var database: (any FrontlineStores)!

    override func setUpWithError() throws {
        try super.setUpWithError()
        database = try makeStore()
        try database.addAgent(Agent(name: "lead", role: .supervisor, createdAt: t0))
        try database.addAgent(Agent(name: "mina", createdAt: t0))
        try database.addAgent(Agent(name: "emma", createdAt: t0))
    }

    private func refusal(_ refusal: AuthorityRefusal) -> StoreError { .refused(refusal.description) }

    func testAnAgentChangesNoOnesRoleCapacityOrLanguagesNotEvenTheirOwn() throws {
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "change mina's role"))) {
            try database.updateAgent(named: "mina", role: .supervisor, by: "mina", at: at(1))
        }
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "change emma's role"))) {
            try database.updateAgent(named: "emma", role: .supervisor, by: "mina", at: at(1))
        }
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "change emma's chat capacity"))) {
            try database.updateAgent(named: "emma", capacity: 9, by: "mina", at: at(1))
        }
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "change emma's display name"))) {
            try database.updateAgent(named: "emma", displayName: "E", by: "mina", at: at(1))
        }
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "change lead's role"))) {
            try database.updateAgent(named: "lead", role: .agent, by: "mina", at: at(1))
        }
        XCTAssertEqual(try database.agent(named: "mina")?.role, .agent)
        XCTAssertEqual(try database.agent(named: "emma")?.displayName, "emma")
        XCTAssertEqual(try database.updateAgent(named: "mina", displayName: "Mina Kim", by: "mina", at: at(2)).displayName, "Mina Kim",
                       "her own display name is hers")
    }

    func testASupervisorManagesTheRoster() throws {
        XCTAssertEqual(try database.updateAgent(named: "emma", role: .supervisor, capacity: 5, by: "lead", at: at(1)).chatCapacity, 5)
        XCTAssertEqual(try database.addAgent(Agent(name: "jun", createdAt: at(2)), by: "lead").name, "jun")
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "add agents"))) {
            try database.addAgent(Agent(name: "kim", createdAt: at(2)), by: "mina")
        }
        assertThrows(refusal(.notAnAgent(loginName: "stranger"))) {
            try database.addAgent(Agent(name: "kim", createdAt: at(2)), by: "stranger")
        }
        assertThrows(.noSuchAgent("mnia")) { try database.updateAgent(named: "mnia", role: .agent, by: "lead", at: at(3)) }
        XCTAssertNil(try database.agent(named: "kim"))
    }

    func testTheLastSupervisorStaysOne() throws {
        assertThrows(refusal(.lastSupervisor("lead"))) { try database.updateAgent(named: "lead", role: .agent, by: "lead", at: at(1)) }
        assertThrows(refusal(.lastSupervisor("lead"))) { try database.removeAgent(named: "lead", by: "lead", at: at(1)) }
        try database.updateAgent(named: "emma", role: .supervisor, by: "lead", at: at(2))
        XCTAssertEqual(try database.updateAgent(named: "lead", role: .agent, by: "lead", at: at(3)).role, .agent, "emma leads now")
    }

    func testRemovingDeactivatesAndRestoringBringsBack() throws {
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "王小明", text: nil, at: at(1))
        try database.logIn("emma", console: nil, at: at(2))
        _ = try database.take(contactId: try XCTUnwrap(call.id), agent: "emma", policy: policy, at: at(3))
        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "remove agents"))) {
            try database.removeAgent(named: "emma", by: "mina", at: at(4))
        }
        XCTAssertThrowsError(try database.removeAgent(named: "emma", by: "lead", at: at(4))) { error in
            XCTAssertTrue("\(error)".hasPrefix("emma holds 1 contact; reassign it on the wallboard"), "\(error)")
        }
        _ = try database.wrapUp(contactId: try XCTUnwrap(call.id), agent: "emma", at: at(5))
        XCTAssertThrowsError(try database.removeAgent(named: "emma", by: "lead", at: at(6))) { error in
            XCTAssertTrue("\(error)".hasPrefix("emma is logged in; emma quits the console"), "\(error)")
        }
        try database.logOut("emma", console: nil, at: at(7))
        XCTAssertEqual(try database.removeAgent(named: "emma", by: "lead", at: at(8)).removedAt, at(8))

        XCTAssertEqual(try database.contact(id: try XCTUnwrap(call.id))?.agent, "emma", "the history keeps her name")
        XCTAssertEqual(try database.roster().first { $0.agent.name == "emma" }?.agent.isRemoved, true)
        assertThrows(.agentState(.removed("emma"))) { try database.logIn("emma", console: nil, at: at(9)) }
        assertThrows(refusal(.removed("emma"))) { try database.assignCustomer(call.customerId, to: "emma", at: at(9)) }
        assertThrows(refusal(.removed("emma"))) { try database.addAgent(Agent(name: "emma", createdAt: at(9)), by: "lead") }
        XCTAssertFalse(try database.wallboardInput(from: t0, to: at(100)).agents.contains { $0.name == "emma" }, "the grid shows the team as it is")

        assertThrows(refusal(.needsSupervisor(person: "mina", role: .agent, action: "bring back removed agents"))) {
            try database.restoreAgent(named: "emma", by: "mina", at: at(10))
        }
        XCTAssertNil(try database.restoreAgent(named: "emma", by: "lead", at: at(10)).removedAt)
        XCTAssertEqual(try database.logIn("emma", console: nil, at: at(11)).presence, .available)
    }

    func testAComplaintGoesOnlyToAnOwnerWhoCanWorkIt() throws {
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0002", name: "王芳", text: nil, at: at(1))
        let id = try XCTUnwrap(try database.fileComplaint(Complaint(
            customerId: call.customerId, contactId: call.id, category: .delivery, severity: .minor, account: "late", wants: "refund",
            promisedReplyAt: nil, agent: "mina", receivedAt: at(1))).id)
        try database.apply(.judge(valid: true, explanation: nil), to: id, by: "mina", role: .agent, policy: policy, at: at(2))
        assertThrows(.noSuchAgent("nobody")) {
            try database.apply(.assign(department: "warehouse", owner: "nobody"), to: id, by: "mina", role: .agent, policy: policy, at: at(3))
        }
        try database.removeAgent(named: "emma", by: "lead", at: at(3))
        assertThrows(refusal(.removed("emma"))) {
            try database.apply(.assign(department: "warehouse", owner: "emma"), to: id, by: "mina", role: .agent, policy: policy, at: at(4))
        }
    }
}
