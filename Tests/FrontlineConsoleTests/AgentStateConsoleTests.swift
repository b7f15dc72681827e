import FrontlineCore
import FrontlineScreen
import FrontlineStore
import XCTest
@testable import FrontlineConsole

/// The agent's state in the console: the header, the picker, wrap-up, a ringing call, the handover.
final class AgentStateConsoleTests: XCTestCase {
    let now = Fixtures.start

    func agent(_ presence: AgentPresence, since secondsAgo: TimeInterval, reason: AwayReason? = nil, wrapUpLeft: TimeInterval? = nil) -> Agent {
        var agent = Fixtures.agent
        agent.presence = presence
        agent.awayReason = reason
        agent.stateSince = now.addingTimeInterval(-secondsAgo)
        agent.wrapUpUntil = wrapUpLeft.map { now.addingTimeInterval($0) }
        return agent
    }

    func state(_ agent: Agent, offer: OfferRow? = nil) -> AppState {
        var state = Fixtures.state(width: 100, height: 30)
        state.send(.agentStatusLoaded(agent, offer))
        return state
    }

    func header(_ state: AppState) -> String { ConsoleView.render(state).lines()[0] }

    func testTheHeaderShowsTheStateWithItsTime() {
        XCTAssertTrue(header(state(agent(.available, since: 125))).contains("│ Available 2m"))
        var busy = state(agent(.available, since: 60))
        busy.send(.queueLoaded([Fixtures.row(Fixtures.contact(1, .chat, state: .active, queuedSecondsAgo: 30, agent: "mina"), "Alice")]))
        XCTAssertTrue(header(busy).contains("│ Busy 1/3"), header(busy))
        XCTAssertTrue(header(state(agent(.wrapUp, since: 6, wrapUpLeft: 24))).contains("│ Wrap-up 0:24"))
        XCTAssertTrue(header(state(agent(.away, since: 95, reason: .lunch))).contains("│ Away: lunch 1:35"))
    }

    func testPrivateAwayWarnsOnlyAfterThreeMinutes() {
        XCTAssertFalse(header(state(agent(.away, since: 180, reason: .private))).contains("over"))
        let late = state(agent(.away, since: 181, reason: .private))
        XCTAssertTrue(header(late).contains("Away: private 3:01 over 3m!"), header(late))
        XCTAssertEqual(StateBadge.badge(late).1, .slaBreached)
    }

    func testWrapUpAndAwayTickEverySecondButAvailableDoesNot() {
        XCTAssertFalse(state(agent(.available, since: 5)).hasVisibleTimer)
        XCTAssertTrue(state(agent(.wrapUp, since: 5, wrapUpLeft: 25)).hasVisibleTimer)
        XCTAssertTrue(state(agent(.away, since: 5, reason: .break)).hasVisibleTimer)
    }

    func testThePickerSetsAvailableAnAwayReasonOrLogsOut() {
        var state = state(agent(.available, since: 5))
        state.send(.key(.char("s")))
        XCTAssertEqual(state.mode, .pickingState)
        XCTAssertEqual(state.send(.key(.char("l"))), [.changeState(.goAway(.lunch))])
        XCTAssertEqual(state.mode, .normal)
        state.send(.key(.char("s")))
        XCTAssertEqual(state.send(.key(.char("a"))), [.changeState(.becomeAvailable)])
        state.send(.key(.char("s")))
        XCTAssertEqual(state.send(.key(.escape)), [])
        XCTAssertEqual(state.mode, .normal)
        state.send(.key(.char("s")))
        XCTAssertEqual(state.send(.key(.char("o"))), [.loadOpenItems])
        XCTAssertEqual(state.mode, .writingHandover(note: TextField()))
    }

    func testThePickerOffersExactlyTheSelectableReasons() {
        let reasons = KeyBindings.pickingState.compactMap { KeyBindings.awayReason(for: $0.action) }
        XCTAssertEqual(reasons, AwayReason.selectable)
    }

    func testEndingAWrapUpEarlyIsOneKeyAndOnlyInWrapUp() {
        var wrapping = state(agent(.wrapUp, since: 5, wrapUpLeft: 25))
        XCTAssertEqual(wrapping.send(.key(.char("e"))), [.changeState(.endWrapUp)])
        var available = state(agent(.available, since: 5))
        XCTAssertEqual(available.send(.key(.char("e"))), [])
        XCTAssertEqual(available.message, .error(EnglishText().notInWrapUp))
    }

    func testACallerKnownOnlyByTheirNumberIsNamedOnce() {
        let offer = OfferRow(contactId: 9, channel: .phone, customerName: "+86 130 0000 0123", address: "+86 130 0000 0123",
                             offeredAt: now.addingTimeInterval(-3), expiresAt: now.addingTimeInterval(12))
        let lines = ConsoleView.render(state(agent(.available, since: 60), offer: offer)).lines()
        XCTAssertEqual(lines.filter { $0.contains("+86 130 0000 0123") }.count, 1, lines.joined(separator: "\n"))
        let countdown = lines.firstIndex { $0.contains("Answer within 12 s") }
        XCTAssertEqual(countdown.map { lines[$0 - 1].contains("+86 130 0000 0123") }, true, "the number, then the countdown")
    }

