import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStore
import XCTest
@testable import FrontlineConsole

/// The wallboard drawn into a fixed-size buffer, and its keys.
final class WallboardViewTests: XCTestCase {
    private let now = Fixtures.start
    private func at(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(seconds) }

    /// A waiting Chinese call past its target, a Korean chat at risk, mina busy, 준 on a private call too long.
    private func board(_ language: ConsoleLanguage = .en, width: Int = 120, height: Int = 40, large: Bool = false) -> WallboardState {
        func contact(_ id: Int64, _ channel: Channel, _ state: ContactState, queued: TimeInterval, taken: TimeInterval? = nil,
                     ended: TimeInterval? = nil, agent: String? = nil) -> Contact {
            Contact(id: id, channel: channel, state: state, customerId: id * 10, address: "+86 130 0000 00\(id)", queuedAt: at(queued),
                    takenAt: taken.map(at), endedAt: ended.map(at), agent: agent,
                    awaitingReplySince: channel == .chat ? at(queued) : nil)
        }
        var mina = Agent(name: "mina", displayName: "Mina", createdAt: at(-9000))
        (mina.presence, mina.stateSince) = (.available, at(-600))
        var jun = Agent(name: "jun", displayName: "김준", createdAt: at(-9000))
        (jun.presence, jun.awayReason, jun.stateSince) = (.away, .private, at(-240))
        var supervisor = Agent(name: "sun", displayName: "孙主管", role: .supervisor, createdAt: at(-9000))
        (supervisor.presence, supervisor.stateSince) = (.available, at(-3000))
        var state = WallboardState(supervisor: supervisor, text: language.wallboardText, width: width, height: height, now: now, isLarge: large)
        let input = WallboardInput(
            contacts: [
                contact(1, .phone, .waiting, queued: -200),
                contact(2, .chat, .waiting, queued: -250),
                contact(3, .email, .active, queued: -900, taken: -800, agent: "mina"),
                contact(4, .phone, .ended, queued: -1200, taken: -1190, ended: -1000, agent: "mina"),
                contact(5, .phone, .abandoned, queued: -700, ended: -600),
            ],
            customerNames: [10: "王小明", 20: "김서연", 30: "Alexandra Montgomery-Smith", 40: "陈晓华", 50: "黄伟"],
            events: [QueueEvent(contactId: 4, kind: .queued, channel: .phone, at: at(-1200)), QueueEvent(contactId: 4, kind: .taken, at: at(-1190)),
                     QueueEvent(contactId: 5, kind: .queued, channel: .phone, at: at(-700)), QueueEvent(contactId: 5, kind: .abandoned, at: at(-600)),
                     QueueEvent(contactId: 1, kind: .queued, channel: .phone, at: at(-200)), QueueEvent(contactId: 2, kind: .queued, channel: .chat, at: at(-250))],
            agents: [jun, mina, supervisor], breachAgents: ["mina"],
            complaints: [Complaint(id: 9, customerId: 40, contactId: 4, category: .delivery, severity: .major, account: "", wants: "",
                                   promisedReplyAt: nil, agent: "mina", receivedAt: at(-1000))])
        _ = updateWallboard(&state, .loaded(input))
        return state
    }

    func testTheBoardShowsEachFigureWhereItBelongs() {
        let lines = WallboardView.render(board()).lines()
        // The service level says what it counts, so it is not read against the alert strip's open contacts past deadline.
        XCTAssertTrue(lines[0].hasPrefix(" Frontline · Wallboard │ 孙主管 │ 2 waiting │ SL today 100% (1 of 1 answered in time)"), lines[0])
        XCTAssertEqual(lines[2], "│Channel      Waiting    Longest  Answered  Abandoned     SL   Avg wait  Avg handle                                    │")
        XCTAssertEqual(lines[3], "│call               1       3:20         1          1   100%       0:10        3:10                                    │")
        XCTAssertEqual(lines[4], "│chat               1       4:10         0          0      —          —           —                                    │")
        XCTAssertEqual(lines[8], " ✖ Open past deadline 1: call 王小明 -0:20   ▲ At risk 1: chat 김서연 0:50                                              ")
        XCTAssertEqual(lines[9], " ☕ Away too long: 김준 (private 4:00)                                                                                  ")
        // At 120 columns the waited time and the caller's number give way, so names stay readable.
        XCTAssertEqual(lines[11], "│   Ch.   Customer              Left Agent     ││Agent       State      Reason        For Contact         Done Breaches│")
        XCTAssertEqual(lines[12], "│   call  王小明               -0:20           ││김준        away       private      4:00 orders,compla…     0        0│",
                       "an agent holding nothing shows the groups they work for")
        XCTAssertEqual(lines[13], "│   chat  김서연                0:50           ││Mina        busy 1/3               10:00 #3 mail Alexa…     1        1│")
        XCTAssertEqual(lines[14], "│·  mail  Alexandra Montg…   3:45:00 Mina      ││孙主管      available              50:00 orders,compla…     0        0│")
        XCTAssertEqual(lines[30], "│\(ClockFormat.timeOfDay.string(from: at(-600)))  黄伟                   1:40││#9     陈晓华      major        2d││Queue (peak 2)                                │")
        let wide = WallboardView.render(board(width: 200, height: 60)).lines().joined(separator: "\n")
        XCTAssertTrue(wide.contains("Waited"), "wide enough, the waited time shows")
        XCTAssertTrue(wide.contains("+86 130 0000 005"), "wide enough, the caller's number shows")
    }

