import FrontlineCore
import XCTest
@testable import FrontlineConsole

/// Phrases that need a value nothing on screen knows, and replies kept as one's own phrases.
final class PhraseFillTests: XCTestCase {
    private func replying() -> AppState {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "Grace", .en)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "Grace", .en), transcript: []))
        state.phrasebook = Phrasebook(phrases: Phrasebook.shipped.phrases + [
            Phrase(code: "refund-days", category: .explanation, title: "Refund time",
                   variants: [.en: "Your refund of {{?amount}} arrives by {{promised_time}}, {{customer.name}}."]),
        ])
        state.send(.key(.char("r")))
        return state
    }

    func testThePhraseAsksForEachMissingValueThenGoesIn() {
        var state = replying()
        state.type("/refund-days")
        state.send(.key(.enter))
        XCTAssertNotNil(state.mode.phraseFill, "filling in the phrase")
        XCTAssertEqual(state.mode.phraseFill?.current, "?amount", "asked in the order the phrase needs them")
        state.type("$12.50")
        state.send(.key(.enter))
        XCTAssertEqual(state.mode.phraseFill?.current, "promised_time")
        XCTAssertEqual(state.send(.key(.enter)), [], "an empty answer is not taken")
        XCTAssertEqual(state.mode.phraseFill?.current, "promised_time")
        state.type("Friday")
        state.send(.key(.enter))
        XCTAssertEqual(state.mode, .replying)
        XCTAssertEqual(state.reply.field.text, "Your refund of $12.50 arrives by Friday, Grace.", "in place of the /query")
        XCTAssertEqual(state.send(.key(.enter)), [.reply(contactId: 7, text: "Your refund of $12.50 arrives by Friday, Grace.")])
    }

    func testEscInsertsNothing() {
        var state = replying()
        state.type("so /refund-days")
        state.send(.key(.enter), .key(.escape))
        XCTAssertEqual(state.mode, .replying)
        XCTAssertEqual(state.reply.field.text, "so /refund-days")
        XCTAssertNil(state.mode.phraseFill)
    }

    func testCtrlSKeepsTheReplyAsAPhraseWithTheNamesAsPlaceholders() {
        var state = replying()
        state.type("Thanks Grace, Mina will call you back today.")
        let effects = state.send(.key(.ctrl("s")))
        if case .savePhrase(_, let title, _, _)? = effects.first {
            XCTAssertFalse(title.contains("Grace") || title.contains("Mina"), "no customer's or agent's name in the phrasebook's list: \(title)")
        }
        XCTAssertEqual(effects, [.savePhrase(code: "my-1", title: "Thanks, will call you b…",
                                             text: "Thanks {{customer.name}}, {{agent.name}} will call you back today.", language: .en)])
        let saved = Phrase(code: "my-1", category: .personal, title: "Thanks", variants: [.en: "Thanks {{customer.name}}!"])
        state.send(.phraseSaved(saved))
        XCTAssertEqual(state.phrasebook.phrase(code: "my-1"), saved, "usable at once")
        XCTAssertEqual(state.message, .info("Saved as your phrase my-1: type /my-1 in a reply to use it."))
        XCTAssertTrue(ConsoleView.render(state).lines().contains { $0.contains("Saved as your phrase my-1") },
                      "said on screen while the reply is still being typed")
        XCTAssertEqual(state.reply.field.text, "Thanks Grace, Mina will call you back today.", "the reply itself stays to be sent")
    }
}
