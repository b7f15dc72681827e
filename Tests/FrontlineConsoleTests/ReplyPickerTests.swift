import FrontlineCore
import FrontlineScreen
import XCTest
@testable import FrontlineConsole

/// `/` and letters in the reply line: a picker of phrases, inserted where the query was.
final class ReplyPickerTests: XCTestCase {
    private func replying(_ customer: Language = .ko) -> AppState {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "김민준", customer)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "김민준", customer), transcript: []))
        state.send(.key(.char("r")))
        return state
    }

    func testASlashQueryOpensThePickerAndEnterInsertsTheBestMatchInPlace() {
        var state = replying()
        state.type("네, /sorry-w")
        let picker = try! XCTUnwrap(state.replyPicker)
        XCTAssertEqual(picker.query, "sorry-w")
        XCTAssertEqual(picker.candidates(in: state.phrasebook, language: .ko).first?.code, "sorry-wait")
        XCTAssertEqual(state.send(.key(.enter)), [], "Enter inserts, it does not send")
        let expected = PhraseTemplate.render(state.phrasebook.phrases.first { $0.code == "sorry-wait" }!.text(in: .ko),
                                             values: state.placeholderValues).text
        XCTAssertEqual(state.reply.field.text, "네, " + expected)
        XCTAssertNil(state.replyPicker, "the query is gone, so is the picker")
        state.type(" /bye")
        state.send(.key(.enter))
        XCTAssertTrue(state.reply.field.text.hasPrefix("네, " + expected + " "), "several phrases go into one message")
        XCTAssertEqual(state.send(.key(.enter)), [.reply(contactId: 7, text: state.reply.field.text)], "now Enter sends")
    }

    func testArrowsChooseAndTheScreenShowsAPreview() {
        var state = replying(.zhHans)
        state.type("/sorry")
        let candidates = state.replyPicker!.candidates(in: state.phrasebook, language: .zhHans)
        state.send(.key(.down))
        XCTAssertEqual(state.reply.pickerSelection, 1)
        let screen = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("/sorry · 中文"), screen)
        XCTAssertTrue(screen.contains(candidates[1].code), screen)
        state.send(.key(.enter))
        XCTAssertTrue(state.reply.field.text.hasPrefix(String(PhraseTemplate.render(candidates[1].text(in: .zhHans), values: state.placeholderValues).text.prefix(4))))
    }

    func testEscClosesThePickerAndASlashInsideAWordOpensNone() {
        var state = replying(.en)
        state.type("/xyz")
        XCTAssertNotNil(state.replyPicker)
        state.send(.key(.escape))
        XCTAssertNil(state.replyPicker)
        XCTAssertEqual(state.mode, .replying, "Esc closed only the picker")
        XCTAssertEqual(state.reply.field.text, "/xyz", "and kept the text")
        state.send(.key(.ctrl("u")))
        state.type("and/or")
        XCTAssertNil(state.replyPicker, "a slash inside a word is just a slash")
    }
}
