import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The complaint loop as saved: one transaction per step, every change in the history, follow-ups queued.
final class ComplaintLoopTests: StoreContractCase {
    func testEveryChangeIsInTheHistoryWithWhoAndWhen() throws {
        let database = try makeStore()
        let id = try XCTUnwrap(try fileMajorComplaint(database).id)
        try take([.judge(valid: true, explanation: nil), .assign(department: "warehouse", owner: "park")], on: id, in: database)
        try take([.edit(.cause("courier lost the parcel"))], on: id, in: database, by: "park", from: 3)
        let history = try database.complaintHistory(id: id)
        XCTAssertEqual(history.map { "\($0.kind.rawValue) \($0.field): \($0.oldValue ?? "-") -> \($0.newValue ?? "-") by \($0.agent)" }, [
            "state state: - -> received by lin",
            "state state: received -> judged by lin",
            "state state: judged -> assigned by lin",
            "owner owner: - -> park by lin",
            "field department: - -> warehouse by lin",
            "field cause: - -> courier lost the parcel by park",
        ])
        XCTAssertEqual(history.map(\.at), [t0, at(60), at(120), at(120), at(120), at(180)])
        XCTAssertEqual(try database.complaint(id: id)?.cause, "courier lost the parcel")
    }

    func testTheWholeLoopSavesSolutionsAndFollowUps() throws {
        let database = try makeStore()
        let id = try XCTUnwrap(try fileMajorComplaint(database).id)
        try take([.judge(valid: true, explanation: nil), .assign(department: "warehouse", owner: "lin"),
                  .proposeSolution("resend"), .proposeSolution("refund")], on: id, in: database)
        let ids = try database.solutions(complaintId: id).compactMap(\.id)
        XCTAssertEqual(ids.count, 2)
        try take([.offer(solutionId: ids[0]), .refuse(solutionId: ids[0]), .offer(solutionId: ids[1]), .accept(solutionId: ids[1])],
                 on: id, in: database, from: 5)
        assertThrows(.refused("only a supervisor may approve complaint \(id); lin is an agent")) {
            try database.apply(.approve, to: id, by: "lin", role: .agent, policy: policy, at: at(600))
        }
        assertThrows(.refused("complaint \(id) is major: a supervisor must approve it before it is implemented")) {
            try database.apply(.implement, to: id, by: "lin", role: .agent, policy: policy, at: at(600))
        }
        try take([.approve], on: id, in: database, by: "sun", role: .supervisor, from: 10)
        try take([.implement, .followUp(satisfaction: .satisfied, note: "很满意")], on: id, in: database, from: 11)
        let archived = try take([.archive], on: id, in: database, from: 13)
        XCTAssertEqual(archived.state, .archived)
        XCTAssertEqual(archived.acceptedSolutionId, ids[1])
        XCTAssertEqual(archived.resolvedAt, at(660))
        XCTAssertEqual(archived.archivedAt, at(780))
        XCTAssertEqual(try database.solutions(complaintId: id).map(\.status), [.refused, .accepted])
        XCTAssertEqual(try database.followUps(complaintId: id).map(\.note), ["很满意"])
        let history = try database.complaintHistory(id: id)
        XCTAssertEqual(history.filter { $0.kind == .state }.compactMap(\.newValue),
                       ["received", "judged", "assigned", "solution-proposed", "approved", "implemented", "followed-up", "archived"])
        XCTAssertEqual(history.first { $0.newValue == "approved" }?.agent, "sun")
        XCTAssertEqual(history.filter { $0.field == "solution \(ids[0])" }.compactMap(\.newValue), ["proposed: resend", "offered", "refused"])
    }

    func testRefusedStepsChangeNothingAndUnknownComplaintsAreBadRequests() throws {
        let database = try makeStore()
        let id = try XCTUnwrap(try fileMajorComplaint(database).id)
        assertThrows(.refused("complaint \(id) is received: judge it (valid or not) first")) {
            try database.apply(.archive, to: id, by: "lin", role: .agent, policy: policy, at: at(60))
        }
        XCTAssertEqual(try database.complaint(id: id)?.state, .received)
        XCTAssertEqual(try database.complaintHistory(id: id).count, 1, "only the filing")
        assertThrows(.noSuchComplaint(999)) {
            try database.apply(.approve, to: 999, by: "sun", role: .supervisor, policy: policy, at: at(60))
        }
        XCTAssertTrue(StoreError.refused("x").isBadRequest)
        XCTAssertTrue(StoreError.noSuchComplaint(999).isBadRequest)
    }

