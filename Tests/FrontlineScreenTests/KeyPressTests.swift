import XCTest
@testable import FrontlineScreen

final class KeyPressTests: XCTestCase {
    func testLabels() {
        XCTAssertEqual(KeyPress.char("n").label, "n")
        XCTAssertEqual(KeyPress.char(" ").label, "Space")
        XCTAssertEqual(KeyPress.enter.label, "Enter")
        XCTAssertEqual(KeyPress.escape.label, "Esc")
        XCTAssertEqual(KeyPress.backTab.label, "Shift-Tab")
        XCTAssertEqual(KeyPress.up.label, "↑")
        XCTAssertEqual(KeyPress.ctrl("w").label, "Ctrl-W")
        XCTAssertEqual(KeyPress.function(5).label, "F5")
    }

    func testScriptedTerminalReplaysEventsAndRecordsFrames() {
        let terminal = ScriptedTerminal(width: 10, height: 3, events: [.key(.down), .resize(width: 20, height: 5), .paste("王")])
        XCTAssertEqual(terminal.nextEvent(timeout: 1), .key(.down))
        XCTAssertEqual(terminal.nextEvent(timeout: nil), .resize(width: 20, height: 5))
        XCTAssertEqual(terminal.size.width, 20)
        XCTAssertEqual(terminal.nextEvent(timeout: 0.5), .paste("王"))
        XCTAssertNil(terminal.nextEvent(timeout: 0.5))
        terminal.present(ScreenBuffer(width: 20, height: 5))
        XCTAssertEqual(terminal.presented.count, 1)
    }
}

final class KeyDecodingTests: XCTestCase {
    func testCharacterCodes() {
        XCTAssertEqual(KeyPress(characterCode: 9), .tab)
        XCTAssertEqual(KeyPress(characterCode: 13), .enter)
        XCTAssertEqual(KeyPress(characterCode: 10), .enter)
        XCTAssertEqual(KeyPress(characterCode: 27), .escape)
        XCTAssertEqual(KeyPress(characterCode: 127), .backspace)
        XCTAssertEqual(KeyPress(characterCode: 8), .backspace)
        XCTAssertEqual(KeyPress(characterCode: 1), .ctrl("a"))
        XCTAssertEqual(KeyPress(characterCode: 23), .ctrl("w"))
        XCTAssertEqual(KeyPress(characterCode: 26), .ctrl("z"))
        XCTAssertEqual(KeyPress(characterCode: 0), .unknown)
        XCTAssertEqual(KeyPress(characterCode: 0x9B), .unknown)
        XCTAssertEqual(KeyPress(characterCode: 0x61), .char("a"))
        XCTAssertEqual(KeyPress(characterCode: 0x738B), .char("王"))
        XCTAssertEqual(KeyPress(characterCode: 0xD800), .unknown, "a lone surrogate is not a scalar")
    }

    func testEscapeSequences() {
        XCTAssertEqual(EscapeSequence.key(for: "[A"), .up)
        XCTAssertEqual(EscapeSequence.key(for: "OH"), .home)
        XCTAssertEqual(EscapeSequence.key(for: "[4~"), .end)
        XCTAssertEqual(EscapeSequence.key(for: "[Z"), .backTab)
        XCTAssertEqual(EscapeSequence.key(for: "[15~"), .function(5))
        XCTAssertNil(EscapeSequence.key(for: "[99~"))
        XCTAssertFalse(EscapeSequence.isComplete("["))
        XCTAssertFalse(EscapeSequence.isComplete("[20"))
        XCTAssertTrue(EscapeSequence.isComplete("[200~"))
        XCTAssertTrue(EscapeSequence.isComplete("OP"))
        XCTAssertTrue(EscapeSequence.isComplete("[1;5A"))
    }
}
