import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// Every refusal is said: a key that cannot act now says why, in the agent's language, and the key
/// bar offers exactly the keys that can act (one rule per binding serves both).
final class KeyRefusalTests: XCTestCase {
    private let start = Fixtures.start

    /// An agent holding a chat with Grace.
    private func holdingAChat(_ text: any ConsoleText = EnglishText()) -> AppState {
        var state = Fixtures.state(width: 200, height: 40)
        state.text = text
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "Grace", .en)]), .taken(chat))
        state.message = nil
        return state
    }

    private func complaintDetail(_ complaintState: ComplaintState, severity: ComplaintSeverity = .minor,
                                 solutions: [ComplaintSolution] = [], text: any ConsoleText = EnglishText()) -> AppState {
        var state = Fixtures.state(width: 200, height: 40)
        state.text = text
        state.mode = .complaintDetail
        let complaint = Complaint(id: 5, customerId: 70, contactId: 7, category: .delivery, severity: severity, account: "lost",
                                  wants: "resend", promisedReplyAt: nil, state: complaintState, agent: "mina", receivedAt: start)
        state.send(.complaintLoaded(ComplaintDetail(complaint: complaint, customerName: "Grace", customerLanguage: .en,
                                                    solutions: solutions, followUps: [], history: [])))
        return state
    }

    /// The states the property below walks: the same bindings judged in many situations.
    private func situations() -> [AppState] {
        var result: [AppState] = []
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var idle = Fixtures.state(width: 200, height: 40)
            idle.text = text
            result.append(idle)
            var queueFocus = idle
            queueFocus.send(.queueLoaded([Fixtures.row(Fixtures.contact(3, .phone, state: .active, queuedSecondsAgo: 30, agent: "jun"), "Bob")]))
            result.append(queueFocus)
            var customer = idle
            customer.focus = .customer
            result.append(customer)
            let holding = holdingAChat(text)
            result.append(holding)
            var replying = holding
            replying.send(.key(.char("r")))
            result.append(replying)
            var typed = replying
            typed.type("Hello {{order}}")
            result.append(typed)
            var promising = holding
            promising.send(.key(.char("b")))
            result.append(promising)
            var wrapping = holding
            wrapping.send(.key(.char("w")))
            result.append(wrapping)
            var nothingFound = wrapping
            nothingFound.type("xyz")
            result.append(nothingFound)
            var coded = wrapping
            coded.type("3")
            result.append(coded)
            var summary = coded
            summary.send(.key(.tab), .key(.tab))
            result.append(summary)
            var list = idle
            list.mode = .complaintList
            result.append(list)
            for complaintState in ComplaintState.allCases {
                result.append(complaintDetail(complaintState, severity: .major, text: text))
            }
            var loading = idle
            loading.mode = .complaintDetail
            result.append(loading)
            var prompt = complaintDetail(.judged, text: text)
            prompt.send(.key(.char("a")))
            result.append(prompt)
        }
        return result
    }

    func testTheBarOffersExactlyTheKeysThatActAndEveryOtherKeySaysWhy() {
        for situation in situations() {
            let bar = ConsoleView.render(situation).line(situation.height - 1)
            for binding in KeyBindings.table(for: situation.mode) {
                let offered = "\(binding.keyLabel) \(situation.text.short(binding.action))"
                guard let reason = binding.whyNot(situation) else {
                    if binding.inBar { XCTAssertTrue(bar.contains(offered), "\(situation.mode): the bar offers \(offered): \(bar)") }
                    continue
                }
                XCTAssertFalse(bar.contains(offered), "\(situation.mode): the bar hides \(offered) (\(reason)): \(bar)")
                for key in binding.keys {
                    var pressed = situation
                    XCTAssertEqual(pressed.send(.key(key)), [], "\(situation.mode) \(key): refused, nothing done")
                    XCTAssertEqual(pressed.mode, situation.mode, "\(situation.mode) \(key): the mode stays")
                    XCTAssertEqual(pressed.message, .error(reason), "\(situation.mode) \(key): says why")
                    XCTAssertTrue(ConsoleView.render(pressed).lines().joined().contains(String(reason.prefix(12))),
                                  "\(situation.mode) \(key): the reason is on screen: \(reason)")
                }
            }
        }
    }

    func testWWithNothingActiveSaysSoInTheAgentsLanguage() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = Fixtures.state()
            state.text = text
            XCTAssertEqual(state.send(.key(.char("w"))), [])
            XCTAssertEqual(state.message, .error(text.nothingToWrapUp))
        }
        XCTAssertFalse(ConsoleView.render(Fixtures.state()).line(23).contains("w wrap up"), "not offered with nothing active")
        XCTAssertTrue(ConsoleView.render(holdingAChat()).line(39).contains("w wrap up"), "offered while a contact is held")
    }

    func testAFollowUpOnAComplaintNotResolvedYetSaysWhyAndWhatComesNext() {
        var state = complaintDetail(.solutionProposed, solutions: [
            ComplaintSolution(id: 12, complaintId: 5, text: "resend", status: .accepted, at: start, agent: "mina"),
        ])
        XCTAssertEqual(state.send(.key(.char("u"))), [])
        XCTAssertEqual(state.mode, .complaintDetail, "no script is walked through for nothing")
        XCTAssertEqual(state.message?.text, "Complaint 5 is not resolved yet (solution proposed): implement the accepted solution first (i).")
        var chinese = complaintDetail(.assigned, text: ChineseText())
        chinese.send(.key(.char("u")))
        XCTAssertEqual(chinese.message?.text, "投诉 5 尚未解决（已分派）：请先提出方案（s）。")
        var resolved = complaintDetail(.implemented)
        resolved.send(.key(.char("u")))
        XCTAssertEqual(resolved.mode, .followUpScript(answer: nil), "once implemented, the follow-up call opens")
    }

    func testComplaintStepsOutOfOrderSayWhereTheComplaintStands() {
        var archived = complaintDetail(.archived)
        archived.send(.key(.char("c")))
        XCTAssertEqual(archived.message?.text, "Complaint 5 is closed: file a new one if the customer comes back.")
        var major = complaintDetail(.solutionProposed, severity: .major, solutions: [
            ComplaintSolution(id: 12, complaintId: 5, text: "resend", status: .accepted, at: start, agent: "mina"),
        ])
        major.send(.key(.char("i")))
        XCTAssertEqual(major.message?.text, "Complaint 5 is major: a supervisor approves it before it is implemented.")
        major.send(.key(.char("p")))
        XCTAssertEqual(major.message?.text, "Only a supervisor may approve a complaint; ask yours.")
        var korean = complaintDetail(.received, text: KoreanText())
        korean.send(.key(.char("z")))
        XCTAssertEqual(korean.message?.text, "불만 5은(는) 지금 '\(KoreanText().complaintState(.received))' 상태입니다: 먼저 타당한지 판단하세요(v 타당, x 부당).")
    }

    func testAPromiseBeyondTheLimitOrInThePastSaysSoAndSendsNothing() {
        for text in [EnglishText(), ChineseText(), KoreanText()] as [any ConsoleText] {
            var state = holdingAChat(text)
            state.send(.key(.char("b")))
            state.type("+30h")
            XCTAssertEqual(state.send(.key(.enter)), [], "+30h is more than one working day ahead")
            let latest = state.policy.latestPromise(at: state.now)
            XCTAssertEqual(state.message, .error(text.promiseTooLate(ClockFormat.dayAndTime.string(from: latest), limit: "8h 00m")))
            XCTAssertTrue(ConsoleView.render(state).lines().contains { $0.contains(String(text.promiseTooLate("", limit: "").prefix(10))) },
                          "said on the prompt's line")
            state.mode = .promising(TextField("25:00"))
            XCTAssertEqual(state.send(.key(.enter)), [])
            XCTAssertEqual(state.message, .error(text.notATime("25:00")))
            state.mode = .promising(TextField("2020-01-01 10:00"))
            XCTAssertEqual(state.send(.key(.enter)), [])
            XCTAssertEqual(state.message, .error(text.promisePassed))
            state.mode = .promising(TextField("+2h"))
            XCTAssertEqual(state.send(.key(.enter)).count, 1, "within the limit it is promised")
        }
    }

    func testGoingAwayWhileHoldingChatsWarnsSaysWhatHappensAndAsks() {
        var state = holdingAChat()
        state.send(.key(.char("s")), .key(.char("b")))
        XCTAssertEqual(state.mode, .confirmingAway(.break))
        XCTAssertEqual(state.message?.text, "You hold 1 contact; away, they stay yours, timers running. Go away? y/n")
        XCTAssertTrue(ConsoleView.render(state).lines().contains { $0.contains("they stay yours") })
        var staying = state
        XCTAssertEqual(staying.send(.key(.char("n"))), [])
        XCTAssertEqual(staying.mode, .normal)
        XCTAssertEqual(state.send(.key(.char("y"))), [.changeState(.goAway(.break))])
        var free = Fixtures.state()
        XCTAssertEqual(free.send(.key(.char("s")), .key(.char("l"))), [.changeState(.goAway(.lunch))], "holding nothing, no question")
    }

    func testPausingATimerThePolicyKeepsRunningSaysSoBeforeAskingTheStore() {
        var state = holdingAChat(KoreanText())
        XCTAssertEqual(state.send(.key(.char("p"))), [], "a chat's reply timer may not be paused")
        XCTAssertEqual(state.message, .error(KoreanText().timerNotPausable(.chat)))
        var email = Fixtures.state()
        let mail = Fixtures.contact(8, .email, state: .active, queuedSecondsAgo: 60, agent: "mina")
        email.send(.queueLoaded([Fixtures.row(mail, "Grace", .en)]), .taken(mail))
        XCTAssertEqual(email.send(.key(.char("p"))), [.pause(contactId: 8)], "an email's may")
    }

    func testDecliningARingingCallSaysWhatHappensToIt() {
        var state = Fixtures.state()
        state.shift.offer = OfferRow(contactId: 3, channel: .phone, customerName: "Grace", address: "+1 555", offeredAt: start,
                                     expiresAt: start.addingTimeInterval(15))
        XCTAssertEqual(state.send(.key(.char("x"))), [.declineOffer(contactId: 3)])
        XCTAssertEqual(state.message, .info("Declined: the call rings the next agent."))
    }

    func testLoggingOutFromTheStatePickerWhileHoldingAsksLikeQuit() {
        var state = holdingAChat()
        state.send(.key(.char("s")), .key(.char("o")))
        XCTAssertEqual(state.mode, .confirmingQuit)
        XCTAssertEqual(state.message, .error(state.text.quitWhileHolding(1)))
    }

    func testEmptyRepliesAndUnfilledPlaceholdersAreSaidWhileTyping() {
        var state = holdingAChat()
        state.send(.key(.char("r")))
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertTrue(ConsoleView.render(state).line(38).contains(state.text.emptyReply), ConsoleView.render(state).line(38))
        state.type("Order {{order}} ships today")
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertTrue(ConsoleView.render(state).line(38).contains(state.text.fillIn("order")))
        XCTAssertEqual(state.mode, .replying, "still typing")
    }

    func testTheWallboardSaysWhyAndItsBarAgrees() {
        var board = WallboardState(supervisor: Agent(name: "boss", displayName: "Boss", role: .supervisor, createdAt: start),
                                   width: 120, height: 40, now: start)
        XCTAssertFalse(WallboardView.render(board).line(39).contains("r reassign"), "nothing selected to reassign")
        XCTAssertEqual(updateWallboard(&board, .key(.char("r"))), [])
        XCTAssertEqual(board.message, .error(board.text.selectContact))
        board.focus = .agents
        XCTAssertEqual(updateWallboard(&board, .key(.char("o"))), [])
        XCTAssertEqual(board.message, .error(board.text.selectAgent))
    }
}
