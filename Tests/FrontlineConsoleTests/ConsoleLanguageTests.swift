import FrontlineCore
import FrontlineScreen
import XCTest
@testable import FrontlineConsole

/// The console in English, Simplified Chinese and Korean: chosen from the locale, and laid out
/// as straight with the wider strings as with the English ones.
final class ConsoleLanguageTests: XCTestCase {
    func testTheLanguageFollowsLCALLThenLCMESSAGESThenLANG() {
        XCTAssertEqual(ConsoleLanguage(environment: ["LANG": "zh_CN.UTF-8"]), .zhHans)
        XCTAssertEqual(ConsoleLanguage(environment: ["LANG": "ko_KR.UTF-8"]), .ko)
        XCTAssertEqual(ConsoleLanguage(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "ko_KR.UTF-8"]), .ko)
        XCTAssertEqual(ConsoleLanguage(environment: ["LANG": "ko_KR.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]), .zhHans)
        XCTAssertEqual(ConsoleLanguage(environment: ["LANG": "C.UTF-8"]), .en)
        XCTAssertEqual(ConsoleLanguage(environment: ["LANG": "fr_FR.UTF-8"]), .en, "a language the console lacks falls back to English")
        XCTAssertEqual(ConsoleLanguage(environment: [:]), .en)
        XCTAssertNil(ConsoleLanguage(code: "fr"))
    }

    /// A busy screen in each language: every line exactly 80 columns, every pane border in place.
    func testEveryLanguageKeepsTheBordersStraightAtTheMinimumSize() {
        for language in ConsoleLanguage.allCases {
            for mode in [InputMode.normal, .replying, .promising(TextField()), .filteringPhrases, .editingComplaint, .help(scroll: 0)] {
                let state = busyState(language, mode: mode)
                let buffer = ConsoleView.render(state)
                for line in buffer.lines() { XCTAssertEqual(DisplayWidth.of(line), 80, "\(language) \(mode): \(line)") }
                guard mode != .help(scroll: 0), let layout = ConsoleLayout(width: 80, height: 24) else { continue }
                for pane in Pane.allCases {
                    let rect = layout.rect(of: pane)
                    for y in rect.y..<rect.maxY {
                        XCTAssertTrue(["│", "┐", "┘"].contains(buffer[rect.maxX - 1, y].text), "\(language) \(mode) \(pane) row \(y)")
                    }
                }
            }
        }
    }

    /// A training database says so first on the top line, in the agent's language, on every screen.
    func testTheTrainingBannerOpensEveryScreenInEveryLanguage() {
        for language in ConsoleLanguage.allCases {
            for mode in [InputMode.normal, .replying, .complaintList, .help(scroll: 0)] {
                var state = busyState(language, mode: mode)
                state.isTraining = true
                let buffer = ConsoleView.render(state)
                let top = buffer.lines()[0]
                XCTAssertTrue(top.hasPrefix(" \(language.text.trainingBanner) "), "\(language) \(mode): \(top)")
                XCTAssertEqual(buffer[1, 0].role, .training, "\(language) \(mode)")
                for line in buffer.lines() { XCTAssertEqual(DisplayWidth.of(line), 80, "\(language) \(mode): \(line)") }
            }
            var small = busyState(language, mode: .normal)
            small.isTraining = true
            small.send(.resize(width: 60, height: 20))
            XCTAssertTrue(ConsoleView.render(small).lines()[0].hasPrefix(" \(language.text.trainingBanner) "), "\(language) too small")
        }
    }

    func testTheHelpListsEveryKeyInEveryLanguage() {
        for language in ConsoleLanguage.allCases {
            var state = busyState(language, mode: .normal)
            state.send(.key(.char("?")))
            var seen = ConsoleView.render(state).lines().joined()
            for _ in 0..<HelpOverlay.maxScroll(sections: KeyBindings.helpSections(state.text), width: 80, height: 24) {
                state.send(.key(.char("j")))
                seen += ConsoleView.render(state).lines().joined()
            }
            // Long help lines wrap, so compare without the spaces the wrapping replaced.
            let compact = seen.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "│", with: "")
            for mode in KeyBindings.sections {
                for binding in KeyBindings.table(for: mode) {
                    let help = state.text.help(binding.action).replacingOccurrences(of: " ", with: "")
                    XCTAssertTrue(compact.contains(help), "\(language): \(help)")
                }
            }
        }
    }

    func testMessagesComeInTheAgentsLanguage() {
        var state = busyState(.zhHans, mode: .normal)
        state.send(.key(.char("w")))
        XCTAssertEqual(state.send(.key(.char("3"))), [], "3 picks payment at once")
        XCTAssertEqual(state.send(.key(.enter)), [.wrapUp(contactId: 7, entry: WrapUpEntry(codes: ["payment"]), answer: nil)])
        state.send(.wrappedUp(Fixtures.contact(7, .chat, state: .ended, queuedSecondsAgo: 60, agent: "mina"), WrapUpEntry(codes: ["payment"])))
        XCTAssertEqual(state.message, .info("已结束接待 7：付款。"))
        XCTAssertEqual(state.mode, .normal)
        var korean = Fixtures.state()
        korean.text = ConsoleLanguage.ko.text
        korean.send(.key(.char("r")))
        XCTAssertEqual(korean.message, .error("답변할 상담이 없습니다: 먼저 채팅이나 메일을 연결하세요(n)."))
        korean.send(.key(.char("c")), .key(.ctrl("s")))
        XCTAssertEqual(korean.message, .error("먼저 고객을 연결하거나 선택하세요: 불만은 고객에게 속합니다."))
    }

    /// Mina holds a Chinese chat; a Korean and an English customer wait; the form is half filled.
    private func busyState(_ language: ConsoleLanguage, mode: InputMode) -> AppState {
        var state = Fixtures.state()
        state.text = language.text
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([
            Fixtures.row(chat, "王小明", .zhHans),
            Fixtures.row(Fixtures.contact(8, .phone, queuedSecondsAgo: 200), "김민준", .ko),
            Fixtures.row(Fixtures.contact(9, .email, queuedSecondsAgo: 3000), "Alexandra Montgomery-Smith"),
        ]))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "王小明", .zhHans), transcript: [
            ChatMessage(contactId: 7, direction: .inbound, text: "我的快递三天了还没到", at: Fixtures.start),
        ]))
        state.send(.draftLoaded(ComplaintDraft(agent: "mina", customerId: 70, category: .promiseNotKept, severity: .major,
                                               account: "说好昨天到，今天还没到", focusedField: .wants)))
        state.send(.serviceLevelsLoaded([.phone: ServiceLevel(channel: .phone, target: 180, outcomes: [.answered(wait: 10)])]))
        state.message = .info(state.text.took(.chat, 7))
        state.mode = mode
        if mode == .replying { state.reply.field.insert("您好，请稍等，我马上为您查询物流信息，请不要着急") }
        return state
    }
}

