import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The console and the wallboard keep the supervisors' rights on a real file: a console logs in
/// only an agent on the roster (any name in trainee mode), approval counts the role of the person
/// at the keyboard, and the wallboard's actions are refused to someone who is no longer a supervisor.
final class ConsoleAuthorityTests: XCTestCase {
    private var folder: URL!
    private let start = Fixtures.start

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-authority-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func open(_ name: String, actor: String? = nil) throws -> AppDatabase {
        try AppDatabase.open(path: folder.appendingPathComponent(name).path, actor: actor)
    }

    private func console(_ database: AppDatabase, for agent: String, person: Agent? = nil) -> ConsoleProgram {
        ConsoleProgram(database: database, clock: TestClock(start), agentName: agent, person: person, width: 120, height: 40)
    }

    func testAConsoleLogsInOnlyAnAgentOnTheRosterButAnyTrainee() throws {
        let production = try open("frontline.db")
        let mistyped = console(production, for: "mnia")
        guard case .loginFailed(let reason)? = mistyped.perform(.logIn).first else { return XCTFail("a mistyped name logged in") }
        XCTAssertTrue(reason.contains("there is no agent 'mnia'"), reason)
        XCTAssertNil(try production.agent(named: "mnia"), "no agent is made up on the way")

        let training = try open("training.db")
        try training.makeTraining(at: start)
        guard case .loggedIn(let trainee, _)? = console(training, for: "anyone").perform(.logIn).first else {
            return XCTFail("trainee mode lets any name practise")
        }
        XCTAssertEqual(trainee.name, "anyone")
    }

    /// A major complaint with an accepted solution, waiting for a supervisor's approval.
    private func majorComplaintAwaitingApproval(_ database: AppDatabase) throws -> Int64 {
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: start)
        let id = try XCTUnwrap(try database.fileComplaint(Complaint(
            customerId: call.customerId, contactId: call.id, category: .delivery, severity: .major, account: "lost", wants: "resend",
            promisedReplyAt: nil, agent: "emma", receivedAt: start)).id)
        for step: ComplaintStep in [.judge(valid: true, explanation: nil), .assign(department: "warehouse", owner: "emma"), .proposeSolution("resend")] {
            try database.apply(step, to: id, by: "emma", role: .agent, policy: .standard, at: start)
        }
        let solution = try XCTUnwrap(try database.solutions(complaintId: id).first?.id)
        for step: ComplaintStep in [.offer(solutionId: solution), .accept(solutionId: solution)] {
            try database.apply(step, to: id, by: "emma", role: .agent, policy: .standard, at: start)
        }
        return id
    }

    func testApprovalInTheConsoleCountsThePersonAtTheKeyboard() throws {
        let setup = try open("frontline.db")
        let lead = try setup.addAgent(Agent(name: "lead", role: .supervisor, createdAt: start))
        try setup.addAgent(Agent(name: "emma", createdAt: start))
        let id = try majorComplaintAwaitingApproval(setup)

        let emmasOwn = console(try open("frontline.db", actor: "emma"), for: "emma")
        guard case .failed(let reason)? = emmasOwn.perform(.applyComplaintStep(id: id, step: .approve)).first else {
            return XCTFail("an agent approved a major complaint")
        }
        XCTAssertTrue(reason.contains("only a supervisor may approve complaint \(id); emma is an agent"), reason)

        let covered = console(try open("frontline.db", actor: "lead"), for: "emma", person: lead)
        guard case .complaintStepped(let approved)? = covered.perform(.applyComplaintStep(id: id, step: .approve)).first else {
            return XCTFail("the supervisor working emma's console could not approve")
        }
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(try setup.complaintHistory(id: id).last?.madeBy, "emma (by lead)", "the history names both")
        XCTAssertTrue(ConsoleView.render(covered.state).line(0).contains("│ emma (by lead) │"), "the header says who covers")
        XCTAssertTrue(ConsoleView.render(emmasOwn.state).line(0).contains("│ emma │"))
    }

    func testTheWallboardsActionsAreRefusedToSomeoneNoLongerASupervisor() throws {
        let database = try open("frontline.db", actor: "boss")
        let boss = try database.addAgent(Agent(name: "boss", role: .supervisor, createdAt: start))
        try database.addAgent(Agent(name: "lead", role: .supervisor, createdAt: start))
        try database.addAgent(Agent(name: "ana", createdAt: start))
        try database.logIn("ana", console: nil, at: start)
        let chat = try database.enqueue(channel: .chat, from: "+82 10 0000 0001", name: "김민준", text: "?", at: start)
        let id = try XCTUnwrap(chat.id)
        let board = WallboardProgram(database: database, clock: TestClock(start), supervisor: boss, width: 120, height: 40)

        try database.updateAgent(named: "boss", role: .agent, by: "lead", at: start)   // demoted while the board is open
        guard case .failed(let reassign)? = board.perform(.reassign(contactId: id, agent: "ana")).first else {
            return XCTFail("a demoted supervisor reassigned work")
        }
        XCTAssertEqual(reassign, "Only a supervisor may change ana's state.")
        guard case .failed(let away)? = board.perform(.changeState(agent: "ana", .goAway(.break))).first else {
            return XCTFail("a demoted supervisor sent an agent on break")
        }
        XCTAssertEqual(away, "Only a supervisor may change ana's state.")
        XCTAssertEqual(try database.contact(id: id)?.state, .waiting)

        try database.updateAgent(named: "boss", role: .supervisor, by: "lead", at: start)
        guard case .done? = board.perform(.reassign(contactId: id, agent: "ana")).first else { return XCTFail("a supervisor's reassignment") }
        XCTAssertEqual(try database.contact(id: id)?.agent, "ana")
    }
}
