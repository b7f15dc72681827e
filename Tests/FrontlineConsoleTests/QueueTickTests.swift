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
            }
            let breached = state.queue.entries.filter { $0.status?.state == .breached }.compactMap(\.contact.id)
            XCTAssertEqual(breaches.sorted(), breached.sorted(), "each breach asked for once")
            XCTAssertTrue(breached.contains(1) && breached.contains(2) && breached.contains(3))
        }
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
