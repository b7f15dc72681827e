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