    func testTodaysCSATShowsOnceTheDayHasAnAnswerInEveryLanguage() {
        XCTAssertFalse(WallboardView.render(board()).lines()[0].contains("CSAT"), "no answers yet: nothing to show")
        let expected: [ConsoleLanguage: String] = [.en: "CSAT today 66% (2 of 3)", .zhHans: "今日满意度 66%（评价 3，满意 2）",
                                                   .ko: "오늘 만족도 66% (만족 2/3)"]
        for language in ConsoleLanguage.allCases {
            var state = board(language, width: 200, height: 60)
            var input = WallboardInput(agents: [state.supervisor])
            input.satisfactionToday = SatisfactionTally(answers: 3, satisfied: 2, scoreSum: 11)
            _ = updateWallboard(&state, .loaded(input))
            let header = WallboardView.render(state).lines()[0]
            XCTAssertTrue(header.contains(expected[language] ?? "?"), "\(language): \(header)")
        }
    }

    func testColoursFollowTheTimersAndMonochromeStillReads() {
        let buffer = WallboardView.render(board())
        let row = buffer.roleString(row: 3, legend: [.slaBreached: "B"])
        XCTAssertTrue(row.contains("BBBB"), "the call's longest wait is past its target: \(row)")
        XCTAssertEqual(buffer.roleString(row: 8, legend: [.slaBreached: "B"]).prefix(3), "BBB")
        // Without colour the alerts still differ from plain text.
        XCTAssertNotEqual(Theme.monochrome.styles[.slaBreached], Theme.monochrome.styles[.normal])
        XCTAssertNotEqual(Theme.monochrome.styles[.slaWarning], Theme.monochrome.styles[.normal])
    }

    /// Every line exactly the width, and every box's right edge straight, in each language and mode.
    func testEveryLanguageFitsTheWidthWithStraightBorders() {
        for language in ConsoleLanguage.allCases {
            for (width, height) in [(100, 28), (120, 40), (160, 45)] {
                for large in [false, true] {
                    var state = board(language, width: width, height: height, large: large)
                    for step in ["board", "picker", "detail", "help"] {
                        if step == "picker" {
                            _ = updateWallboard(&state, .key(.char(large ? "a" : "r")))
                            XCTAssertNotEqual(state.mode, .board, "\(language) \(step)")
                        }
                        if step == "detail" {
                            _ = updateWallboard(&state, .key(.escape))
                            _ = updateWallboard(&state, .detailLoaded(.agent(state.figures.agents[0].agent, log: [
                                AgentStateLogEntry(agent: "jun", presence: .away, reason: .private, at: at(-240), byAgent: "sun")], held: [])))
                        }
                        if step == "help" {
                            _ = updateWallboard(&state, .key(.escape))
                            _ = updateWallboard(&state, .key(.char("?")))
                            XCTAssertEqual(state.mode, .help, "\(language) \(width)x\(height)")
                        }
                        let buffer = WallboardView.render(state)
                        for (y, line) in buffer.lines().enumerated() {
                            XCTAssertEqual(DisplayWidth.of(line), width, "\(language) \(width)x\(height) large \(large) \(step) row \(y): \(line)")
                        }
                        guard step == "board", !large, let layout = WallboardLayout(width: width, height: height) else { continue }
                        for rect in [layout.channels, layout.queue, layout.agents, layout.abandoned, layout.complaints, layout.chart] {
                            for y in rect.y..<rect.maxY {
                                XCTAssertTrue(["│", "┐", "┘"].contains(buffer[rect.maxX - 1, y].text), "\(language) \(width) \(rect) row \(y)")
                            }
                        }
                    }
                }
            }
        }
    }

