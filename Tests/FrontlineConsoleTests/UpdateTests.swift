import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

final class UpdateTests: XCTestCase {
    func testQueueIsSortedByDeadlineWithTimersEvaluatedAtNow() {
        var state = Fixtures.state()
        // A call 100 s old has 80 s left; a chat 10 s old has 290 s left; a call 200 s old is 20 s over.
        state.send(.queueLoaded([
            Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 100), "Alice"),
            Fixtures.row(Fixtures.contact(2, .chat, queuedSecondsAgo: 10), "王小明", .zhHans),
            Fixtures.row(Fixtures.contact(3, .phone, queuedSecondsAgo: 200), "김민준", .ko),
        ]))
        XCTAssertEqual(state.queue.entries.map(\.contact.id), [3, 1, 2])
        XCTAssertEqual(state.queue.entries.map { $0.status?.countdown }, ["-0:20", "1:20", "4:50"])
        XCTAssertEqual(state.queue.entries.map { $0.status?.state }, [.breached, .ok, .ok])
        XCTAssertEqual(state.queue.selectedContactId, 3, "the most urgent contact is selected first")
    }

    func testTickMovesCountdownsAndAsksToRecordANewBreachOnceAfterTheBatchDelay() {
        var state = Fixtures.state()
        state.send(.queueLoaded([Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 170), "Alice")]))
        XCTAssertEqual(state.queue.entries.first?.status?.state, .warning)
        let first = state.send(.tick(Fixtures.start.addingTimeInterval(12)))
        XCTAssertEqual(state.queue.entries.first?.status?.countdown, "-0:02")
        XCTAssertEqual(first, [], "written down with the crossings of the next few seconds")
        XCTAssertEqual(state.send(.tick(Fixtures.start.addingTimeInterval(11 + BreachBatch.delay))), [])
        XCTAssertEqual(state.send(.tick(Fixtures.start.addingTimeInterval(12 + BreachBatch.delay))), [.recordBreaches(contactIds: [1])])
        let later = state.send(.tick(Fixtures.start.addingTimeInterval(30 + BreachBatch.delay)))
        XCTAssertEqual(later, [], "a breach is reported to the store once")
    }

    func testMissesFoundWhenTheQueueIsReadAreWrittenAtOnceWithAnyStillWaiting() {
        var state = Fixtures.state()
        state.send(.queueLoaded([Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 175), "Alice")]))
        XCTAssertEqual(state.send(.tick(Fixtures.start.addingTimeInterval(6))), [], "a tick's crossing waits for its batch")
        let reloaded = state.send(.queueLoaded([Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 175), "Alice"),
                                                Fixtures.row(Fixtures.contact(2, .phone, queuedSecondsAgo: 400), "Bo")]))
        XCTAssertEqual(reloaded.filter { if case .recordBreaches = $0 { true } else { false } }, [.recordBreaches(contactIds: [1, 2])],
                       "the queue read again finds a miss: both written now")
        XCTAssertEqual(state.send(.tick(Fixtures.start.addingTimeInterval(30))), [], "nothing left waiting")
    }

    func testLoggingOutWritesTheMissesStillWaitingForTheirBatch() {
        var state = Fixtures.state()
        state.send(.queueLoaded([Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 175), "Alice")]))
        XCTAssertEqual(state.send(.tick(Fixtures.start.addingTimeInterval(6))), [])
        XCTAssertEqual(state.send(.stopRequested), [.recordBreaches(contactIds: [1]), .logOut(note: nil)])
    }

    func testNTakesNextAndATakenContactBecomesActive() {
        var state = Fixtures.state()
        XCTAssertEqual(state.send(.key(.char("n"))), [.takeNext])
        let taken = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 30, agent: "mina")
        let effects = state.send(.taken(taken))
        XCTAssertEqual(state.queue.activeContactId, 7)
        XCTAssertEqual(effects, [.reloadQueue, .loadDetail(contactId: 7)])
    }

    func testEnterOnASelectedWaitingContactTakesIt() {
        var state = Fixtures.state()
        state.send(.queueLoaded([
            Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 100), "Alice"),
            Fixtures.row(Fixtures.contact(2, .phone, queuedSecondsAgo: 10), "Bob"),
        ]))
        state.send(.key(.char("j")))
        XCTAssertEqual(state.queue.selectedContactId, 2)
        XCTAssertEqual(state.send(.key(.enter)), [.take(contactId: 2)])
    }

    func testReplyNeedsAnActiveChat() {
        var state = Fixtures.state()
        state.send(.key(.char("r")))
        XCTAssertEqual(state.mode, .normal)
        XCTAssertEqual(state.message?.kind, .error)
    }

    func testTypingAndSendingAReply() {
        var state = activeChatState()
        state.send(.key(.char("r")))
        XCTAssertEqual(state.mode, .replying)
        state.type("您好q")
        state.send(.key(.backspace))
        XCTAssertEqual(state.reply.field.text, "您好", "q is text while replying, and backspace removes it")
        XCTAssertEqual(state.send(.key(.enter)), [.reply(contactId: 7, text: "您好")])
    }

    func testAReplyWithAnUnresolvedPlaceholderIsNotSent() {
        var state = activeChatState()
        state.send(.key(.char("r")))
        state.type("Your order {{order.number}} ships today")
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertEqual(state.message, .error("Fill in {{order.number}} before sending."))
    }

    func testPickingAPhraseFillsNamesInTheCustomersLanguage() {
        var state = activeChatState()
        state.send(.key(.char("/")))
        XCTAssertEqual(state.mode, .filteringPhrases)
        let greeting = state.visiblePhrases.first { $0.category == .greeting }!
        state.type(greeting.code)
        state.send(.key(.enter))
        let expected = PhraseTemplate.render(greeting.text(in: .zhHans), values: ["customer.name": "王小明", "agent.name": "Mina",
                                                                                    "order.number": "SO-1001"]).text
        XCTAssertEqual(state.reply.field.text, expected)
        XCTAssertTrue(state.reply.field.text.contains("王小明") || !greeting.text(in: .zhHans).contains("customer.name"))
        XCTAssertEqual(state.mode, .replying, "with a chat in hand the phrase is ready to send")
    }

    func testQuitAsksFirstWhileAContactIsHeld() {
        var state = activeChatState()
        XCTAssertEqual(state.send(.key(.char("q"))), [])
        XCTAssertEqual(state.mode, .confirmingQuit)
        state.send(.key(.char("n")))
        XCTAssertEqual(state.mode, .normal)
        state.send(.key(.char("q")))
        XCTAssertEqual(state.send(.key(.char("y"))), [.loadOpenItems], "then the handover note, as always")
        XCTAssertEqual(state.mode, .writingHandover(note: TextField()))
    }

    func testQuitWithNothingHeldGoesStraightToTheHandoverNote() {
        var state = Fixtures.state()
        XCTAssertEqual(state.send(.key(.char("q"))), [.loadOpenItems])
        XCTAssertEqual(state.mode, .writingHandover(note: TextField()))
    }

    func testComplaintFormSavesEveryChangeAndSubmits() {
        var state = activeChatState()
        state.send(.key(.char("c")))
        XCTAssertEqual(state.mode, .editingComplaint)
        XCTAssertEqual(state.complaintForm.draft.customerId, 70, "prefilled from the contact being worked on")
        XCTAssertEqual(state.complaintForm.draft.focusedField, .category)
        XCTAssertEqual(state.send(.key(.char("5"))).last, .saveDraft(state.complaintForm.draft))
        XCTAssertEqual(state.complaintForm.draft.category, .delivery)
        state.send(.key(.tab))
        state.send(.key(.char(" ")))
        XCTAssertEqual(state.complaintForm.draft.severity, .major)
        state.send(.key(.tab))
        let effects = state.type("快递晚了三天")
        XCTAssertEqual(effects.count, 6, "each character typed is saved at once")
        XCTAssertEqual(state.complaintForm.draft.account, "快递晚了三天")
        state.send(.key(.tab))
        XCTAssertEqual(state.complaintForm.draft.missingFields, [.paraphrase, .wants, .promisedReply])
        state.type("您的快递晚了三天，对吗")
        state.send(.key(.tab))
        state.type("退运费")
        state.send(.key(.tab))
        state.type("+2h")
        let submit = state.send(.key(.enter))
        guard case .fileComplaint(let complaint)? = submit.first else { return XCTFail("expected a complaint, got \(submit)") }
        XCTAssertEqual(complaint.category, .delivery)
        XCTAssertEqual(complaint.severity, .major)
        XCTAssertEqual(complaint.wants, "退运费")
        XCTAssertEqual(complaint.contactId, 7)
        XCTAssertEqual(complaint.channel, .chat, "the channel it came in on")
        XCTAssertEqual(complaint.promisedReplyAt, Fixtures.start.addingTimeInterval(7200))
        XCTAssertEqual(complaint.paraphrase, "您的快递晚了三天，对吗")
        XCTAssertEqual(complaint.missingRequirements, [], "what the form submits, the score counts complete")
    }

    func testSubmittingAnIncompleteComplaintNamesTheMissingField() {
        var state = activeChatState()
        state.send(.key(.char("c")))
        state.send(.key(.ctrl("s")))
        XCTAssertEqual(state.message, .error("Category is required."))
        state.send(.key(.char("1")), .key(.ctrl("s")))
        XCTAssertEqual(state.message, .error("Account is required."))
        XCTAssertEqual(state.complaintForm.draft.focusedField, .account, "the cursor goes to the missing field")
        state.type("x")
        state.send(.key(.tab)); state.type("y")
        state.send(.key(.tab)); state.type("z")
        state.send(.key(.tab)); state.type("soon")
        state.send(.key(.backTab), .key(.backTab), .key(.backTab), .key(.ctrl("s")))
        XCTAssertEqual(state.message, .error("Reply by \"soon\" is not a time: use HH:MM, YYYY-MM-DD HH:MM, +2h or +30m."))
        XCTAssertEqual(state.complaintForm.draft.focusedField, .promisedReply, "the cursor goes to the time to put right")
    }

    func testARestoredDraftKeepsItsFieldAndText() {
        var state = Fixtures.state()
        var draft = ComplaintDraft(agent: "mina", customerId: 5, category: .price, account: "太贵了")
        draft.focusedField = .account
        state.send(.draftLoaded(draft))
        XCTAssertEqual(state.complaintForm.draft, draft)
        XCTAssertEqual(state.complaintForm.editor.text, "太贵了")
    }

    func testTooSmallScreenIgnoresEverythingButQuit() {
        var state = Fixtures.state(width: 60, height: 20)
        XCTAssertEqual(state.send(.key(.char("n"))), [])
        XCTAssertEqual(state.send(.key(.char("q"))), [.loadOpenItems])
        XCTAssertEqual(state.send(.key(.enter)), [.logOut(note: nil)], "the note can be saved unseen")
    }

    func testAnotherProcessWritingReloadsTheQueueAndTheFile() {
        var state = activeChatState()
        XCTAssertEqual(state.send(.storeChanged([.everything])), [.reloadQueue, .loadServiceLevels, .loadAgentStatus, .loadDetail(contactId: 7)])
    }

    /// Mina holds chat 7 from 王小明, whose file is loaded.
    private func activeChatState() -> AppState {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "王小明", .zhHans)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "王小明", .zhHans), transcript: []))
        return state
    }
}

