import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// The wrap-up box: codes by number or by name in every console language, the outcome, the
/// summary, and the Core rule said before anything is sent.
final class WrapUpBoxTests: XCTestCase {
    private let languages: [any ConsoleText] = [EnglishText(), ChineseText(), KoreanText()]

    private func holdingAChat(_ text: any ConsoleText, width: Int = 80, height: Int = 24) -> AppState {
        var state = Fixtures.state(width: width, height: height)
        state.text = text
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "Grace", .en)]), .taken(chat))
        state.message = nil
        return state
    }

    func testWOpensTheBoxWithTheNineCodesNumberedInTheAgentsLanguage() {
        let names: [(String, String, String)] = [("Choosing a product", "选购商品", "상품 선택"), ("Complaint filed", "已登记投诉", "불만 접수")]
        for (index, text) in languages.enumerated() {
            var state = holdingAChat(text)
            XCTAssertEqual(state.send(.key(.char("w"))), [], "nothing ends until Enter")
            let screen = ConsoleView.render(state).lines().joined(separator: "\n")
            XCTAssertTrue(screen.contains(text.wrapUpTitle(7)), screen)
            for name in names {
                let expected = [name.0, name.1, name.2][index]
                XCTAssertTrue(screen.contains(expected), "\(text.language): \(expected)\n\(screen)")
            }
            XCTAssertTrue(screen.contains("1  [ ] "), screen)
            XCTAssertTrue(screen.contains("9  [ ] "), screen)
            XCTAssertTrue(screen.contains(text.wrapUpOutcome(nil)), screen)
        }
    }

    func testTwoCodesByNumberAnOutcomeAndASummaryEndTheContact() {
        for text in languages {
            var state = holdingAChat(text)
            state.send(.key(.char("w")))
            state.type("2")
            state.type("9")
            state.send(.key(.tab), .key(.char(" ")), .key(.tab))
            state.type("lost parcel, refund")
            let screen = ConsoleView.render(state).lines().joined(separator: "\n")
            XCTAssertTrue(screen.contains("2  [x] ") && screen.contains("9  [x] "), screen)
            XCTAssertTrue(screen.contains(text.wrapUpOutcome(.resolved)), screen)
            XCTAssertEqual(state.send(.key(.enter)), [.wrapUp(contactId: 7, entry: WrapUpEntry(codes: ["placing-an-order", "complaint-filed"],
                                                                                               outcome: .resolved, summary: "lost parcel, refund"), answer: nil)])
        }
    }

    func testACodeIsFoundByPartOfItsNameInEachLanguage() {
        for (text, typed) in zip(languages, ["pay", "付款", "결제"]) {
            var state = holdingAChat(text)
            state.send(.key(.char("w")))
            state.type(typed)
            let screen = ConsoleView.render(state).lines().joined(separator: "\n")
            XCTAssertFalse(screen.contains(text.wrapUpCodeName(WrapUpCode(id: "other"))), "the list narrows: \(screen)")
            state.send(.key(.enter))
            guard case .wrappingUp(let form) = state.mode else { return XCTFail("the box stays open") }
            XCTAssertEqual(form.entry.codes, ["payment"], "\(text.language)")
            XCTAssertTrue(form.find.isEmpty, "the finder clears for the next code")
        }
    }

    func testWithoutACodeEnterSaysWhyAndSendsNothing() {
        for text in languages {
            var state = holdingAChat(text)
            state.send(.key(.char("w")))
            XCTAssertEqual(state.send(.key(.enter)), [])
            XCTAssertEqual(state.message, .error(text.wrapUpProblem(.noCode)))
            XCTAssertTrue(ConsoleView.render(state).lines().joined().contains(String(text.wrapUpProblem(.noCode).prefix(10))))
            let bar = ConsoleView.render(state).line(state.height - 1)
            XCTAssertFalse(bar.contains("Enter \(text.short(.confirmWrapUp))"), "the bar does not offer what refuses: \(bar)")
            state.type("0")
            XCTAssertEqual(state.send(.key(.enter)), [], "there is no code 0")
            XCTAssertEqual(state.message, .error(text.wrapUpNoMatch("0", count: 9)))
            state.send(.key(.backspace))
            state.type("xyz")
            XCTAssertEqual(state.send(.key(.char(" "))), [])
            XCTAssertEqual(state.message, .error(text.wrapUpNoMatch("xyz", count: 9)))
        }
    }

    func testOptionalCodesLetASummaryAloneEndTheContact() {
        var state = holdingAChat(EnglishText())
        state.policy.wrapUp.codesRequired = false
        state.send(.key(.char("w")))
        XCTAssertTrue(ConsoleView.render(state).lines().joined().contains(EnglishText().wrapUpCodesLabel(required: false)))
        XCTAssertEqual(state.send(.key(.enter)), [.wrapUp(contactId: 7, entry: WrapUpEntry(), answer: nil)])
    }

    func testASummaryTooLongIsRefusedAndEscapeRecordsNothing() {
        var state = holdingAChat(KoreanText())
        state.send(.key(.char("w")))
        state.type("8")
        state.send(.key(.backTab))
        state.send(.paste(String(repeating: "가", count: 201)))
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertEqual(state.message, .error(KoreanText().wrapUpProblem(.summaryTooLong(201))))
        XCTAssertEqual(state.send(.key(.escape)), [])
        XCTAssertEqual(state.mode, .normal)
        XCTAssertEqual(state.queue.activeContactId, 7, "the contact is still in hand")
    }

    func testATeamsOwnCodeShowsItsOwnNameAndTheDoneMessageNamesTheCodes() {
        for (text, name) in zip(languages, ["Warranty", "保修", "보증"]) {
            var state = holdingAChat(text)
            state.policy.wrapUp = WrapUpPolicy(codes: [WrapUpCode(id: "payment"),
                                                       WrapUpCode(id: "warranty", names: [.en: "Warranty", .zhHans: "保修", .ko: "보증"])])
            state.send(.key(.char("w")))
            XCTAssertTrue(ConsoleView.render(state).lines().joined().contains(name))
            state.type("2")
            let effects = state.send(.key(.enter))
            XCTAssertEqual(effects, [.wrapUp(contactId: 7, entry: WrapUpEntry(codes: ["warranty"]), answer: nil)])
            state.send(.wrappedUp(Fixtures.contact(7, .chat, state: .ended, queuedSecondsAgo: 60, agent: "mina"), WrapUpEntry(codes: ["warranty"])))
            XCTAssertEqual(state.message, .info(text.wrappedUp(7, codes: name)))
            XCTAssertEqual(state.mode, .normal)
        }
    }

    func testTwoCodesAreListedWithTheLanguagesOwnSeparator() {
        let policy = WrapUpPolicy.standard
        XCTAssertEqual(EnglishText().wrapUpCodeNames(["receiving-goods", "shipping-fees"], policy: policy), "Receiving goods, Shipping fees")
        XCTAssertEqual(ChineseText().wrapUpCodeNames(["receiving-goods", "shipping-fees"], policy: policy), "收货、运费")
        XCTAssertEqual(KoreanText().wrapUpCodeNames(["receiving-goods", "shipping-fees"], policy: policy), "상품 수령, 배송비",
                       "Korean lists with a comma, not the Chinese enumeration mark")
    }
}
