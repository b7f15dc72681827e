import FrontlineCore
import FrontlineScreen
import XCTest
@testable import FrontlineConsole

/// Renders panes into fixed-size buffers and compares them with the text a person would see.
final class PaneTests: XCTestCase {
    private func queueState() -> AppState {
        var state = Fixtures.state()
        state.send(.queueLoaded([
            Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 200), "陈晓华", .zhHans),
            Fixtures.row(Fixtures.contact(2, .chat, queuedSecondsAgo: 250), "김민준", .ko),
            Fixtures.row(Fixtures.contact(3, .phone, queuedSecondsAgo: 20), "Alexandra Montgomery-Smith"),
            Fixtures.row(Fixtures.contact(4, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina"), "王\u{1b}[2J小明", .zhHans),
        ]))
        return state
    }

    func testQueueRowsLineUpWithChineseAndKoreanNames() {
        let state = queueState()
        var buffer = ScreenBuffer(width: 44, height: 7)
        QueuePane.render(state.queue, focused: true, state.paneContext, into: &buffer, rect: Rect(x: 0, y: 0, width: 44, height: 7))
        XCTAssertEqual(buffer.lines(), [
            "┌ Queue · 3 waiting ───────────────────────┐",
            "│  chan customer            waited     left│",
            "│  call 陈晓华                3:20    -0:20│",
            "│  chat 김민준                4:10     0:50│",
            "│  call Alexandra Montgom…    0:20     2:40│",
            "│▶ chat 王^[[2J小明           0:05     4:00│",
            "└──────────────────────────────────────────┘",
        ])
        for line in buffer.lines() { XCTAssertEqual(DisplayWidth.of(line), 44, line) }
    }

    func testCountdownsTakeTheColourOfTheirStateAndTheSelectionIsMarked() {
        var state = queueState()
        state.queue.selectedContactId = 1
        var buffer = ScreenBuffer(width: 44, height: 7)
        QueuePane.render(state.queue, focused: true, state.paneContext, into: &buffer, rect: Rect(x: 0, y: 0, width: 44, height: 7))
        let legend: [ThemeRole: Character] = [.slaBreached: "B", .slaWarning: "W", .slaOk: "o", .selection: "S"]
        // The selected breached call keeps the breach colour on its countdown.
        XCTAssertTrue(buffer.roleString(row: 2, legend: legend).hasSuffix("SSSSSSSSBBBBBBBBB."))
        XCTAssertTrue(buffer.roleString(row: 3, legend: legend).hasSuffix("WWWWWWWWW."))
        XCTAssertTrue(buffer.roleString(row: 4, legend: legend).hasSuffix("ooooooooo."))
    }

    func testCustomerFileShowsTheChatTranscriptWrappedByDisplayWidth() {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "王小明", .zhHans)]), .taken(chat))
        let messages = [
            ChatMessage(contactId: 7, direction: .inbound, text: "我的快递三天了还没到，怎么回事？", at: Fixtures.start),
            ChatMessage(contactId: 7, direction: .outbound, text: "您好\u{7}，我马上为您查询。", at: Fixtures.start),
        ]
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "王小明", .zhHans), transcript: messages))
        var buffer = ScreenBuffer(width: 36, height: 12)
        CustomerPane.render(state.customer, contact: chat, now: state.now, focused: false, text: state.text, into: &buffer, rect: Rect(x: 0, y: 0, width: 36, height: 12))
        let time = ClockFormat.timeOfDay.string(from: Fixtures.start)
        XCTAssertEqual(buffer.lines(), [
            "┌ Customer · 王小明 ───────────────┐",
            "│王小明  中文  ★ member            │",
            "│☎ +86 130 0000 0001               │",
            "│── Transcript ────────────────────│",
            "│\(time) ▸ 我的快递三天了还没到，怎么│",
            "│        回事？                    │",
            "│\(time) ◂ 您好^G，我马上为您查询。  │",
            "│── Orders ────────────────────────│",
            "│SO-1001 2026-09-21 ¥128.00 paid/s…│",
            "│  保温杯 x1                       │",
            "│── Recent contacts ───────────────│",
            "└──────────────────────────────────┘",
        ].map { $0.replacingOccurrences(of: "2026-09-21", with: ClockFormat.day.string(from: Fixtures.start)) })
    }

    func testPhrasesAreShownInTheCustomersLanguageWithNamesFilledIn() {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "김민준", .ko)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "김민준", .ko), transcript: []))
        state.send(.key(.char("/")))
        state.type("hello")
        var buffer = ScreenBuffer(width: 40, height: 5)
        PhrasesPane.render(state.phrases, shown: state.visiblePhrases, in: state.phraseLanguage, values: state.placeholderValues,
                           filtering: true, focused: true, text: state.text, into: &buffer, rect: Rect(x: 0, y: 0, width: 40, height: 5))
        let lines = buffer.lines()
        XCTAssertEqual(lines[0], "┌ Phrases · 한국어 ────────────────────┐")
        XCTAssertEqual(lines[1], "│/ hello                               │")
        XCTAssertEqual(lines[2], "│Greeting                              │")
        XCTAssertTrue(lines[3].hasPrefix("│ hello 안녕하세요, 김민준님. 상담원 M…│"), lines[3])
        for line in lines { XCTAssertEqual(DisplayWidth.of(line), 40, line) }
        XCTAssertEqual(buffer.cursor?.x, 8, "the cursor sits after the filter text")
    }

    func testComplaintFormShowsFieldsAndWhatIsStillNeeded() {
        var state = Fixtures.state()
        state.send(.draftLoaded(ComplaintDraft(agent: "mina", customerId: 70, category: .delivery, severity: .major,
                                               account: "快递晚了三天", focusedField: .account)))
        var buffer = ScreenBuffer(width: 40, height: 9)
        ComplaintPane.render(state.complaintForm, customer: nil, editing: false, focused: false, text: state.text,
                             into: &buffer, rect: Rect(x: 0, y: 0, width: 40, height: 9))
        XCTAssertEqual(buffer.lines(), [
            "┌ Complaint · customer 70 ─────────────┐",
            "│Category   ‹ Delivery / receipt ›     │",
            "│Severity   ‹ major ›                  │",
            "│Account    快递晚了三天               │",
            "│Paraphrase read back and confirmed    │",
            "│Wants                                 │",
            "│Reply by   HH:MM, +2h, YYYY-MM-DD HH:…│",
            "│Still needed: Paraphrase, Wants, Repl…│",
            "└──────────────────────────────────────┘",
        ])
    }

    func testReplyLineKeepsTheCursorOverWideCharacters() {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "김민준", .ko)]), .taken(chat), .key(.char("r")))
        state.type("감사합니다")
        state.send(.key(.left), .key(.left))
        var buffer = ScreenBuffer(width: 80, height: 1)
        ReplyLine.render(state.reply, mode: .replying, customerName: "김민준", message: nil, policy: state.policy, text: state.text,
                         into: &buffer, rect: Rect(x: 0, y: 0, width: 80, height: 1))
        XCTAssertTrue(buffer.line(0).hasPrefix(" 김민준 › 감사합니다"), buffer.line(0))
        // " 김민준 › " is 10 columns; three syllables before the cursor are 6 more.
        XCTAssertEqual(buffer.cursor?.x, 16)
    }

    func testWholeConsoleAtTheMinimumSizeKeepsEveryBorderStraight() {
        var state = queueState()
        state.send(.detailLoaded(contactId: 4, file: Fixtures.file(40, "王小明", .zhHans), transcript: []))
        let buffer = ConsoleView.render(state)
        XCTAssertEqual(buffer.lines().count, 24)
        for line in buffer.lines() { XCTAssertEqual(DisplayWidth.of(line), 80, line) }
        let layout = ConsoleLayout(width: 80, height: 24)!
        // Every pane's right border sits in its last column on every row.
        for pane in Pane.allCases {
            let rect = layout.rect(of: pane)
            for y in rect.y..<rect.maxY {
                XCTAssertTrue(["│", "┐", "┘"].contains(buffer[rect.maxX - 1, y].text), "\(pane) row \(y)")
            }
        }
    }

    /// `q` on the too-small screen opens prompts that must be seen there: the handover note being
    /// written, and the warning about contacts still held with its keys.
    func testQuittingOnTheTooSmallScreenShowsItsPrompts() {
        var state = Fixtures.state(width: 50, height: 10)
        state.send(.key(.char("q")), .openItemsLoaded([]))
        state.send(.key(.char("o")), .key(.char("k")))
        var lines = ConsoleView.render(state).lines()
        XCTAssertTrue(lines.contains { $0.contains("Handover note › ok") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.joined().contains("Terminal too small"))

        var holding = Fixtures.state(width: 50, height: 10)
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        holding.send(.queueLoaded([Fixtures.row(chat, "王小明", .zhHans)]), .taken(chat))
        holding.send(.key(.char("q")))
        XCTAssertEqual(holding.mode, .confirmingQuit)
        lines = ConsoleView.render(holding).lines()
        let warning = holding.text.quitWhileHolding(1)
        XCTAssertTrue(lines.contains { $0.contains(String(warning.prefix(30))) }, lines.joined(separator: "\n"))
    }

    func testBelowTheMinimumSizeItSaysSo() {
        let state = Fixtures.state(width: 50, height: 10)
        let text = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Terminal too small: 50x10."))
        XCTAssertTrue(text.contains("Frontline needs 80x24."))
        XCTAssertFalse(text.contains("Queue"))
    }

    func testHelpOverlayListsEveryBinding() {
        var state = Fixtures.state(width: 120, height: 40)
        state.send(.key(.char("?")))
        // Read it as a person would: scroll to the end, gathering what the overlay shows.
        var text = overlayText(ConsoleView.render(state))
        for _ in 0..<HelpOverlay.maxScroll(sections: KeyBindings.helpSections(state.text), width: 120, height: 40) {
            state.send(.key(.char("j")))
            text += overlayText(ConsoleView.render(state))
        }
        // Long help lines wrap, so compare without the spaces the wrapping replaced.
        let compact = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "│", with: "")
        for mode in KeyBindings.sections {
            for binding in KeyBindings.table(for: mode) {
                let help = state.text.help(binding.action)
                XCTAssertTrue(compact.contains(help.replacingOccurrences(of: " ", with: "")), help)
            }
        }
    }

    /// The text inside the help overlay's box only, row after row.
    private func overlayText(_ buffer: ScreenBuffer) -> String {
        let width = min(buffer.width - 4, 96), left = (buffer.width - width) / 2
        return (0..<buffer.height).map { y in (left + 1..<left + width - 1).map { buffer[$0, y].text }.joined() }.joined()
    }

    func testLayoutSplitsTheScreenWithoutOverlap() {
        let layout = ConsoleLayout(width: 80, height: 24)!
        XCTAssertEqual(layout.queue, Rect(x: 0, y: 1, width: 38, height: 11))
        XCTAssertEqual(layout.phrases, Rect(x: 0, y: 12, width: 38, height: 10))
        XCTAssertEqual(layout.customer, Rect(x: 38, y: 1, width: 42, height: 12))
        XCTAssertEqual(layout.complaint, Rect(x: 38, y: 13, width: 42, height: 9))
        XCTAssertEqual(layout.replyLine, Rect(x: 0, y: 22, width: 80, height: 1))
        XCTAssertEqual(layout.keyBar, Rect(x: 0, y: 23, width: 80, height: 1))
        XCTAssertNil(ConsoleLayout(width: 79, height: 24))
        XCTAssertNil(ConsoleLayout(width: 80, height: 23))
    }
}