final class RestartAndNamesTests: XCTestCase {
    func testAContactHeldBeforeARestartIsActiveAgain() {
        var state = Fixtures.state()
        let held = Fixtures.contact(9, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        let others = Fixtures.contact(8, .chat, state: .active, queuedSecondsAgo: 30, agent: "jun")
        state.send(.queueLoaded([Fixtures.row(others, "Bob"), Fixtures.row(held, "Ann")]))
        XCTAssertEqual(state.queue.activeContactId, 9, "mina's own contact, not jun's")
    }

    func testACustomerKnownOnlyByNumberIsGreetedWithThePhrasesDefault() {
        var state = Fixtures.state()
        state.send(.detailLoaded(contactId: 0, file: nil, transcript: []))
        var file = Fixtures.file(70, "+82 10-0000-0123", .en)
        state.customer.file = file
        XCTAssertNil(state.placeholderValues["customer.name"])
        file.customer.name = "Grace"
        state.customer.file = file
        XCTAssertEqual(state.placeholderValues["customer.name"], "Grace")
    }
}

final class CustomerFileFollowsTests: XCTestCase {
    func testTheFileIsClearedWhenNoContactIsLeft() {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "王小明", .zhHans)]))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "王小明", .zhHans), transcript: []))
        XCTAssertNotNil(state.customer.file)
        state.send(.wrappedUp(chat, nil), .queueLoaded([]))
        XCTAssertNil(state.customer.file)
        XCTAssertNil(state.queue.activeContactId)
    }
}

