import Foundation
@testable import FrontlineCore
import XCTest

final class ComplaintAuditTests: XCTestCase {
    let complaint = Complaint(id: 3, customerId: 1, contactId: nil, category: .payment, severity: .minor, account: "扣了两次款",
                              wants: "退一笔", promisedReplyAt: nil, state: .judged, agent: "lin", receivedAt: testEpoch)

    func testEachChangedFieldIsOneLineWithWhoAndWhen() {
        let old = ComplaintCase(complaint: complaint)
        var new = old
        new.complaint.state = .assigned
        new.complaint.owner = "park"
        new.complaint.department = "finance"
        new.complaint.paraphrase = "charged twice"
        new.complaint.paraphraseConfirmed = true
        let when = testEpoch.addingTimeInterval(60)
        let changes = ComplaintChange.changes(from: old, to: new, by: "park", at: when)
        XCTAssertEqual(changes.map(\.field), ["state", "owner", "department", "paraphrase", "paraphrase_confirmed"])
        XCTAssertEqual(changes.map(\.kind), [.state, .owner, .field, .field, .field])
        XCTAssertEqual(changes.first?.oldValue, "judged")
        XCTAssertEqual(changes.first?.newValue, "assigned")
        XCTAssertEqual(changes[4].oldValue, "no")
        XCTAssertTrue(changes.allSatisfy { $0.agent == "park" && $0.at == when && $0.complaintId == 3 })
        XCTAssertEqual(ComplaintChange.changes(from: old, to: old, by: "park", at: when), [], "nothing changed, nothing recorded")
    }

    func testSolutionsAndFollowUpsAreRecorded() {
        let offered = ComplaintSolution(id: 4, complaintId: 3, text: "refund", status: .offered, at: testEpoch, agent: "lin")
        let old = ComplaintCase(complaint: complaint, solutions: [offered])
        var new = old
        new.solutions[0].status = .accepted
        new.solutions.append(ComplaintSolution(id: 5, complaintId: 3, text: "voucher", at: testEpoch, agent: "lin"))
        new.followUps.append(ComplaintFollowUp(id: 1, complaintId: 3, satisfaction: .neutral, note: "slow", at: testEpoch, agent: "lin"))
        let changes = ComplaintChange.changes(from: old, to: new, by: "lin", at: testEpoch)
        XCTAssertEqual(changes.map(\.field), ["solution 4", "solution 5", "follow-up"])
        XCTAssertEqual(changes.map(\.oldValue), ["offered", nil, nil])
        XCTAssertEqual(changes.map(\.newValue), ["accepted", "proposed: voucher", "neutral: slow"])
    }
}
