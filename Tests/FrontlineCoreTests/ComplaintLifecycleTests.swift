import Foundation
@testable import FrontlineCore
import XCTest

/// Every step tried in every stage of the loop: legal ones move to the expected state, all others are refused.
final class ComplaintLifecycleTests: XCTestCase {
    /// Where a complaint can stand, with the steps that bring a major complaint there.
    enum Stage: String, CaseIterable {
        case received, judged, assigned, proposed, offered, accepted, approved, implemented, followedUp, archived, rejected

        var path: [ComplaintStep] {
            switch self {
            case .received: []
            case .rejected: [.judge(valid: false, explanation: "the warranty ended last year")]
            case .judged: [.judge(valid: true, explanation: nil)]
            case .assigned: Stage.judged.path + [.assign(department: "warehouse", owner: "lin")]
            // Solutions 1 and 2.
            case .proposed: Stage.assigned.path + [.proposeSolution("resend the parcel"), .proposeSolution("refund")]
            case .offered: Stage.proposed.path + [.offer(solutionId: 1)]
            case .accepted: Stage.offered.path + [.accept(solutionId: 1)]
            case .approved: Stage.accepted.path + [.approve]
            case .implemented: Stage.approved.path + [.implement]
            case .followedUp: Stage.implemented.path + [.followUp(satisfaction: .satisfied, note: nil)]
            case .archived: Stage.followedUp.path + [.archive]
            }
        }
    }

    /// Each step and the stages where it is legal, with the state it leads to.
    let table: [(String, ComplaintStep, [Stage: ComplaintState])] = [
        ("judge valid", .judge(valid: true, explanation: nil), [.received: .judged]),
        ("judge invalid", .judge(valid: false, explanation: "not our product"), [.received: .rejected]),
        ("assign", .assign(department: "finance", owner: "park"),
         [.judged: .assigned, .assigned: .assigned, .proposed: .solutionProposed, .offered: .solutionProposed,
          .accepted: .solutionProposed, .approved: .approved, .implemented: .implemented, .followedUp: .followedUp]),
        ("propose", .proposeSolution("a voucher"), [.assigned: .solutionProposed, .proposed: .solutionProposed, .offered: .solutionProposed]),
        ("offer 2", .offer(solutionId: 2), [.proposed: .solutionProposed]),
        ("refuse 1", .refuse(solutionId: 1), [.offered: .solutionProposed]),
        ("accept 1", .accept(solutionId: 1), [.offered: .solutionProposed]),
        ("approve", .approve, [.accepted: .approved]),
        ("implement", .implement, [.approved: .implemented]),
        ("follow up", .followUp(satisfaction: .neutral, note: "ok"), [.implemented: .followedUp, .followedUp: .followedUp]),
        ("archive", .archive, [.followedUp: .archived]),
        ("edit cause", .edit(.cause("courier lost it")),
         [.received: .received, .judged: .judged, .assigned: .assigned, .proposed: .solutionProposed, .offered: .solutionProposed,
          .accepted: .solutionProposed, .approved: .approved, .implemented: .implemented, .followedUp: .followedUp]),
    ]

    func testEveryStepInEveryStage() throws {
        for (name, step, legal) in table {
            for stage in Stage.allCases {
                let before = try walk(stage.path)
                let result = before.applying(step, by: "sun", role: .supervisor, at: at(100))
                if let expected = legal[stage] {
                    XCTAssertEqual(try? result.get().complaint.state, expected, "\(name) in \(stage): \(result)")
                } else {
                    guard case .failure(let error) = result else {
                        XCTFail("\(name) in \(stage) must be refused")
                        continue
                    }
                    XCTAssertTrue(error.message.contains("complaint 7"), "names the complaint: \(error.message)")
                }
            }
        }
    }

    func testOutOfOrderStepsSayWhatMustHappenFirst() throws {
        XCTAssertEqual(try refusal(.proposeSolution("refund"), in: .received), "complaint 7 is received: judge it (valid or not) first")
        XCTAssertEqual(try refusal(.proposeSolution("refund"), in: .judged),
                       "complaint 7 is judged: assign it to a department and an owner first")
        XCTAssertEqual(try refusal(.approve, in: .proposed),
                       "complaint 7 is solution-proposed: offer a solution and have the customer accept it first")
        XCTAssertEqual(try refusal(.offer(solutionId: 2), in: .offered),
                       "solution 1 of complaint 7 is on offer: record whether the customer accepts or refuses it first")
        XCTAssertEqual(try refusal(.offer(solutionId: 9), in: .proposed),
                       "complaint 7 has no solution 9; see 'frontline complaint show 7' for its solutions")
        XCTAssertEqual(try refusal(.archive, in: .implemented),
                       "complaint 7: archive needs at least one follow-up; call the customer and record their satisfaction first")
        XCTAssertEqual(try refusal(.edit(.cause("x")), in: .rejected),
                       "complaint 7 was judged not valid and is closed; file a new complaint if the customer comes back")
        XCTAssertEqual(try refusal(.followUp(satisfaction: .satisfied, note: nil), in: .archived),
                       "complaint 7 is archived and closed; file a new complaint if the customer comes back")
    }