final class TimerKeyTests: XCTestCase {
    private func holdingAnEmail(paused: Bool = false) -> AppState {
        var state = Fixtures.state()
        var mail = Fixtures.contact(5, .email, state: .active, queuedSecondsAgo: 60, agent: "mina")
        if paused { mail.pausedSince = Fixtures.start }
        state.send(.queueLoaded([Fixtures.row(mail, "Grace")]))
        return state
    }

    func testPPausesAndResumesTheActiveContact() {
        var state = holdingAnEmail()
        XCTAssertEqual(state.send(.key(.char("p"))), [.pause(contactId: 5)])
        var paused = holdingAnEmail(paused: true)
        XCTAssertEqual(paused.send(.key(.char("p"))), [.resume(contactId: 5)])
        var idle = Fixtures.state()
        XCTAssertEqual(idle.send(.key(.char("p"))), [])
        XCTAssertEqual(idle.message?.kind, .error)
    }

    func testBPromisesTheTypedTimeOrTheDefault() {
        var state = holdingAnEmail()
        state.send(.key(.char("b")))
        XCTAssertEqual(state.mode, .promising(TextField()))
        XCTAssertEqual(state.send(.key(.enter)), [.promise(contactId: 5, due: nil)], "Enter alone: the policy's default")
        state.type("+2h")
        XCTAssertEqual(state.send(.key(.enter)), [.promise(contactId: 5, due: Fixtures.start.addingTimeInterval(7200))])
        state.send(.key(.ctrl("u")))
        state.type("soon")
        XCTAssertEqual(state.send(.key(.enter)), [])
        XCTAssertEqual(state.message?.kind, .error)
        state.send(.key(.escape))
        XCTAssertEqual(state.mode, .normal)
    }