final class PhraseLanguageTests: XCTestCase {
    func testPhrasesFollowTheCustomerElseTheAgentsLanguage() {
        var state = Fixtures.state()
        state.text = ConsoleLanguage.ko.text
        XCTAssertEqual(state.phraseLanguage, .ko, "no customer on screen: the agent's language")
        state.send(.detailLoaded(contactId: 0, file: nil, transcript: []))
        state.customer.file = Fixtures.file(70, "王小明", .zhHans)
        XCTAssertEqual(state.phraseLanguage, .zhHans, "the customer's language wins")
    }
}

final class PhraseLanguageSwitchTests: XCTestCase {
    func testTabInTheFilterShowsThePhrasesInTheNextLanguageUntilOneIsInserted() {
        var state = Fixtures.state()
        state.customer.file = Fixtures.file(70, "王小明", .zhHans)
        state.send(.key(.char("/")))
        state.send(.key(.tab))
        XCTAssertEqual(state.phraseLanguage, .zhHant)
        state.send(.key(.tab), .key(.tab))
        XCTAssertEqual(state.phraseLanguage, .en)
        state.type("hello")
        state.send(.key(.enter))
        XCTAssertTrue(state.message?.text.contains("Hello 王小明") == true, "inserted in English: \(String(describing: state.message))")
        XCTAssertEqual(state.phraseLanguage, .zhHans, "the next phrase follows the customer again")
    }
}
