import FrontlineCore
import FrontlineScreen
import XCTest
@testable import FrontlineConsole

/// The wording guard between the reply line and the customer.
final class WordingGuardConsoleTests: XCTestCase {
    private func replying(_ text: String, customer: Language = .zhHans) -> AppState {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "王小明", customer)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "王小明", customer), transcript: []))
        state.send(.key(.char("r")))
        state.type(text)
        return state
    }

    func testForbiddenWordingStopsTheReplyAndIsShownWhereItIs() {
        var state = replying("这个我不知道，您问别人吧")
        XCTAssertEqual(state.send(.key(.enter)), [], "not sent")
        XCTAssertEqual(state.mode, .wordingWarning)
        let hit = try! XCTUnwrap(state.reply.wordingHits.first)
        XCTAssertTrue(String(state.reply.field.characters[hit.range]).contains("不知道"))
        let screen = ConsoleView.render(state)
        let text = screen.lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Wording the manuals forbid"), text)
        XCTAssertTrue(text.contains("“\(String(state.reply.field.characters[hit.range]))” — instead:"), "the words as typed:\n\(text)")
        // The flagged characters are drawn in the error colour on the reply line.
        let row = ConsoleLayout(width: 80, height: 24)!.replyLine.y
        XCTAssertTrue(screen.roles(row: row).contains(.error))
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .replying, "back to editing, text kept")
        XCTAssertEqual(state.reply.field.text, "这个我不知道，您问别人吧")
    }

    func testSendingAnywayIsLoggedAgainstTheAgent() {
        var state = replying("I don't know, sorry", customer: .en)
        state.send(.key(.enter))
        XCTAssertEqual(state.mode, .wordingWarning)
        let effects = state.send(.key(.char("y")))
        XCTAssertEqual(effects.first, .reply(contactId: 7, text: "I don't know, sorry"))
        guard case .recordWordingOverride(7, let words)? = effects.last else { return XCTFail("\(effects)") }
        XCTAssertEqual(words.count, 1)
        XCTAssertTrue(words[0].lowercased().contains("know"), words[0])
    }

    func testPoliteRepliesInEveryLanguageGoStraightOut() {
        for (text, language) in [("您好，我马上为您查询，请稍等。", Language.zhHans), ("확인해 보겠습니다. 잠시만 기다려 주세요.", .ko),
                                 ("Thank you for waiting, I will check that for you.", .en)] {
            var state = replying(text, customer: language)
            XCTAssertEqual(state.send(.key(.enter)), [.reply(contactId: 7, text: text)], text)
        }
    }

    func testAnUnfilledPlaceholderIsMarkedOnTheReplyLine() {
        let state = replying("您的订单 {{order.number}} 已发货")
        let screen = ConsoleView.render(state)
        let row = ConsoleLayout(width: 80, height: 24)!.replyLine.y
        XCTAssertEqual(screen.roles(row: row).filter { $0 == .error }.count, DisplayWidth.of("{{order.number}}"))
    }
}

final class WordingSuggestionTests: XCTestCase {
    func testASuggestionShowsAnEllipsisWhereThePhraseAsksForSomethingAtInsertTime() {
        let rendered = PhraseTemplate.render("I will call you back by {{promised_time}}, {{customer.title}}.", values: ["customer.title": "王小明"])
        XCTAssertEqual(WordingWarning.suggestion(rendered), "I will call you back by …, 王小明.")
    }
}
