import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// First-question ownership on the agent's screen: the queue names whom each contact goes back
/// to, marks the ones kept for them now, and Enter on one kept for someone else says why not.
final class OwnerQueueTests: XCTestCase {
    /// mina's console; a call-back owned by jun came back 10 s ago, a chat of a customer assigned to mina.
    private func state(_ text: any ConsoleText = EnglishText()) -> AppState {
        var state = Fixtures.state(width: 120, height: 30)
        state.text = text
        var callback = Fixtures.contact(1, .callback, queuedSecondsAgo: 10)
        callback.owner = "jun"
        state.send(.queueLoaded([
            Fixtures.row(callback, "陈晓华", .zhHans),
            QueueRow(contact: Fixtures.contact(2, .chat, queuedSecondsAgo: 300), customerName: "김민준", customerLanguage: .ko, assignedAgent: "mina"),
            Fixtures.row(Fixtures.contact(3, .phone, queuedSecondsAgo: 20), "Grace"),
        ]))
        state.message = nil
        return state
    }

    func testTheQueueShowsEachOwnerAndMarksTheOnesKeptForThemNow() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            let state = state(text)
            var buffer = ScreenBuffer(width: 60, height: 6)
            QueuePane.render(state.queue, focused: true, state.paneContext, into: &buffer, rect: Rect(x: 0, y: 0, width: 60, height: 6))
            let lines = buffer.lines()
            XCTAssertTrue(lines[1].contains(text.queueColumns.owner), lines[1])
            let callback = lines.first { $0.contains("陈晓华") } ?? ""
            XCTAssertTrue(callback.contains("jun*"), "kept for jun for 50 s more: \(callback)")
            let chat = lines.first { $0.contains("김민준") } ?? ""
            XCTAssertTrue(chat.contains("mina ") && !chat.contains("mina*"), "the hold on mina's customer has run out: \(chat)")
            for line in lines { XCTAssertEqual(DisplayWidth.of(line), 60, line) }
        }
    }

    func testEnterOnAContactKeptForSomeoneElseSaysWhoAndUntilWhenAndTakesNothing() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = state(text)
            state.queue.selectedContactId = 1
            XCTAssertEqual(state.send(.key(.enter)), [])
            let until = ClockFormat.timeOfDaySeconds.string(from: Fixtures.start.addingTimeInterval(50))
            XCTAssertEqual(state.message, .error(text.keptForOwner(1, "jun", until: Fixtures.start.addingTimeInterval(50))))
            XCTAssertTrue(text.keptForOwner(1, "jun", until: Fixtures.start).contains("jun"))
            XCTAssertTrue(state.message?.text.contains(until) ?? false)
            // Mina's own customer, and a contact kept for nobody, are taken as before.
            state.queue.selectedContactId = 2
            XCTAssertEqual(state.send(.key(.enter)), [.take(contactId: 2)])
        }
    }
}
