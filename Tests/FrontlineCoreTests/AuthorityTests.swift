import Foundation
import XCTest
@testable import FrontlineCore

/// Who acts is the operating-system user, given here as a value (as the command line gets it
/// from getpwuid): the name maps to the agent of that name, and every supervisor's right is
/// refused to an agent, whatever name they ask to act for.
final class AuthorityTests: XCTestCase {
    private let lead = Agent(name: "lead", role: .supervisor, createdAt: testEpoch)
    private let mina = Agent(name: "mina", createdAt: testEpoch)
    private let emma = Agent(name: "emma", createdAt: testEpoch)
    private var gone: Agent {
        var agent = Agent(name: "gone", createdAt: testEpoch)
        agent.removedAt = testEpoch
        return agent
    }

    private func lookup(_ name: String) -> Agent? { [lead, mina, emma, gone].first { $0.name == name } }

    private func acting(as user: String, for requested: String? = nil) throws -> Acting {
        try Authority.acting(as: OperatingSystemUser(loginName: user), for: requested, agentNamed: lookup)
    }

    private func refusal(_ body: () throws -> Any) -> AuthorityRefusal? {
        do { _ = try body() } catch { return error as? AuthorityRefusal }
        return nil
    }

    func testTheOperatingSystemUserActsAsTheAgentOfTheirName() throws {
        XCTAssertEqual(try acting(as: "mina"), Acting(mina))
        XCTAssertEqual(try acting(as: "mina", for: "mina"), Acting(mina), "naming yourself is acting as yourself")
        XCTAssertFalse(try acting(as: "mina").isOnBehalf)
    }

    func testAnAgentMayNotActForAnyoneElse() {
        XCTAssertEqual(refusal { try acting(as: "mina", for: "lead") },
                       .needsSupervisor(person: "mina", role: .agent, action: "act for lead"), "not for a supervisor, to borrow their rights")
        XCTAssertEqual(refusal { try acting(as: "mina", for: "emma") }, .needsSupervisor(person: "mina", role: .agent, action: "act for emma"))
        XCTAssertTrue(AuthorityRefusal.needsSupervisor(person: "mina", role: .agent, action: "act for emma").description
            .hasPrefix("only a supervisor may act for emma; mina is an agent"))
    }

    func testASupervisorActsForAnotherAgentAndBothAreKnown() throws {
        let acting = try acting(as: "lead", for: "emma")
        XCTAssertEqual(acting.person, lead)
        XCTAssertEqual(acting.agent, emma)
        XCTAssertTrue(acting.isOnBehalf)
    }

    func testUnknownRemovedAndMalformedNamesAreRefusedSayingWhatToDo() {
        XCTAssertEqual(refusal { try acting(as: "stranger") }, .notAnAgent(loginName: "stranger"))
        XCTAssertTrue(AuthorityRefusal.notAnAgent(loginName: "stranger").description.contains("frontline agents add stranger"))
        XCTAssertEqual(refusal { try acting(as: "lead", for: "mnia") }, .noSuchAgent("mnia"))
        XCTAssertTrue(AuthorityRefusal.noSuchAgent("mnia").description.contains("frontline agents add mnia"))
        XCTAssertEqual(refusal { try acting(as: "gone") }, .removed("gone"), "a removed agent can no longer work")
        XCTAssertEqual(refusal { try acting(as: "lead", for: "gone") }, .removed("gone"))
        XCTAssertTrue(AuthorityRefusal.removed("gone").description.contains("frontline agents restore gone"))
        guard case .invalidName? = refusal({ try acting(as: "lead", for: "two words") }) else { return XCTFail("a name with a space") }
        guard case .invalidName? = refusal({ try acting(as: "DOMAIN\\user") }) else { return XCTFail("a login name no agent can have") }
    }

