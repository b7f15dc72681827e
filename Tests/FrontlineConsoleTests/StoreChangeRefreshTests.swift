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
        let topics: [ChangeTopic] = [.queue, .contact(7), .contact(8), .customer(70), .customer(80), .agent("mina"), .agent("jun"),
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
        XCTAssertEqual(state.send(.storeChanged([.queue])), [.reloadQueue, .loadServiceLevels])
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
                       [.reloadQueue, .loadServiceLevels, .loadAgentStatus, .loadDetail(contactId: 7)])
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