    func testTheLargeLayoutDrawsTheKeyFiguresInBigDigits() {
        let lines = WallboardView.render(board(large: true)).lines()
        // The call tile: 1 waiting, and 3:20 as its longest wait.
        XCTAssertTrue(lines[3].contains("▀█ "), lines[3])
        XCTAssertTrue(lines[7].contains("▀▀█   ▀▀█ █▀█"), lines[7])
        XCTAssertTrue(lines[8].contains(" ▀█ ▀ █▀▀ █ █"), lines[8])
        XCTAssertTrue(lines.contains { $0.contains("Mina") }, "the agents stay on the wall screen")
    }

    func testTheChartShowsTheQueueAndTheServiceLevelOverTheDay() throws {
        let state = board()
        let chart = try XCTUnwrap(state.chart)
        XCTAssertEqual(chart.start, Date(timeIntervalSince1970: (at(-1200).timeIntervalSince1970 / 3600).rounded(.down) * 3600))
        XCTAssertEqual(chart.queueLength.last, 2)
        XCTAssertEqual(chart.serviceLevel.last, 1)
        let lines = WallboardView.render(state).lines()
        XCTAssertTrue(lines.contains { $0.contains("Queue (peak 2)") })
        XCTAssertTrue(lines.contains { $0.contains("SL 100%") })
    }

    func testReassigningPicksAnAgentWhoIsLoggedInAndAsksTheStore() {
        var state = board()
        XCTAssertEqual(state.figures.queue.map(\.contact.id), [1, 2, 3])
        _ = updateWallboard(&state, .key(.char("j")))
        _ = updateWallboard(&state, .key(.char("r")))
        XCTAssertEqual(state.mode, .pickingAgent(contactId: 2))
        XCTAssertEqual(state.pickerOptions, ["jun", "mina", "sun"], "everyone logged in; away agents too, the supervisor decides")
        _ = updateWallboard(&state, .key(.down))
        XCTAssertEqual(updateWallboard(&state, .key(.enter)), [.reassign(contactId: 2, agent: "mina")])
        XCTAssertEqual(updateWallboard(&state, .done("Contact 2 is now mina's.")), [.load])
        XCTAssertEqual(state.mode, .board)
        XCTAssertEqual(state.message, .info("Contact 2 is now mina's."))
    }

    func testAgentActionsNeedAnAgentSelected() {
        var state = board()
        XCTAssertEqual(updateWallboard(&state, .key(.char("o"))), [])
        XCTAssertEqual(state.message, .error(state.text.selectAgent))
        _ = updateWallboard(&state, .key(.tab))
        XCTAssertEqual(state.focus, .agents)
        XCTAssertEqual(updateWallboard(&state, .key(.char("e"))), [.changeState(agent: "jun", .endWrapUp)])
        _ = updateWallboard(&state, .key(.char("j")))
        XCTAssertEqual(updateWallboard(&state, .key(.char("o"))), [.changeState(agent: "mina", .logOut)])
        _ = updateWallboard(&state, .key(.char("a")))
        XCTAssertEqual(state.mode, .pickingReason(agent: "mina"))
        _ = updateWallboard(&state, .key(.down))
        XCTAssertEqual(updateWallboard(&state, .key(.enter)), [.changeState(agent: "mina", .goAway(.lunch))])
        _ = updateWallboard(&state, .done("mina is away (lunch)."))
        XCTAssertEqual(updateWallboard(&state, .key(.enter)), [.openAgent("mina")], "back on the board after the store answered")
    }

    func testOpeningAContactShowsTheCustomerAndTranscriptReadOnly() {
        var state = board()
        XCTAssertEqual(updateWallboard(&state, .key(.enter)), [.openContact(1)])
        let chat = Contact(id: 2, channel: .chat, customerId: 20, address: "+82 10", queuedAt: at(-250), awaitingReplySince: at(-250))
        _ = updateWallboard(&state, .detailLoaded(.contact(chat, file: nil, transcript: [
            ChatMessage(contactId: 2, direction: .inbound, text: "환불\u{1B}[2J 가능한가요?", at: at(-250))])))
        let screen = WallboardView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Contact 2 · +82 10 · read-only"), screen)
        XCTAssertTrue(screen.contains("▸ 환불^[[2J 가능한가요?"), "customer text goes through SafeText:\n\(screen)")
        _ = updateWallboard(&state, .key(.escape))
        XCTAssertEqual(state.mode, .board)
    }