    func testAPromisedTimeThatIsNotATimeSaysSoOnScreen() {
        // The prompt is drawn where the status line goes: its error must show beside what was typed.
        var state = holdingAnEmail()
        state.send(.key(.char("b")))
        state.type("soon")
        state.send(.key(.enter))
        let line = ConsoleView.render(state).lines()[state.height - 2]
        XCTAssertTrue(line.contains("soon"), line)
        XCTAssertTrue(line.contains("is not a time"), line)
        state.type("x")
        XCTAssertFalse(ConsoleView.render(state).lines()[state.height - 2].contains("is not a time"), "gone at the next key")
    }

    func testACallBackWaitsOutOfSightUntilItIsDue() {
        var state = Fixtures.state()
        let later = Contact(id: 9, channel: .callback, customerId: 1, address: "+1 555-0109", queuedAt: Fixtures.start.addingTimeInterval(600))
        state.send(.queueLoaded([Fixtures.row(later, "Ann")]))
        XCTAssertTrue(state.queue.entries.isEmpty)
        state.send(.tick(Fixtures.start.addingTimeInterval(600)), .queueLoaded([Fixtures.row(later, "Ann")]))
        XCTAssertEqual(state.queue.entries.map(\.contact.id), [9])
        XCTAssertEqual(state.queue.entries.first?.status?.countdown, "5:00")
    }
}