    func testTheRosterIsTheSupervisorsButForAnAgentsOwnDisplayName() {
        func manage(_ action: SupervisorAction, by person: Agent?, teamHasSupervisor: Bool = true) -> AuthorityRefusal? {
            refusal { try Authority.mayManageRoster(action, by: person, loginName: person?.name ?? "stranger", teamHasSupervisor: teamHasSupervisor) }
        }
        XCTAssertNil(manage(.changeAgent("mina", AgentChange(displayName: "Mina K.")), by: mina), "her own display name")
        XCTAssertEqual(manage(.changeAgent("mina", AgentChange(role: .supervisor)), by: mina),
                       .needsSupervisor(person: "mina", role: .agent, action: "change mina's role"), "no one promotes themself")
        XCTAssertEqual(manage(.changeAgent("mina", AgentChange(capacity: 9, displayName: "M")), by: mina),
                       .needsSupervisor(person: "mina", role: .agent, action: "change mina's chat capacity and display name"))
        XCTAssertEqual(manage(.changeAgent("emma", AgentChange(displayName: "E")), by: mina),
                       .needsSupervisor(person: "mina", role: .agent, action: "change emma's display name"))
        XCTAssertEqual(manage(.changeAgent("emma", AgentChange(languages: [.ko])), by: mina),
                       .needsSupervisor(person: "mina", role: .agent, action: "change emma's languages"))
        for action: SupervisorAction in [.addAgent("jun"), .removeAgent("emma"), .restoreAgent("gone")] {
            XCTAssertEqual(manage(action, by: mina), .needsSupervisor(person: "mina", role: .agent, action: action.description))
            XCTAssertNil(manage(action, by: lead))
        }
        XCTAssertNil(manage(.changeAgent("emma", AgentChange(role: .supervisor, capacity: 5)), by: lead))
        XCTAssertEqual(manage(.addAgent("jun"), by: nil), .notAnAgent(loginName: "stranger"))
        XCTAssertEqual(manage(.addAgent("jun"), by: gone), .removed("gone"))
        XCTAssertNil(manage(.changeAgent("mina", AgentChange(role: .supervisor)), by: nil, teamHasSupervisor: false),
                     "a team without a supervisor (an old database) lets whoever can write the file name one")
    }

    func testCustomersGoToYourselfOrBySupervisor() {
        XCTAssertNil(refusal { try Authority.mayAssignCustomer(to: "mina", by: mina) })
        XCTAssertEqual(refusal { try Authority.mayAssignCustomer(to: "emma", by: mina) },
                       .needsSupervisor(person: "mina", role: .agent, action: "give customers to emma"))
        XCTAssertNil(refusal { try Authority.mayAssignCustomer(to: "emma", by: lead) })
        XCTAssertEqual(refusal { try Authority.require(.openWallboard, by: mina) },
                       .needsSupervisor(person: "mina", role: .agent, action: "open the wallboard"))
        XCTAssertNil(refusal { try Authority.require(.openWallboard, by: lead) })
    }

    func testARemovedAgentCannotLogIn() {
        XCTAssertThrowsError(try gone.applying(.logIn, by: gone, rules: .standard, at: testEpoch)) { error in
            XCTAssertEqual(error as? AgentStateRefusal, .removed("gone"))
        }
        XCTAssertEqual(try mina.applying(.logIn, by: mina, rules: .standard, at: testEpoch)?.presence, .available)
    }

    func testAgentAndDisplayNameForms() {
        XCTAssertNotNil(ValueRules.agentNameProblem("-rf"), "would read as an option")
        XCTAssertNotNil(ValueRules.agentNameProblem(".hidden"))
        XCTAssertNil(ValueRules.agentNameProblem("_svc"))
        XCTAssertNil(ValueRules.agentNameProblem("김민준"), "letters of any script")
        XCTAssertNil(ValueRules.displayNameProblem("林娜"))
        XCTAssertNotNil(ValueRules.displayNameProblem("   "))
        XCTAssertNotNil(ValueRules.displayNameProblem(String(repeating: "x", count: ValueRules.displayNameLimit + 1)))
    }
}
