import FrontlineCore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// A tick moves countdowns on in place; these check it always agrees with evaluating the queue
/// from scratch, including when the order itself changes (a call-back falls due, a paused timer).
final class QueueTickTests: XCTestCase {
    /// The same rows evaluated afresh at `now`, for comparison.
    private func fresh(_ rows: [QueueRow], at now: Date, policy: SLAPolicy = .standard) -> [QueueEntry] {
        var state = Fixtures.state(now: now)
        state.policy = policy
        state.send(.queueLoaded(rows))
        return state.queue.entries
    }

    private func rows(withPaused: Bool) -> [QueueRow] {
        let callback = Contact(id: 6, channel: .callback, customerId: 60, address: "+1 555-0106",
                               queuedAt: Fixtures.start.addingTimeInterval(30))
        var paused = Fixtures.contact(5, .chat, queuedSecondsAgo: 100)
        paused.pausedSince = Fixtures.start.addingTimeInterval(-50)
        return [Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 100), "Alice"),
                Fixtures.row(Fixtures.contact(2, .chat, queuedSecondsAgo: 10), "Bo"),
                Fixtures.row(Fixtures.contact(3, .phone, queuedSecondsAgo: 175), "Cy"),
                Fixtures.row(Fixtures.contact(4, .email, queuedSecondsAgo: 20), "Di"),
                Fixtures.row(callback, "Ed")] + (withPaused ? [Fixtures.row(paused, "Flo")] : [])
    }

    func testTicksAgreeWithAFreshEvaluationEverySecond() {
        for withPaused in [false, true] {
            let rows = rows(withPaused: withPaused)
            var state = Fixtures.state()
            state.send(.queueLoaded(rows))
            var breaches: [Int64] = []
            for second in 1...400 {
                let now = Fixtures.start.addingTimeInterval(TimeInterval(second))
                for case .recordBreaches(let ids) in state.send(.tick(now)) { breaches += ids }
                XCTAssertEqual(state.queue.entries, fresh(rows, at: now), "second \(second), paused \(withPaused)")
                assertCountsAgreeWithTheEntries(state.queue, "second \(second)")
            }
            let breached = state.queue.entries.filter { $0.status?.state == .breached }.compactMap(\.contact.id)
            XCTAssertEqual(breaches.sorted(), breached.sorted(), "each breach asked for once")
            XCTAssertTrue(breached.contains(1) && breached.contains(2) && breached.contains(3))
        }
    }

    /// The counts the header shows are kept with the entries, not counted per frame: they must
    /// be what counting the entries gives.
    private func assertCountsAgreeWithTheEntries(_ queue: QueueState, _ message: String, line: UInt = #line) {
        let waiting = queue.entries.filter { $0.contact.state == .waiting }
        XCTAssertEqual(queue.waitingCount, waiting.count, message, line: line)
        XCTAssertEqual(queue.waitingByTimerState.breached, waiting.filter { $0.status?.state == .breached }.count, message, line: line)
        XCTAssertEqual(queue.waitingByTimerState.atRisk, waiting.filter { $0.status?.state == .warning }.count, message, line: line)
        XCTAssertEqual(queue.hasTimer, queue.entries.contains { $0.status != nil }, message, line: line)
    }

    func testTheHeaderCountsFollowEveryCrossingAndEveryReload() {
        var rows: [QueueRow] = []
        for id in Int64(1)...30 {
            let channel: Channel = [.phone, .chat, .email, .callback][Int(id) % 4]
            let state: ContactState = id % 7 == 0 ? .active : .waiting
            rows.append(Fixtures.row(Fixtures.contact(id, channel, state: state, queuedSecondsAgo: TimeInterval(id * 11),
                                                      agent: state == .active ? "mina" : nil), "C\(id)"))
        }
        var state = Fixtures.state()
        state.send(.queueLoaded(rows))
        assertCountsAgreeWithTheEntries(state.queue, "loaded")
        var sawBreach = false, sawWarning = false
        for second in 1...600 {
            state.send(.tick(Fixtures.start.addingTimeInterval(TimeInterval(second))))
            assertCountsAgreeWithTheEntries(state.queue, "second \(second)")
            sawBreach = sawBreach || state.queue.waitingByTimerState.breached > 0
            sawWarning = sawWarning || state.queue.waitingByTimerState.atRisk > 0
            if second == 300 {
                state.send(.queueLoaded(Array(rows.dropFirst(10))))
                assertCountsAgreeWithTheEntries(state.queue, "reloaded")
            }
        }
        XCTAssertTrue(sawBreach && sawWarning, "the walk crossed into both")
    }

    /// On a queue longer than the pane, a tick works out to the second only the rows on screen and
    /// the timers whose next look has come. Every state (colour, header count, breach) must still be
    /// what evaluating all timers gives, every second, and every row on screen its countdown too,
    /// while the selection moves and working periods open and close (e-mails on working time).
    func testOnALongQueueTheScheduleOfCrossingsGivesWhatEvaluatingEveryTimerGives() {
        var policy = SLAPolicy.standard
        // Monday 2026-09-21, UTC: the run starts 14:13:20; working time stops at 14:20 and resumes at 14:30.
        let monday = [ClockRange(start: 14 * 60, end: 14 * 60 + 20), ClockRange(start: 14 * 60 + 30, end: 15 * 60)]
        policy.calendar = WorkingCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [.monday: monday])
        policy.rules[.emailResponse] = TimerRule(target: 900, clock: .working, pausable: true)
        policy.rules[.pickup] = TimerRule(target: 400)
        var rows: [QueueRow] = []
        for id in Int64(1)...80 {
            let channel: Channel = [.phone, .chat, .email, .email, .callback][Int(id) % 5]
            let state: ContactState = id % 13 == 0 ? .active : .waiting
            let ago = TimeInterval(id * 9) + Double(id % 7) / 10
            rows.append(Fixtures.row(Fixtures.contact(id, channel, state: state, queuedSecondsAgo: ago,
                                                      agent: state == .active ? "mina" : nil), "C\(id)"))
        }
        var state = Fixtures.state(width: 100, height: 30)
        state.policy = policy
        var breaches: [Int64] = []
        for case .recordBreaches(let ids) in state.send(.queueLoaded(rows)) { breaches += ids }
        var crossings = 0
        for second in 1...1500 {
            let now = Fixtures.start.addingTimeInterval(TimeInterval(second) + 0.25)
            let before = state.queue.entries.map { $0.status?.state }
            for case .recordBreaches(let ids) in state.send(.tick(now)) { breaches += ids }
            if second % 37 == 0 { state.send(.key(second % 74 == 0 ? .up : .down)) }
            if second % 111 == 0 { for _ in 0..<9 { state.send(.key(.down)) } }
            let expected = fresh(rows, at: now, policy: policy)
            XCTAssertEqual(state.queue.entries.map(\.contact.id), expected.map(\.contact.id), "second \(second)")
            XCTAssertEqual(state.queue.entries.map { $0.status?.state }, expected.map { $0.status?.state }, "second \(second)")
            XCTAssertEqual(state.queue.entries.map { $0.status?.deadline }, expected.map { $0.status?.deadline }, "second \(second)")
            let shown = QueuePane.shownRows(state.queue, width: state.width, height: state.height)
            XCTAssertGreaterThan(shown.count, 10)
            XCTAssertEqual(Array(state.queue.entries[shown]), Array(expected[shown]), "the rows on screen, second \(second)")
            assertCountsAgreeWithTheEntries(state.queue, "second \(second)")
            crossings += zip(before, state.queue.entries.map { $0.status?.state }).filter { $0 != $1 }.count
        }
        for case .recordBreaches(let ids) in state.send(.stopRequested) { breaches += ids }
        let breached = state.queue.entries.filter { $0.status?.state == .breached }.compactMap(\.contact.id)
        XCTAssertEqual(breaches.sorted(), breached.sorted(), "each breach asked for once")
        XCTAssertGreaterThan(crossings, 60, "the walk saw many crossings")
    }

    func testNewRowsOrANewPolicyMeanAFullEvaluation() {
        var state = Fixtures.state()
        state.send(.queueLoaded([Fixtures.row(Fixtures.contact(1, .phone, queuedSecondsAgo: 100), "Alice")]))
        state.queue.rows.append(Fixtures.row(Fixtures.contact(2, .phone, queuedSecondsAgo: 150), "Bo"))
        state.send(.tick(Fixtures.start.addingTimeInterval(1)))
        XCTAssertEqual(state.queue.entries.map(\.contact.id), [2, 1])
        var policy = state.policy
        policy.rules[.pickup] = TimerRule(target: 600)
        state.policy = policy
        let now = Fixtures.start.addingTimeInterval(2)
        state.send(.tick(now))
        XCTAssertEqual(state.queue.entries, fresh(state.queue.rows, at: now, policy: policy))
        XCTAssertEqual(state.queue.entries.first?.status?.countdown, "7:28", "150 s waited + 2 s, of the new 600 s")
    }
}
