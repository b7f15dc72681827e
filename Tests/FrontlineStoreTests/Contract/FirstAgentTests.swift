import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The first agent of a new database is its administrator, and who acts is the operating-system
/// user's agent, through the store's roster.
final class FirstAgentTests: StoreContractCase {
    func testTheFirstPersonOnANewDatabaseBecomesItsSupervisor() throws {
        let database = try makeStore()
        let acting = try database.acting(as: OperatingSystemUser(loginName: "ana"), for: nil, at: t0)
        XCTAssertEqual(acting.person.name, "ana")
        XCTAssertEqual(acting.person.role, .supervisor)
        XCTAssertNil(try database.addFirstAgent(named: "bo", at: at(1)), "only on a database without agents")
        XCTAssertThrowsError(try database.acting(as: OperatingSystemUser(loginName: "bo"), for: nil, at: at(1))) { error in
            XCTAssertEqual(error as? AuthorityRefusal, .notAnAgent(loginName: "bo"), "the second person is added by a supervisor")
        }
        try database.addAgent(Agent(name: "bo", createdAt: at(2)), by: "ana")
        XCTAssertEqual(try database.acting(as: OperatingSystemUser(loginName: "bo"), for: nil, at: at(3)).person.role, .agent)
        XCTAssertThrowsError(try database.acting(as: OperatingSystemUser(loginName: "bo"), for: "ana", at: at(3))) { error in
            XCTAssertEqual(error as? AuthorityRefusal, .needsSupervisor(person: "bo", role: .agent, action: "act for ana"))
        }
        XCTAssertTrue(try database.acting(as: OperatingSystemUser(loginName: "ana"), for: "bo", at: at(3)).isOnBehalf)
    }

    /// A database from before roles were kept has agents but no supervisor: whoever can write
    /// the file names the first one, after which the roster is the supervisors' again.
    func testATeamWithoutASupervisorNamesOneFirst() throws {
        let database = try makeStore()
        try database.ensureAgent(name: "mina", at: t0)
        try database.ensureAgent(name: "bo", at: t0)
        XCTAssertEqual(try database.updateAgent(named: "mina", role: .supervisor, by: "stranger", at: at(1)).role, .supervisor)
        XCTAssertThrowsError(try database.updateAgent(named: "bo", role: .supervisor, by: "bo", at: at(2))) { error in
            XCTAssertEqual(error as? StoreError,
                           .refused(AuthorityRefusal.needsSupervisor(person: "bo", role: .agent, action: "change bo's role").description))
        }
    }
}
