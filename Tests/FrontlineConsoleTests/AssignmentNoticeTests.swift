import FrontlineCore
import FrontlineScreen
import FrontlineStore
import XCTest
@testable import FrontlineConsole

/// A chat routing assigns, or a contact a supervisor gives, is announced in the status line;
/// what the agent took themselves, and what they held when the console opened, is not.
final class AssignmentNoticeTests: XCTestCase {
    let waiting = Fixtures.row(Fixtures.contact(1, .chat, queuedSecondsAgo: 30), "王小明", .zhHans)
    let held = Fixtures.row(Fixtures.contact(1, .chat, state: .active, queuedSecondsAgo: 30, agent: "mina"), "王小明", .zhHans)

    func testAChatAssignedByRoutingIsAnnouncedInEveryLanguage() {
        for (language, words) in [(ConsoleLanguage.en, "Given to you: chat 1, 王小明. r to reply."),
                                  (.zhHans, "已分配给你：在线 1，王小明。按 r 回复。"), (.ko, "배정됨: 채팅 1, 王小明. r 로 답변.")] {
            var state = Fixtures.state(width: 100, height: 30)
            state.text = language.text
            state.send(.queueLoaded([waiting]))
            XCTAssertNil(state.message)
            state.send(.queueLoaded([held]))
            XCTAssertEqual(state.message, .info(words))
            let line = ConsoleView.render(state).lines()[28]
            XCTAssertTrue(line.contains(words), line)
        }
    }

    func testTwoAtOnceAreCounted() {
        var state = Fixtures.state()
        state.send(.queueLoaded([]))
        let other = Fixtures.row(Fixtures.contact(2, .chat, state: .active, queuedSecondsAgo: 20, agent: "mina"), "Grace")
        state.send(.queueLoaded([held, other]))
        XCTAssertEqual(state.message, .info("2 contacts were given to you."))
    }

    func testWhatTheAgentTookOrHeldAtLoginIsNotNews() {
        var state = Fixtures.state()
        state.send(.queueLoaded([held]))
        XCTAssertNil(state.message, "held before the console opened")
        let call = Fixtures.contact(2, .phone, state: .active, queuedSecondsAgo: 20, agent: "mina")
        state.send(.taken(call))
        let took = state.message
        state.send(.queueLoaded([held, Fixtures.row(call, "Grace")]))
        XCTAssertEqual(state.message, took, "taken with n or accepted: the take message stays")
    }
}