    func testARingingCallIsAcceptedOrDeclinedWithOneKeyUntilItsTimeRunsOut() throws {
        let offer = OfferRow(contactId: 9, channel: .phone, customerName: "陈晓华", address: "+86 130 0000 1111",
                             offeredAt: now.addingTimeInterval(-3), expiresAt: now.addingTimeInterval(12))
        var ringing = state(agent(.available, since: 60), offer: offer)
        let screen = ConsoleView.render(ringing).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Incoming call"), screen)
        XCTAssertTrue(screen.contains("Answer within 12 s"), screen)
        XCTAssertTrue(screen.contains("a accept   x decline"), screen)
        XCTAssertTrue(ringing.hasVisibleTimer, "the countdown ticks")
        XCTAssertEqual(ringing.send(.key(.char("a"))), [.acceptOffer(contactId: 9)])
        XCTAssertNil(ringing.shift.offer, "the popup goes at once")

        var declining = state(agent(.available, since: 60), offer: offer)
        declining.mode = .help(scroll: 0)
        XCTAssertEqual(declining.send(.key(.char("x"))), [.declineOffer(contactId: 9)], "answerable over the help too")

        var late = state(agent(.available, since: 60), offer: offer)
        late.send(.tick(now.addingTimeInterval(12)))
        XCTAssertFalse(ConsoleView.render(late).lines().joined().contains("Incoming call"))
        XCTAssertEqual(late.send(.key(.char("a"))), [])
        XCTAssertEqual(late.message, .error(EnglishText().nothingRinging))
    }

    func testAMissedCallSaysSoWhenRoutingSetsTheAgentAway() {
        let offer = OfferRow(contactId: 9, channel: .phone, customerName: "Alice", address: "+1 555 0101",
                             offeredAt: now, expiresAt: now.addingTimeInterval(15))
        var state = state(agent(.available, since: 60), offer: offer)
        state.send(.agentStatusLoaded(agent(.away, since: 0, reason: .missedOffer), nil))
        XCTAssertEqual(state.message, .error(EnglishText().missedOffer))
        XCTAssertTrue(header(state).contains("Away: missed call 0:00"))
    }

    func testAStateChangeByASupervisorShowsOnTheNextReload() {
        var state = state(agent(.available, since: 60))
        XCTAssertTrue(state.send(.storeChanged).contains(.loadAgentStatus))
        state.send(.agentStatusLoaded(agent(.away, since: 0, reason: .coaching), nil))
        XCTAssertTrue(header(state).contains("Away: coaching 0:00"))
    }

    func testTheHandoverNoteListsOpenItemsAndEnterSavesEscStays() {
        var state = state(agent(.available, since: 60))
        state.send(.key(.char("q")))
        state.send(.openItemsLoaded([OpenItem(kind: .contact, id: 12, customerName: "김민준", detail: "chat")]))
        state.type("refund pending")
        let screen = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("· contact #12 chat  김민준"), screen)
        XCTAssertTrue(screen.contains("Handover note › refund pending"), screen)
        XCTAssertEqual(state.send(.key(.enter)), [.logOut(note: "refund pending")])
        XCTAssertEqual(state.send(.loggedOut), [.quit])
        XCTAssertTrue(state.isQuitting)

        var staying = self.state(agent(.available, since: 60))
        staying.send(.key(.char("q")))
        XCTAssertEqual(staying.send(.key(.escape)), [])
        XCTAssertEqual(staying.mode, .normal)
        XCTAssertFalse(staying.isQuitting)
    }

    func testTheLastHandoverIsShownAtLoginUntilDismissed() {
        var state = state(agent(.available, since: 0))
        state.shift.handover = Shift(agent: "ana", startedAt: now.addingTimeInterval(-3600), endedAt: now.addingTimeInterval(-60),
                                     handoverNote: "Call 陈晓华 back about the refund",
                                     openItems: [OpenItem(kind: .complaint, id: 4, customerName: "陈晓华", detail: "assigned")])
        state.mode = .readingHandover
        let screen = ConsoleView.render(state).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("Handover from ana"), screen)
        XCTAssertTrue(screen.contains("Call 陈晓华 back about the refund"), screen)
        XCTAssertTrue(screen.contains("· complaint #4"), screen)
        XCTAssertEqual(state.send(.key(.char("n"))), [], "the note is read first")
        state.send(.key(.enter))
        XCTAssertEqual(state.mode, .normal)
        XCTAssertNil(state.shift.handover)
    }

    /// The picker, both handover boxes and a ringing call, in every language: every line exactly 80 columns.
    func testEveryShiftBoxFitsTheMinimumScreenInEveryLanguage() {
        let offer = OfferRow(contactId: 9, channel: .callback, customerName: "陈晓华", address: "+86 130 0000 1111",
                             offeredAt: now, expiresAt: now.addingTimeInterval(15))
        let items = [OpenItem(kind: .complaint, id: 4, customerName: "김민준", detail: "solution-proposed", due: now),
                     OpenItem(kind: .callback, id: 5, customerName: "Alice", detail: "callback", due: now)]
        for language in ConsoleLanguage.allCases {
            for mode in [InputMode.pickingState, .readingHandover, .writingHandover(note: TextField()), .normal] {
                var state = Fixtures.state()
                state.text = language.text
                state.send(.agentStatusLoaded(agent(.away, since: 200, reason: .private), mode == .normal ? offer : nil))
                state.shift.handover = Shift(agent: "ana", startedAt: now, endedAt: now, handoverNote: String(repeating: "交接说明 ", count: 30),
                                             openItems: items)
                state.shift.openItems = items
                state.mode = mode
                for line in ConsoleView.render(state).lines() { XCTAssertEqual(DisplayWidth.of(line), 80, "\(language) \(mode): \(line)") }
            }
        }
    }
}
