import FrontlineCore
import FrontlineScreen
import XCTest
@testable import FrontlineConsole

/// What a mode types or chooses lives in the mode: leaving it drops it, and coming back starts afresh.
final class ModeScratchStateTests: XCTestCase {
    func testEscOutOfPromisingAndBackInStartsEmpty() {
        var state = Fixtures.state()
        let mail = Fixtures.contact(5, .email, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(mail, "Grace")]))
        state.send(.key(.char("b")))
        state.type("+2h")
        XCTAssertEqual(state.mode, .promising(TextField("+2h")))
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .normal)
        state.send(.key(.char("b")))
        XCTAssertEqual(state.mode, .promising(TextField()), "the half-typed time went with the mode")
        XCTAssertEqual(state.send(.key(.enter)), [.promise(contactId: 5, due: nil)], "Enter alone: the default, not +2h")
    }

    func testAHandoverNoteLeftWithEscIsNotSavedNextTime() {
        var state = Fixtures.state()
        state.send(.key(.char("q")))
        state.type("refund pending")
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .normal, "still logged in")
        state.send(.key(.char("q")))
        XCTAssertEqual(state.mode, .writingHandover(note: TextField()))
        XCTAssertEqual(state.send(.key(.enter)), [.logOut(note: nil)])
    }

    func testHelpOpensAtTheTopEachTime() {
        var state = Fixtures.state()
        state.send(.key(.char("?")), .key(.char("j")), .key(.char("j")))
        XCTAssertEqual(state.mode, .help(scroll: 2))
        state.send(.key(.escape), .key(.char("?")))
        XCTAssertEqual(state.mode, .help(scroll: 0))
    }

    func testAComplaintPromptLeftWithEscStartsFromScratch() {
        var state = Fixtures.state()
        state.mode = .complaintDetail
        state.send(.complaintLoaded(detail()))
        state.send(.key(.char("c")))
        state.type("司机送错")
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .complaintDetail)
        state.send(.key(.char("c")))
        XCTAssertEqual(state.mode, .complaintPrompt(.cause, TextField()))
    }

    /// An answer chosen in an abandoned follow-up call no longer shows the script beside a later prompt.
    func testAnAbandonedFollowUpLeavesNoScriptBehind() {
        var state = Fixtures.state(width: 100, height: 30)
        state.mode = .complaintDetail
        state.send(.complaintLoaded(detail()))
        state.send(.key(.char("u")), .key(.char("3")))
        XCTAssertEqual(state.mode, .complaintPrompt(.followUpNote(.dissatisfied), TextField()))
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .followUpScript(answer: .dissatisfied), "back to the script, the answer still chosen")
        state.send(.key(.escape), .key(.char("c")))
        XCTAssertEqual(state.mode, .complaintPrompt(.cause, TextField()))
        let screen = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertFalse(screen.contains(state.text.followUpTitle), screen)
    }

    private func detail() -> ComplaintDetail {
        let complaint = Complaint(id: 5, customerId: 70, contactId: 7, category: .delivery, severity: .major, account: "快递丢了",
                                  wants: "重新发货", promisedReplyAt: nil, state: .implemented, agent: "mina", receivedAt: Fixtures.start)
        return ComplaintDetail(complaint: complaint, customerName: "王芳", customerLanguage: .zhHans, solutions: [], followUps: [], history: [])
    }
}
