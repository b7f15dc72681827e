import Foundation
import FrontlineTestSupport
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// `f` books a follow-up at a time agreed with the customer on screen; a time at night or in the
/// customer's rest is refused on screen, in the agent's language, with the next time that may be booked.
final class FollowUpBookingConsoleTests: XCTestCase {
    private let shanghai = ShanghaiTime.zone

    private func local(_ text: String) -> Date { ShanghaiTime.date(text) }

    /// Monday 10:00 in Shanghai, holding a call from a customer who rests until 10:30.
    private func holdingACall(_ language: ConsoleLanguage) -> AppState {
        let now = local("2026-09-28 10:00")
        var state = Fixtures.state(width: 120, height: 40, now: now)
        state.policy = SLAPolicy(calendar: .standard(in: shanghai))
        state.text = language.text
        let call = Contact(id: 5, channel: .phone, state: .active, customerId: 70, address: "+86 130 0000 0001",
                           queuedAt: now.addingTimeInterval(-60), takenAt: now.addingTimeInterval(-30), agent: "mina")
        var file = Fixtures.file(70, "王小明", .zhHans)
        file.customer.doNotDisturb = QuietHours.parseList("00:00-10:30") ?? []
        state.send(.queueLoaded([Fixtures.row(call, "王小明", .zhHans)]), .taken(call))
        state.send(.detailLoaded(contactId: 5, file: file, transcript: []))
        return state
    }

    func testARestingTimeIsRefusedWithTheNextTimeInThreeLanguagesAndAnAgreedOneIsBooked() {
        let next = ClockFormat.dayAndTime.string(from: local("2026-10-09 10:30"))
        for (language, words) in [(ConsoleLanguage.en, "not to be disturbed"), (.zhHans, "勿扰"), (.ko, "연락을 원하지 않는")] {
            var state = holdingACall(language)
            state.send(.key(.char("f")))
            XCTAssertEqual(state.mode, .bookingFollowUp(TextField()))
            XCTAssertTrue(ConsoleView.render(state).lines()[state.height - 2].contains(String(language.text.bookingLabel.prefix(4))), "\(language)")
            state.type("2026-10-09 09:30 battery")
            XCTAssertEqual(state.send(.key(.enter)), [], "\(language): nothing is sent")
            // On screen, whole: the label's format hint gives way to the refusal and its advice.
            let line = ConsoleView.render(state).lines()[state.height - 2]
            XCTAssertTrue(line.contains(words) && line.contains(next), "\(language): \(line)")

            state.send(.key(.ctrl("u")))
            state.type("2026-10-10 15:00")
            state.send(.key(.enter))
            let monday = ConsoleView.render(state).lines()[state.height - 2]
            XCTAssertTrue(monday.contains(ClockFormat.dayAndTime.string(from: local("2026-10-12 10:30"))),
                          "\(language): a Saturday gives Monday after the rest: \(monday)")

            state.send(.key(.ctrl("u")))
            state.type("2026-10-09 15:00 battery fitted by then")
            XCTAssertEqual(state.send(.key(.enter)),
                           [.bookFollowUp(contactId: 5, due: local("2026-10-09 15:00"), note: "battery fitted by then")])
        }
    }

    func testFNeedsAContactOnScreenAndEscBooksNothing() {
        var idle = Fixtures.state()
        XCTAssertEqual(idle.send(.key(.char("f"))), [])
        XCTAssertEqual(idle.mode, .normal)
        XCTAssertEqual(idle.message?.text, idle.text.nothingToBookOn)
        var state = holdingACall(.en)
        state.send(.key(.char("f")))
        state.type("soon")
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertEqual(state.message?.kind, .error)
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .normal)
    }
}