final class HelpScrollTests: XCTestCase {
    func testHelpScrollsToItsLastLineAndNoFurther() {
        var state = Fixtures.state()
        state.send(.key(.char("?")))
        let top = ConsoleView.render(state).lines().joined(separator: "\n")
        let last = state.text.help(KeyBindings.table(for: KeyBindings.sections.last!).last!.action)
        XCTAssertFalse(top.contains(last), "at 80x24 the last binding is below the fold")
        for _ in 0..<400 { state.send(.key(.char("j"))) }
        let bottom = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(bottom.contains(last))
        XCTAssertEqual(state.mode, .help(scroll: HelpOverlay.maxScroll(sections: KeyBindings.helpSections(state.text), width: 80, height: 24)))
        state.send(.key(.char("k")))
        XCTAssertEqual(state.mode, .help(scroll: HelpOverlay.maxScroll(sections: KeyBindings.helpSections(state.text), width: 80, height: 24) - 1),
                       "one k scrolls back at once")
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .normal)
    }
}

final class HeaderServiceLevelTests: XCTestCase {
    func testTheHeaderShowsTodaysServiceLevelForChannelsThatHadWork() {
        var state = Fixtures.state()
        let calls = ServiceLevel(channel: .phone, target: 180, outcomes: [.answered(wait: 30), .answered(wait: 200), .answered(wait: 10)])
        let chats = ServiceLevel(channel: .chat, target: 300, outcomes: [.answered(wait: 20)])
        let mail = ServiceLevel(channel: .email, target: 14400, outcomes: [])
        state.send(.serviceLevelsLoaded([.phone: calls, .chat: chats, .email: mail]))
        XCTAssertEqual(HeaderBar.serviceLevelText(state), "SL call 66% chat 100%", "2 of 3 calls in time, rounded down; no email yet")
        let header = ConsoleView.render(state).line(0)
        XCTAssertTrue(header.contains("SL call 66% chat 100%"), header)
        XCTAssertEqual(DisplayWidth.of(header), 80)
    }
}
