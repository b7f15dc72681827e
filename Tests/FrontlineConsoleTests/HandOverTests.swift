import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// `t` and `u` on the console, in every language: whom to, the note, what is sent to the store,
/// what the agent is told, and the note the receiver sees first.
final class HandOverTests: XCTestCase {
    private func holding(_ text: any ConsoleText) -> AppState {
        var state = Fixtures.state(width: 120, height: 30)
        state.text = text
        let call = Fixtures.contact(7, .phone, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(call, "Grace")]), .taken(call))
        state.message = nil
        return state
    }

    func testTransferAsksWhomThenTheNoteAndSendsBoth() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = holding(text)
            state.send(.key(.char("t")))
            XCTAssertEqual(state.mode, .handingOver(.transferTarget, contactId: 7, field: TextField()))
            XCTAssertEqual(state.send(.key(.enter)), [], "nothing typed")
            XCTAssertEqual(state.message, .error(text.emptyHandOver))
            state.type("complaint")
            XCTAssertEqual(state.send(.key(.enter)), [.findTransferTarget(contactId: 7, name: "complaint")], "looked up before the note")
            state.send(.transferTargetFound(contactId: 7, nil))
            XCTAssertEqual(state.message, .error(text.noSuchTarget("complaint")), "a name that is nobody is said at once")
            XCTAssertEqual(state.mode.typedField?.text, "complaint", "and stays there to be corrected")
            state.type("s")
            XCTAssertEqual(state.send(.key(.enter)), [.findTransferTarget(contactId: 7, name: "complaints")])
            state.send(.transferTargetFound(contactId: 7, .group("complaints")))
            XCTAssertTrue(ConsoleView.render(state).line(28).contains(text.transferNoteLabel("complaints")), text.transferNoteLabel("complaints"))
            state.type("refund late")
            XCTAssertEqual(state.send(.key(.enter)), [.transfer(contactId: 7, to: .group("complaints"), note: "refund late")])

            var sent = Fixtures.contact(7, .phone, queuedSecondsAgo: 0)
            sent.sentToGroup = "complaints"
            XCTAssertEqual(state.send(.handedOver(sent)), [.reloadQueue])
            XCTAssertEqual(state.mode, .normal)
            XCTAssertNil(state.queue.activeContactId)
            XCTAssertEqual(state.message, .info(text.sentToGroup(7, "complaints")))
        }
    }

    func testEscalateAsksWhyAndWithNothingInHandSaysSo() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = holding(text)
            state.send(.key(.char("E")))
            state.type("over my limit")
            XCTAssertEqual(state.send(.key(.enter)), [.escalate(contactId: 7, note: "over my limit")])
            var idle = Fixtures.state()
            idle.text = text
            XCTAssertEqual(idle.send(.key(.char("t"))), [])
            XCTAssertEqual(idle.message, .error(text.nothingToTransfer))
            XCTAssertEqual(idle.mode, .normal)
        }
    }

    func testAContactTransferredToTheAgentIsAnnouncedWithItsNote() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = Fixtures.state(width: 120, height: 30)
            state.text = text
            state.send(.queueLoaded([]))
            var given = Fixtures.contact(9, .chat, state: .active, queuedSecondsAgo: 30, agent: "mina")
            (given.handoverNote, given.handoverFrom) = ("needs the warehouse", "jun")
            state.send(.queueLoaded([Fixtures.row(given, "Grace")]))
            XCTAssertEqual(state.message?.text, text.assignedToYou(.chat, "Grace", 9) + " " + text.handoverFrom("jun", "needs the warehouse"))
        }
    }

    func testHAsksADepartmentFromThePolicysListThenTheQuestion() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = holding(text)
            state.send(.key(.char("h")))
            state.type("marketing")
            XCTAssertEqual(state.send(.key(.enter)), [])
            XCTAssertEqual(state.message, .error(text.noSuchDepartment("marketing", SLAPolicy.standard.departments)))
            _ = state.send(.key(.ctrl("u")))
            state.type("warehouse")
            XCTAssertEqual(state.send(.key(.enter)), [])
            state.type("shipped?")
            XCTAssertEqual(state.send(.key(.enter)), [.handOff(contactId: 7, department: "warehouse", question: "shipped?")])
            let handoff = Handoff(id: 40, contactId: 7, customerName: "Grace", department: "warehouse", question: "shipped?", agent: "mina",
                                  askedAt: Fixtures.start, due: Fixtures.start.addingTimeInterval(3600))
            XCTAssertEqual(state.send(.askedDepartment(handoff)), [])
            XCTAssertEqual(state.mode, .normal)
            XCTAssertEqual(state.message, .info(text.askedDepartment("warehouse", 40, ClockFormat.timeOfDay.string(from: handoff.due))))
        }
    }

    func testTheReceiverSeesTheNoteFirstInTheCustomerFile() {
        var contact = Fixtures.contact(7, .phone, state: .active, queuedSecondsAgo: 60, agent: "mina")
        contact.handoverNote = "wants a refund \u{1b}[2J today"
        contact.handoverFrom = "jun"
        let file = Fixtures.file(70, "Grace", .en)
        let lines = CustomerPane.lines(CustomerDetailState(), file: file, contact: contact, now: Fixtures.start, text: KoreanText(), width: 60)
        XCTAssertEqual(lines.first?.segments.map(\.text).joined(), "⇄ " + KoreanText().handoverFrom("jun", "wants a refund ^[[2J today"))
    }

    func testEnterOnAContactSentToAnotherGroupOrEscalatedSaysWhy() {
        var waiting = Fixtures.contact(3, .phone, queuedSecondsAgo: 10)
        waiting.sentToGroup = "finance"
        waiting.sentToGroupAt = Fixtures.start.addingTimeInterval(-10)
        var escalated = Fixtures.contact(4, .chat, queuedSecondsAgo: 10)
        escalated.escalatedAt = Fixtures.start
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = Fixtures.state(width: 120, height: 30)
            state.text = text
            state.send(.queueLoaded([Fixtures.row(waiting, "Kim"), Fixtures.row(escalated, "Lee")]))
            state.queue.selectedContactId = 3
            XCTAssertEqual(state.send(.key(.enter)), [])
            XCTAssertEqual(state.message, .error(text.waitsFor(3, .group("finance", openToAllAt: Fixtures.start.addingTimeInterval(110)))))
            state.queue.selectedContactId = 4
            XCTAssertEqual(state.send(.key(.enter)), [])
            XCTAssertEqual(state.message, .error(text.waitsFor(4, .supervisors)))
        }
    }
}
