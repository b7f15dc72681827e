import FrontlineCore
import FrontlineScreen
import FrontlineStore
import XCTest
@testable import FrontlineConsole

/// The complaints view: keys become complaint steps, prompts collect their text, the script records the answer.
final class ComplaintsViewTests: XCTestCase {
    private let start = Fixtures.start

    private func complaint(_ id: Int64, owner: String? = "mina", agent: String = "mina", state: ComplaintState = .received,
                           severity: ComplaintSeverity = .major) -> Complaint {
        var complaint = Complaint(id: id, customerId: 70, contactId: 7, category: .delivery, severity: severity, account: "快递丢了",
                                  wants: "重新发货", promisedReplyAt: nil, state: state, agent: agent, receivedAt: start)
        complaint.owner = owner
        return complaint
    }

    private func detail(_ complaint: Complaint, solutions: [ComplaintSolution] = []) -> ComplaintDetail {
        ComplaintDetail(complaint: complaint, customerName: "王芳", customerLanguage: .zhHans, solutions: solutions, followUps: [],
                        history: [ComplaintChange(complaintId: complaint.id!, agent: "mina", at: start, kind: .state, field: "state",
                                                  oldValue: nil, newValue: "received")])
    }

    func testTheListHoldsMyOpenComplaintsByNextDeadline() {
        var state = Fixtures.state()
        XCTAssertEqual(state.send(.key(.char("v"))), [.loadComplaints])
        XCTAssertEqual(state.mode, .complaintList)
        state.send(.complaintsLoaded([
            ComplaintSummary(complaint: complaint(1), customerName: "A", nextDeadline: start.addingTimeInterval(900)),
            ComplaintSummary(complaint: complaint(2, owner: "jun"), customerName: "B", nextDeadline: start),
            ComplaintSummary(complaint: complaint(3, owner: nil), customerName: "C", nextDeadline: start.addingTimeInterval(60)),
            ComplaintSummary(complaint: complaint(4, state: .archived), customerName: "D", nextDeadline: nil),
        ]))
        XCTAssertEqual(state.complaints.list.map(\.complaint.id), [3, 1], "mine (owned, or filed and unowned), open, soonest first")
        state.send(.key(.char("j")))
        XCTAssertEqual(state.send(.key(.enter)), [.loadComplaint(id: 1)])
        XCTAssertEqual(state.mode, .complaintDetail)
    }

    func testKeysTakeTheNextStepsAndPromptsCollectTheirText() {
        var state = Fixtures.state()
        state.mode = .complaintDetail
        state.send(.complaintLoaded(detail(complaint(5))))
        XCTAssertEqual(state.send(.key(.char("v"))), [.applyComplaintStep(id: 5, step: .judge(valid: true, explanation: nil))])
        state.send(.key(.char("x")))
        state.type("属于正常运输时间")
        XCTAssertEqual(state.send(.key(.enter)), [.applyComplaintStep(id: 5, step: .judge(valid: false, explanation: "属于正常运输时间"))])
        state.send(.key(.escape))
        state.send(.complaintLoaded(detail(complaint(5, state: .judged))))
        state.send(.key(.char("a")))
        XCTAssertEqual(state.mode, .complaintPrompt(.department, TextField()))
        XCTAssertEqual(state.send(.key(.enter)), [], "a department is needed")
        XCTAssertEqual(state.message, .error(state.text.typeFirst(state.text.promptLabel(.department))))
        state.type("物流部")
        XCTAssertEqual(state.send(.key(.enter)), [.applyComplaintStep(id: 5, step: .assign(department: "物流部", owner: "mina"))])
    }