    func testAMajorComplaintNeedsASupervisorsApprovalBeforeItIsImplemented() throws {
        XCTAssertEqual(try refusal(.implement, in: .accepted),
                       "complaint 7 is major: a supervisor must approve it before it is implemented")
        let minor = try walk(Stage.accepted.path, severity: .minor)
        XCTAssertEqual(try minor.applying(.implement, by: "lin", role: .agent, at: at(100)).get().complaint.state, .implemented,
                       "a minor complaint may skip approval")
    }

    func testOnlyASupervisorMayApprove() throws {
        let accepted = try walk(Stage.accepted.path)
        for role in [AgentRole.agent, .trainee] {
            guard case .failure(let error) = accepted.applying(.approve, by: "lin", role: role, at: at(100)) else {
                return XCTFail("\(role) approved")
            }
            XCTAssertTrue(error.message.hasPrefix("only a supervisor may approve complaint 7; lin is a"), error.message)
        }
        XCTAssertEqual(try accepted.applying(.approve, by: "sun", role: .supervisor, at: at(100)).get().complaint.state, .approved)
    }

    func testNotValidNeedsTheExplanationAndCloses() throws {
        let received = try walk([])
        for explanation in [nil, "  "] {
            XCTAssertEqual(try refusal(.judge(valid: false, explanation: explanation), in: .received),
                           "a complaint judged not valid needs the explanation given to the customer")
        }
        let rejected = try received.applying(.judge(valid: false, explanation: " the warranty ended "), by: "lin", role: .agent,
                                             at: at(10)).get()
        XCTAssertEqual(rejected.complaint.state, .rejected)
        XCTAssertEqual(rejected.complaint.explanation, "the warranty ended")
        XCTAssertTrue(rejected.complaint.state.isClosed)
    }

    func testARefusedSolutionIsNotOfferedAgainAndTheNextOneIs() throws {
        let refused = try walk(Stage.offered.path + [.refuse(solutionId: 1)])
        XCTAssertEqual(refused.solutions.map(\.status), [.refused, .proposed])
        XCTAssertEqual(try refusal(.offer(solutionId: 1), after: refused),
                       "solution 1 of complaint 7 was refused; offer another one or propose a new one")
        let accepted = try walk(Stage.offered.path + [.refuse(solutionId: 1), .offer(solutionId: 2), .accept(solutionId: 2)])
        XCTAssertEqual(accepted.solutions.map(\.status), [.refused, .accepted])
        XCTAssertEqual(accepted.complaint.acceptedSolutionId, 2)
        XCTAssertEqual(try refusal(.proposeSolution("more"), after: accepted),
                       "complaint 7 is solution-proposed: a supervisor must approve it first")
    }

    func testStepsRecordWhoAndWhen() throws {
        let implemented = try walk(Stage.implemented.path)
        XCTAssertEqual(implemented.complaint.resolvedAt, at(Double(Stage.implemented.path.count)))
        XCTAssertEqual(implemented.solutions[0].agent, "sun", "the supervisor walked the path")
        let followed = try implemented.applying(.followUp(satisfaction: .dissatisfied, note: "  "), by: "lin", role: .agent, at: at(500)).get()
        XCTAssertEqual(followed.followUps, [ComplaintFollowUp(complaintId: 7, satisfaction: .dissatisfied, note: nil, at: at(500), agent: "lin")])
        XCTAssertEqual(try followed.applying(.archive, by: "lin", role: .agent, at: at(600)).get().complaint.archivedAt, at(600))
    }

    func testMajorComplaintsAreRaisedToTheSupervisor() throws {
        XCTAssertTrue(try walk([]).complaint.raisedToSupervisor)
        XCTAssertFalse(try walk([], severity: .minor).complaint.raisedToSupervisor)
    }

    // MARK: Helpers

    func at(_ seconds: TimeInterval) -> Date { testEpoch.addingTimeInterval(seconds) }

    /// A complaint with id 7 taken through `steps` by a supervisor, one second apart; solutions get ids 1, 2... as the store gives them.
    func walk(_ steps: [ComplaintStep], severity: ComplaintSeverity = .major) throws -> ComplaintCase {
        var current = ComplaintCase(complaint: Complaint(id: 7, customerId: 1, contactId: nil, category: .delivery, severity: severity,
                                                         account: "快递丢了", wants: "退款", promisedReplyAt: nil, agent: "lin",
                                                         receivedAt: testEpoch))
        for (index, step) in steps.enumerated() {
            current = try current.applying(step, by: "sun", role: .supervisor, at: at(Double(index + 1))).get()
            for solution in current.solutions.indices where current.solutions[solution].id == nil {
                current.solutions[solution].id = Int64(solution + 1)
            }
        }
        return current
    }

    func refusal(_ step: ComplaintStep, in stage: Stage) throws -> String? {
        try refusal(step, after: walk(stage.path))
    }

    func refusal(_ step: ComplaintStep, after current: ComplaintCase) throws -> String? {
        guard case .failure(let error) = current.applying(step, by: "sun", role: .supervisor, at: at(100)) else { return nil }
        return error.message
    }
}
