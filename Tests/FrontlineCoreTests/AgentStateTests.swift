import Foundation
import XCTest
@testable import FrontlineCore

final class AgentStateTests: XCTestCase {
    let rules = AgentStateRules.standard

    func agent(_ name: String = "mina", role: AgentRole = .agent) -> Agent { Agent(name: name, role: role, createdAt: testEpoch) }

    func loggedIn(_ name: String = "mina") throws -> Agent {
        let agent = agent(name)
        return try XCTUnwrap(agent.applying(.logIn, by: agent, rules: rules, at: testEpoch))
    }

    func testLoggingInMakesTheAgentAvailableAndIdleFromThatMoment() throws {
        let mina = try loggedIn()
        XCTAssertEqual(mina.presence, .available)
        XCTAssertEqual(mina.stateSince, testEpoch)
        XCTAssertEqual(mina.idleSince, testEpoch)
        XCTAssertNil(try mina.applying(.logIn, by: mina, rules: rules, at: testEpoch + 5), "a second login changes nothing")
    }

    func testAnOfflineAgentCannotBeSetAwayOrAvailable() {
        let mina = agent()
        XCTAssertThrowsError(try mina.applying(.goAway(.break), by: mina, rules: rules, at: testEpoch)) {
            XCTAssertEqual($0 as? AgentStateRefusal, .offline("mina"))
        }
        XCTAssertThrowsError(try mina.applying(.becomeAvailable, by: mina, rules: rules, at: testEpoch))
    }

    func testWrapUpCountsDownAndIsNeverAvailableBeforeItEnds() throws {
        let mina = try loggedIn()
        let wrapping = try XCTUnwrap(mina.applying(.beginWrapUp, by: mina, rules: rules, at: testEpoch + 100))
        XCTAssertEqual(wrapping.wrapUpUntil, testEpoch + 130)
        XCTAssertEqual(AgentState(of: wrapping, holding: 0, at: testEpoch + 129.9), .wrapUp(until: testEpoch + 130))
        XCTAssertEqual(AgentState(of: wrapping, holding: 0, at: testEpoch + 130), .available)
        XCTAssertEqual(wrapping.stateSince(at: testEpoch + 140), testEpoch + 130)
        XCTAssertThrowsError(try mina.applying(.endWrapUp, by: mina, rules: rules, at: testEpoch), "not in wrap-up")
        let ended = try XCTUnwrap(wrapping.applying(.endWrapUp, by: wrapping, rules: rules, at: testEpoch + 110))
        XCTAssertEqual(ended.presence, .available)
        XCTAssertEqual(ended.idleSince, testEpoch + 110)
    }

    func testWrapUpLeavesAnAwayAgentAwayAndCanBeSwitchedOff() throws {
        let away = try XCTUnwrap(try loggedIn().applying(.goAway(.lunch), by: agent(), rules: rules, at: testEpoch + 10))
        XCTAssertNil(try away.applying(.beginWrapUp, by: away, rules: rules, at: testEpoch + 20))
        var noWrapUp = rules
        noWrapUp.wrapUpSeconds = 0
        XCTAssertNil(try loggedIn().applying(.beginWrapUp, by: agent(), rules: noWrapUp, at: testEpoch + 20))
    }

    func testBusyFollowsTheContactsHeldAgainstCapacity() throws {
        let mina = try loggedIn()
        XCTAssertEqual(AgentState(of: mina, holding: 2, at: testEpoch), .busy(held: 2, capacity: 3))
        var trainee = try loggedIn("tom")
        trainee.role = .trainee
        XCTAssertEqual(AgentState(of: trainee, holding: 1, at: testEpoch), .busy(held: 1, capacity: 1))
        trainee.capacity = 2
        XCTAssertEqual(trainee.chatCapacity, 2)
    }

    func testOnlyASupervisorChangesAnotherAgentsState() throws {
        let mina = try loggedIn()
        XCTAssertThrowsError(try mina.applying(.goAway(.break), by: agent("park"), rules: rules, at: testEpoch)) { error in
            XCTAssertEqual(error as? AgentStateRefusal, .notSupervisor(actor: "park", role: .agent, target: "mina"))
            XCTAssertTrue("\(error)".contains("only a supervisor"), "\(error)")
        }
        let away = try mina.applying(.goAway(.coaching), by: agent("sun", role: .supervisor), rules: rules, at: testEpoch + 1)
        XCTAssertEqual(away?.awayReason, .coaching)
    }

    func testAwayPastItsLimitIsFlaggedPrivateAfterThreeMinutes() throws {
        let away = try XCTUnwrap(try loggedIn().applying(.goAway(.private), by: agent(), rules: rules, at: testEpoch))
        XCTAssertFalse(rules.isOverAwayLimit(away, at: testEpoch + 180))
        XCTAssertTrue(rules.isOverAwayLimit(away, at: testEpoch + 181))
        let lunch = try XCTUnwrap(away.applying(.goAway(.lunch), by: away, rules: rules, at: testEpoch + 200))
        XCTAssertFalse(rules.isOverAwayLimit(lunch, at: testEpoch + 200 + 3599), "a new reason restarts the time in state")
    }
}