    func testOfferAcceptAndRefuseWorkOnTheRightSolution() {
        var state = Fixtures.state()
        state.mode = .complaintDetail
        let solutions = [ComplaintSolution(id: 11, complaintId: 5, text: "退运费", status: .refused, at: start, agent: "mina"),
                         ComplaintSolution(id: 12, complaintId: 5, text: "补发", status: .proposed, at: start, agent: "mina")]
        state.send(.complaintLoaded(detail(complaint(5, state: .solutionProposed), solutions: solutions)))
        XCTAssertEqual(state.send(.key(.char("o"))), [.applyComplaintStep(id: 5, step: .offer(solutionId: 12))])
        XCTAssertEqual(state.send(.key(.char("y"))), [], "nothing is on offer yet")
        XCTAssertEqual(state.message, .error(state.text.noSolutionOffered))
        var offered = solutions
        offered[1].status = .offered
        state.send(.complaintLoaded(detail(complaint(5, state: .solutionProposed), solutions: offered)))
        XCTAssertEqual(state.send(.key(.char("y"))), [.applyComplaintStep(id: 5, step: .accept(solutionId: 12))])
        XCTAssertEqual(state.send(.key(.char("f"))), [.applyComplaintStep(id: 5, step: .refuse(solutionId: 12))])
    }

    func testTheFollowUpScriptRecordsTheAnswerAndItsNote() {
        var state = Fixtures.state(width: 100, height: 30)
        state.mode = .complaintDetail
        state.send(.complaintLoaded(detail(complaint(5, state: .implemented))))
        state.send(.key(.char("u")))
        XCTAssertEqual(state.mode, .followUpScript(answer: nil))
        let screen = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Follow-up call"), screen)
        XCTAssertTrue(screen.contains("王芳"), "the script is filled for the customer:\n\(screen)")
        state.send(.key(.char("3")))
        XCTAssertEqual(state.mode, .complaintPrompt(.followUpNote(.dissatisfied), TextField()))
        state.type("包装太差")
        XCTAssertEqual(state.send(.key(.enter)), [.applyComplaintStep(id: 5, step: .followUp(satisfaction: .dissatisfied, note: "包装太差"))])
        state.send(.complaintStepped(complaint(5, state: .followedUp)))
        XCTAssertEqual(state.mode, .complaintDetail)
    }

    func testTakingAFollowUpCallLooksForItsComplaint() {
        var state = Fixtures.state()
        let callback = Contact(id: 9, channel: .callback, state: .active, customerId: 70, address: "x", queuedAt: start, agent: "mina")
        XCTAssertEqual(state.send(.taken(callback)), [.reloadQueue, .loadDetail(contactId: 9), .findFollowUp(contactId: 9)])
        XCTAssertEqual(state.send(.followUpFound(complaint(5, state: .implemented))), [.loadComplaint(id: 5)])
        XCTAssertEqual(state.mode, .followUpScript(answer: nil))
    }

    func testTheDetailViewLinesUpInEveryLanguage() {
        for language in ConsoleLanguage.allCases {
            var state = Fixtures.state()
            state.text = language.text
            state.mode = .complaintDetail
            state.send(.complaintLoaded(detail(complaint(5))))
            for line in ConsoleView.render(state).lines() { XCTAssertEqual(DisplayWidth.of(line), 80, "\(language): \(line)") }
        }
    }

    func testTheOtherFieldsAreEditedInPlaceStartingFromWhatIsThere() {
        var state = Fixtures.state()
        state.mode = .complaintDetail
        var filed = complaint(5, state: .assigned)
        filed.cause = "仓库漏发"
        state.send(.complaintLoaded(detail(filed)))
        state.send(.key(.char("d")))
        state.type("客户三天没收到包裹，要求补发")
        XCTAssertEqual(state.send(.key(.enter)),
                       [.applyComplaintStep(id: 5, step: .edit(.paraphrase("客户三天没收到包裹，要求补发", confirmed: true)))])
        state.send(.key(.escape), .key(.char("c")))
        XCTAssertEqual(state.mode, .complaintPrompt(.cause, TextField("仓库漏发")), "the cause so far, to correct")
        state.send(.key(.ctrl("u")))
        XCTAssertEqual(state.send(.key(.enter)), [.applyComplaintStep(id: 5, step: .edit(.cause(nil)))], "emptied: no cause")
        state.send(.key(.escape), .key(.char("g")))
        state.type("jun")
        XCTAssertEqual(state.send(.key(.enter)), [.applyComplaintStep(id: 5, step: .edit(.aboutAgent("jun")))])
        state.send(.key(.escape), .key(.char("m")))
        state.type("10元优惠券")
        XCTAssertEqual(state.send(.key(.enter)), [.applyComplaintStep(id: 5, step: .edit(.compensation("10元优惠券")))])
    }
}
