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