    func testQuestionMarkShowsEveryKeyFromTheBindingTablesInTheBoardsLanguage() {
        for language in ConsoleLanguage.allCases {
            var state = board(language, width: 100, height: 28)
            _ = updateWallboard(&state, .key(.char("?")))
            XCTAssertEqual(state.mode, .help)
            var seen = ""
            for _ in 0..<40 {
                seen += WallboardView.render(state).lines().joined(separator: "\n")
                _ = updateWallboard(&state, .key(.char("j")))
            }
            let text = language.wallboardText
            for (_, table) in WallboardBindings.sections(text) {
                // Long help wraps: its first words are on one line.
                for binding in table { XCTAssertTrue(seen.contains(text.help(binding.action).prefix(16)), "\(language): \(text.help(binding.action))") }
            }
            XCTAssertTrue(seen.contains(text.console.helpTitle))
            _ = updateWallboard(&state, .key(.escape))
            XCTAssertEqual(state.mode, .board)
            XCTAssertTrue(WallboardView.render(state).lines().last!.contains("? " + text.short(.help)), "the key bar offers it")
        }
    }

    func testOpenedAgentsAndContactsSpeakTheBoardsLanguage() {
        var state = board(.zhHans)
        var jun = state.figures.agents[0].agent
        jun.role = .trainee
        _ = updateWallboard(&state, .detailLoaded(.agent(jun, log: [
            AgentStateLogEntry(agent: "jun", presence: .away, reason: .missedOffer, at: at(-240), byAgent: AgentStateLogEntry.routing),
            AgentStateLogEntry(agent: "jun", presence: .offline, at: at(-100), byAgent: AgentStateLogEntry.consoleGone),
            AgentStateLogEntry(agent: "jun", presence: .available, at: at(-50), byAgent: "sun")],
            held: [OpenItem(kind: .contact, id: 7, customerName: "王小明", detail: "chat")])))
        let agent = WallboardView.render(state).lines().joined(separator: "\n")
        for words in ["暂离", "实习生", "由自动分配设置（未接来电）", "客户端未登出即关闭", "接待 #7 在线  王小明"] {
            XCTAssertTrue(agent.contains(words), "\(words):\n\(agent)")
        }
        for raw in ["trainee", "routing", "console-gone", " away", "contact #7"] { XCTAssertFalse(agent.contains(raw), "\(raw):\n\(agent)") }

        var korean = board(.ko)
        let chat = Contact(id: 3, channel: .email, state: .active, customerId: 30, address: "a@b.c", queuedAt: at(-900), takenAt: at(-800), agent: "mina")
        _ = updateWallboard(&korean, .detailLoaded(.contact(chat, file: nil, transcript: [])))
        let contact = WallboardView.render(korean).lines().joined(separator: "\n")
        XCTAssertTrue(contact.contains("메일  상담 중  Mina"), contact)
        XCTAssertFalse(contact.contains("active"), contact)
    }

    func testThePickersStatesLineUpWhateverTheNamesScript() throws {
        var state = board(width: 120, height: 40)
        _ = updateWallboard(&state, .key(.char("r")))
        let lines = WallboardView.render(state).lines()
        let title = try XCTUnwrap(lines.firstIndex { $0.contains("Give contact 1 to") }, lines.joined(separator: "\n"))
        let rows = Array(lines[(title + 1)...(title + 3)])
        XCTAssertEqual(rows.count, 3, lines.joined(separator: "\n"))
        let columns = zip(rows, ["away", "busy", "available"]).map { row, word in
            row.range(of: word).map { DisplayWidth.of(String(row[..<$0.lowerBound])) }
        }
        XCTAssertEqual(Set(columns.compactMap { $0 }).count, 1, "the states start in one column:\n" + rows.joined(separator: "\n"))
    }
}

/// The alert strip lists what fits and counts the rest, so no name is cut to nothing.
final class WallboardAlertListTests: XCTestCase {
    func testWhatDoesNotFitIsCountedNotCut() {
        let items = ["call 王小明 -0:10", "chat 김민준 -1:00", "mail Grace 0:20"]
        XCTAssertEqual(WallboardAlertStrip.fitted(items, in: 100), "call 王小明 -0:10 · chat 김민준 -1:00 · mail Grace 0:20")
        XCTAssertEqual(WallboardAlertStrip.fitted(items, in: 40), "call 王小明 -0:10 · chat 김민준 -1:00 +1")
        XCTAssertEqual(WallboardAlertStrip.fitted(items, in: 20), "call 王小明 -0:10 +2")
        XCTAssertEqual(WallboardAlertStrip.fitted(items, in: 5), "+3")
        XCTAssertEqual(WallboardAlertStrip.fitted(items, in: 1), "")
        for width in 0...60 {
            XCTAssertLessThanOrEqual(DisplayWidth.of(WallboardAlertStrip.fitted(items, in: width)), max(width, 0), "at \(width)")
        }
    }
}
