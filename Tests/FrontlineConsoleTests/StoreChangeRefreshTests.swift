import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// What each topic of a commit makes the console read again: only what it shows.
final class StoreChangeRefreshTests: XCTestCase {
    /// Mina holds chat 7 from customer 70, whose file is shown.
    private func showingChat() -> AppState {
        var state = Fixtures.state()
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(chat, "王小明", .zhHans)]), .taken(chat))
        state.send(.detailLoaded(contactId: 7, file: Fixtures.file(70, "王小明", .zhHans), transcript: []))
        return state
    }

    /// The watcher wakes the loop only for the topics `readsAgain` names: every topic that makes
    /// `refresh` read something must be among them, in every view, or a change would be missed.
    func testTheTopicsTheWatcherWakesForAreEveryTopicThatReadsSomething() {
        let topics: [ChangeTopic] = [.queue, .queueRow(7), .queueRow(9), .contact(7), .contact(8), .customer(70), .customer(80), .agent("mina"), .agent("jun"),
                                     .roster, .draft("mina"), .draft("jun"), .complaint(3), .breaches, .phrasebook, .training, .connectors, .everything]
        var complaints = showingChat()
        complaints.mode = .complaintList
        for (name, state) in [("a chat shown", showingChat()), ("nothing shown", Fixtures.state()), ("the complaints view", complaints)] {
            let interest = readsAgain(state)
            for topic in topics {
                var copy = state
                let reads = !refresh(&copy, after: [topic]).isEmpty
                if reads { XCTAssertTrue(interest.follows(topic), "\(name): \(topic) reads something but does not wake the loop") }
            }
            XCTAssertFalse(interest.follows(.draft("jun")), "\(name): another agent's draft does not wake it")
            XCTAssertFalse(interest.follows(.breaches), name)
        }
    }

    func testEverythingReloadsAllThatIsShown() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.everything])),
                       [.reloadQueue, .loadServiceLevels, .loadAgentStatus, .loadDetail(contactId: 7)])
    }

    func testTheQueueReloadsTheQueueAndTheServiceLevels() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.queue])), [.followQueue, .loadServiceLevels])
    }

    /// An arrival or a customer's message reads only its rows, and no service levels (they count
    /// a contact once answered or abandoned); any whole-queue change in the batch reads it all.
    func testQueueRowsReadOnlyThoseRows() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.queueRow(9), .queueRow(8), .contact(8), .contact(9)])), [.followQueueRows([8, 9])])
        XCTAssertEqual(state.send(.storeChanged([.queueRow(9), .queue])), [.followQueue, .loadServiceLevels])
    }

    /// The rows merged in are what a whole read would give: new ones in queue order, updated ones
    /// replaced, ones read but not returned (taken by another, ended) gone.
    func testQueueRowsMergeAsAWholeReadWould() {
        var state = showingChat()
        let old = Fixtures.contact(3, .email, queuedSecondsAgo: 600)
        let waiting = Fixtures.contact(5, .chat, queuedSecondsAgo: 300)
        let chat = Fixtures.contact(7, .chat, state: .active, queuedSecondsAgo: 60, agent: "mina")
        state.send(.queueLoaded([Fixtures.row(old, "Ann", .en), Fixtures.row(waiting, "Bo", .en), Fixtures.row(chat, "王小明", .zhHans)]))
        let arrivedBetween = Fixtures.contact(9, .chat, queuedSecondsAgo: 120)
        let arrivedLast = Fixtures.contact(8, .chat, queuedSecondsAgo: 0)
        var wrote = waiting
        wrote.awaitingReplySince = wrote.queuedAt.addingTimeInterval(100)
        state.send(.queueRowsLoaded(contactIds: [3, 5, 8, 9], [Fixtures.row(wrote, "Bo", .en), Fixtures.row(arrivedBetween, "Cy", .en),
                                                               Fixtures.row(arrivedLast, "Di", .en)]))
        XCTAssertEqual(state.queue.rows.map(\.contact.id), [5, 9, 7, 8], "3 left the queue; 9 sorts by its arrival")
        XCTAssertEqual(state.queue.rows.first?.contact.awaitingReplySince, wrote.awaitingReplySince)
        XCTAssertEqual(Set(state.queue.entries.map(\.contact.id)), [5, 7, 8, 9], "the timers are worked out for the new rows")
    }

    func testAContactOrCustomerReloadsTheFileOnlyWhenItIsTheOneShown() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.contact(7)])), [.loadDetail(contactId: 7)])
        XCTAssertEqual(state.send(.storeChanged([.customer(70)])), [.loadDetail(contactId: 7)])
        XCTAssertEqual(state.send(.storeChanged([.contact(8), .customer(80)])), [], "someone else's contact and customer")
        var empty = Fixtures.state()
        XCTAssertEqual(empty.send(.storeChanged([.contact(7)])), [], "no file shown at all")
    }

    func testMyAgentOrTheRosterReloadsMyStatusButAnotherAgentDoesNot() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.agent("mina")])), [.loadAgentStatus])
        XCTAssertEqual(state.send(.storeChanged([.roster])), [.loadAgentStatus])
        XCTAssertEqual(state.send(.storeChanged([.agent("jun")])), [])
    }

    func testDraftsBreachesAndPhrasesCostNothing() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.draft("jun")])), [], "another agent typing a complaint")
        XCTAssertEqual(state.send(.storeChanged([.draft("mina")])), [], "this console wrote it")
        XCTAssertEqual(state.send(.storeChanged([.breaches, .phrasebook, .training])), [])
    }

    func testAComplaintReloadsTheComplaintsViewOnlyWhileItIsOpen() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.complaint(5)])), [], "the complaints view is closed")
        XCTAssertEqual(state.send(.key(.char("v"))), [.loadComplaints])
        XCTAssertEqual(state.send(.storeChanged([.complaint(5)])), [.loadComplaints])
    }

    func testTopicsTogetherAskForEachReadOnce() {
        var state = showingChat()
        XCTAssertEqual(state.send(.storeChanged([.queue, .contact(7), .agent("mina"), .draft("jun")])),
                       [.followQueue, .loadServiceLevels, .loadAgentStatus, .loadDetail(contactId: 7)])
    }

    func testTheConsoleLogsInFirstAndOutWhenStopped() {
        var state = Fixtures.state()
        XCTAssertEqual(state.send(.opened), [.logIn])
        let effects = state.send(.loggedIn(Fixtures.agent, handover: nil))
        XCTAssertEqual(effects.first, .loadDraft)
        XCTAssertTrue(effects.contains(.reloadQueue))
        XCTAssertEqual(state.send(.stopRequested), [.logOut(note: nil)])
        state.send(.loggedOut)
        XCTAssertEqual(state.send(.stopRequested), [], "logged out already")
    }

    func testAFailedLogInEndsTheConsoleWithTheReason() {
        var state = Fixtures.state()
        state.send(.loginFailed("the database is read-only"))
        XCTAssertTrue(state.isQuitting)
        XCTAssertEqual(state.shift.loginFailure, "the database is read-only")
    }
}