    func testResolvingQueuesAFollowUpCallDueAtTheNextCallingTimeWithThreeWorkingDaysToMakeIt() throws {
        let database = try makeStore()
        let filed = try fileMajorComplaint(database)
        let id = try XCTUnwrap(filed.id)
        try take([.judge(valid: true, explanation: nil), .assign(department: "warehouse", owner: "lin"), .proposeSolution("resend")],
                 on: id, in: database)
        let solution = try XCTUnwrap(try database.solutions(complaintId: id).first?.id)
        try take([.offer(solutionId: solution), .accept(solutionId: solution)], on: id, in: database, from: 4)
        try take([.approve], on: id, in: database, by: "sun", role: .supervisor, from: 6)
        XCTAssertEqual(try database.queue(agent: nil).count, 1, "only the complaint's own call until it is resolved")
        let resolved = try take([.implement], on: id, in: database, from: 7)
        let resolvedAt = at(420)
        XCTAssertEqual(resolved.resolvedAt, resolvedAt)

        let due = policy.callingTime(atOrAfter: resolvedAt)
        let followUp = try XCTUnwrap(try database.queue(agent: nil).map(\.contact).first { $0.channel == .callback })
        XCTAssertEqual(followUp.queuedAt, due)
        XCTAssertEqual(followUp.customerId, filed.customerId)
        XCTAssertEqual(followUp.address, "+86 130 0000 0042", "called back where the complaint came from")
        XCTAssertFalse(followUp.isDue(at: due.addingTimeInterval(-1)), "hidden before it is due")
        XCTAssertTrue(followUp.isDue(at: due))
        XCTAssertEqual(try database.complaintForFollowUp(contactId: followUp.id!)?.id, id)
        XCTAssertNil(try database.complaintForFollowUp(contactId: filed.contactId!))
        let queued = try XCTUnwrap(try database.events(contactId: followUp.id!).first)
        XCTAssertEqual(queued.kind, .queued)
        XCTAssertEqual(queued.detail, "callback")
        XCTAssertEqual(queued.at, due)
        XCTAssertEqual(try database.complaints(state: nil, owner: nil, policy: policy).first?.nextDeadline, policy.followUpDeadline(from: resolvedAt),
                       "once resolved, the follow-up is the next deadline")
        XCTAssertEqual(policy.runningTimer(for: followUp)?.kind, .followUp, "it has working days, not a call-back's 5 minutes")

        try take([.followUp(satisfaction: .neutral, note: nil), .followUp(satisfaction: .satisfied, note: nil)], on: id, in: database, from: 8)
        XCTAssertTrue(try database.queue(agent: nil).filter { $0.contact.channel == .callback }.isEmpty,
                      "followed up before it was due: the call is closed, and a second follow-up queues no other")
        XCTAssertEqual(try database.contact(id: followUp.id!)?.state, .ended)
        XCTAssertEqual(Set(try database.events(contactId: followUp.id!).map(\.kind)), [.queued, .completed])
    }

    func testTheListIsOrderedByNextDeadlineAndFiltered() throws {
        let database = try makeStore()
        let major = try XCTUnwrap(try fileMajorComplaint(database).id)  // due t0 + 72 h
        let customer = try XCTUnwrap(try database.complaint(id: major)?.customerId)
        func file(_ severity: ComplaintSeverity, at seconds: TimeInterval) throws -> Int64 {
            try XCTUnwrap(try database.fileComplaint(Complaint(customerId: customer, contactId: nil, category: .price, severity: severity,
                                                               account: "a", wants: "b", promisedReplyAt: nil, agent: "lin",
                                                               receivedAt: at(seconds))).id)
        }
        let laterMajor = try file(.major, at: 3600)  // due t0 + 73 h
        let rejected = try file(.minor, at: 60)
        try take([.judge(valid: false, explanation: "price is as advertised")], on: rejected, in: database)
        try take([.judge(valid: true, explanation: nil), .assign(department: "warehouse", owner: "park")], on: laterMajor, in: database)

        XCTAssertEqual(try database.complaints(state: nil, owner: nil, policy: policy).map(\.complaint.id), [major, laterMajor])
        XCTAssertEqual(try database.complaints(state: nil, owner: nil, policy: policy).map(\.nextDeadline),
                       [t0.addingTimeInterval(72 * 3600), at(3600 + 72 * 3600)])
        XCTAssertEqual(try database.complaints(state: nil, owner: "park", policy: policy).map(\.complaint.id), [laterMajor])
        XCTAssertEqual(try database.complaints(state: .rejected, owner: nil, policy: policy).map(\.complaint.id), [rejected])
        XCTAssertEqual(try database.complaints(state: .received, owner: nil, policy: policy).first?.customerName, "王芳")
        XCTAssertTrue(try database.complaints(state: nil, owner: nil, policy: policy)[0].isOverdue(at: at(72 * 3600 + 1)))
    }

    func testAgentsHaveRoles() throws {
        let database = try makeStore()
        XCTAssertNil(try database.agent(named: "sun"))
        assertThrows(.noSuchAgent("sun")) {   // a role is given to an agent on the roster, never to a new name
            try database.setRole(.supervisor, forAgent: "sun", at: t0)
        }
        try database.addAgent(Agent(name: "sun", createdAt: t0))
        XCTAssertEqual(try database.setRole(.supervisor, forAgent: "sun", at: t0).role, .supervisor)
        try database.ensureAgent(name: "lin", at: t0)
        XCTAssertEqual(try database.agent(named: "sun")?.role, .supervisor)
        XCTAssertEqual(try database.agents().map(\.name), ["lin", "sun"])
        try database.setRole(.supervisor, forAgent: "lin", at: at(30))   // so that sun is not the last supervisor
        XCTAssertEqual(try database.setRole(.agent, forAgent: "sun", at: at(60)).createdAt, t0, "a known agent keeps their record")
    }
}
