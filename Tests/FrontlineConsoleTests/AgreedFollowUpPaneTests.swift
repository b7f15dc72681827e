import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// A follow-up booked for a time agreed with the customer says in the customer file why it exists
/// and what was agreed, in the agent's language; a booked one to come is listed as such.
final class AgreedFollowUpPaneTests: XCTestCase {
    private let now = Fixtures.start
    private func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }

    /// The agreed call-back (contact 21) being worked, and a second one booked for next week.
    private func state(_ language: ConsoleLanguage) -> AppState {
        var state = Fixtures.state(width: 120, height: 40)
        state.text = language.text
        let callback = Contact(id: 21, channel: .callback, state: .active, customerId: 70, address: "+86 130 0000 0001",
                               queuedAt: at(-60), takenAt: at(-30), agent: "mina", purpose: .agreedFollowUp)
        let later = Contact(id: 22, channel: .callback, customerId: 70, address: "+86 130 0000 0001",
                            queuedAt: at(7 * 86400), purpose: .agreedFollowUp)
        var file = Fixtures.file(70, "王小明", .zhHans)
        file.recentContacts = [callback]
        file.scheduledCallbacks = [later]
        file.callbackReasons = [21: .agreedFollowUp(agent: "lin", contactId: 4, note: "battery"),
                                22: .agreedFollowUp(agent: nil, contactId: nil, note: "")]
        file.agentNames = ["lin": "林娜", "mina": "Mina"]
        state.send(.queueLoaded([Fixtures.row(callback, "王小明", .zhHans)]), .taken(callback))
        state.send(.detailLoaded(contactId: 21, file: file, transcript: []))
        return state
    }

    private func paneText(_ state: AppState) -> [String] {
        var buffer = ScreenBuffer(width: 70, height: 30)
        CustomerPane.render(state.customer, contact: state.queue.activeEntry?.contact, now: state.now, focused: false, text: state.text,
                            into: &buffer, rect: Rect(x: 0, y: 0, width: 70, height: 30))
        return buffer.lines().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
    }

    func testTheAgreedFollowUpSaysWhoAgreedItAndWhatInThreeLanguages() {
        let expected: [(ConsoleLanguage, String, String)] = [
            (.en, "↻ Why: the follow-up 林娜 agreed with the customer (contact 4) — “battery”", "call-back · follow-up agreed"),
            (.zhHans, "↻ 原因：林娜 与客户约定的回访（接待 4） — “battery”", " · 约定回访"),
            (.ko, "↻ 사유: 林娜님이 고객과 약속한 재방문 전화 (상담 4) — “battery”", " · 약속한 재방문"),
        ]
        for (language, reason, coming) in expected {
            let lines = paneText(state(language))
            let text = lines.joined(separator: "\n")
            // The reason wraps to the pane; compare it without the breaks.
            let unwrapped = { (text: String) in text.filter { $0 != " " && $0 != "\n" } }
            XCTAssertTrue(unwrapped(text).contains(unwrapped(reason)), "\(language): \(text)")
            let time = ClockFormat.dayAndTime.string(from: at(7 * 86400))
            XCTAssertTrue(lines.contains { $0.hasPrefix(time) && $0.hasSuffix(coming) }, "\(language) call-back to come: \(text)")
        }
    }
}
