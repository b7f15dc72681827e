import Foundation
import FrontlineCore
import FrontlineScreen
import XCTest
@testable import FrontlineConsole

/// The wallboard's queue shows a contact escalated to the supervisors, and the group a contact was sent to.
final class WallboardEscalationTests: XCTestCase {
    func testAnEscalationStandsOutAndAGroupContactNamesItsGroup() {
        let now = Fixtures.start
        var escalated = Contact(id: 1, channel: .chat, customerId: 10, address: "a@example.com", queuedAt: now - 100,
                                awaitingReplySince: now - 100, owner: "mina")
        escalated.escalatedAt = now - 10
        var sent = Contact(id: 2, channel: .phone, customerId: 20, address: "+86 130 0000 0002", queuedAt: now - 20)
        (sent.sentToGroup, sent.sentToGroupAt) = ("complaints", now - 20)
        var lead = Agent(name: "lead", role: .supervisor, createdAt: now - 9000)
        (lead.presence, lead.stateSince) = (.available, now - 600)
        for language in [ConsoleLanguage.en, .zhHans, .ko] {
            var state = WallboardState(supervisor: lead, text: language.wallboardText, width: 120, height: 40, now: now, isLarge: false)
            _ = updateWallboard(&state, .loaded(WallboardInput(contacts: [escalated, sent], customerNames: [10: "Kim", 20: "Lee"], agents: [lead])))
            let screen = WallboardView.render(state).lines()
            let kim = screen.first { $0.contains("Kim") } ?? ""
            XCTAssertTrue(kim.contains(language.wallboardText.escalatedMark), "\(language): \(kim)")
            let lee = screen.first { $0.contains("Lee") } ?? ""
            let group = "→ " + language.wallboardText.console.groupName("complaints")
            XCTAssertTrue(lee.contains(String(group.prefix(4))), "the group in the reader's words, cut to the column: \(lee)")
        }
    }
}
