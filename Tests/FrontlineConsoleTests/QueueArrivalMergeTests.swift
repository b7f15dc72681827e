import FrontlineCore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineConsole

/// Rows read for a few contacts (or a whole read where a few changed) are merged into the
/// evaluated queue in place while its order holds; the result must always be what evaluating the
/// whole queue afresh gives.
final class QueueArrivalMergeTests: XCTestCase {
    /// A small deterministic generator, so a failure replays.
    private struct Dice {
        var seed: UInt64
        mutating func roll(_ below: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(below))
        }
    }

    private func evaluatedAfresh(_ rows: [QueueRow], at now: Date) -> QueueState {
        var state = Fixtures.state(now: now)
        state.send(.queueLoaded(rows))
        return state.queue
    }

    /// A new contact; with `orderMoves`, some are call-backs not yet due and paused chats, which
    /// make the order change by itself (then every read is a full evaluation until they are gone).
    private func arrival(_ id: Int64, at now: Date, orderMoves: Bool, _ dice: inout Dice) -> QueueRow {
        let channel: Channel = [.phone, .chat, .email, .callback][dice.roll(4)]
        var contact = Fixtures.contact(id, channel, queuedSecondsAgo: TimeInterval(dice.roll(400)), now: now)
        if channel == .callback, orderMoves { contact.queuedAt = now.addingTimeInterval(TimeInterval(dice.roll(60) - 20)) }
        if channel == .chat, orderMoves, dice.roll(5) == 0 { contact.pausedSince = now.addingTimeInterval(-TimeInterval(dice.roll(30))) }
        if dice.roll(6) == 0 { contact.priority = .urgent }
        return Fixtures.row(contact, "C\(id)")
    }

    /// The same contacts in the same order with the same timer states and deadlines; the seconds
    /// left agree on the rows the pane shows (the others' are worked out only when shown).
    private func assertAgree(_ state: AppState, _ expected: QueueState, _ message: String, line: UInt = #line) {
        let entries = state.queue.entries
        XCTAssertEqual(entries.map(\.contact), expected.entries.map(\.contact), message, line: line)
        XCTAssertEqual(entries.map(\.customerName), expected.entries.map(\.customerName), message, line: line)
        XCTAssertEqual(entries.map { $0.status?.state }, expected.entries.map { $0.status?.state }, message, line: line)
        XCTAssertEqual(entries.map { $0.status?.deadline }, expected.entries.map { $0.status?.deadline }, message, line: line)
        let shown = QueuePane.shownRows(state.queue, width: state.width, height: state.height).clamped(to: entries.indices)
        XCTAssertEqual(entries[shown].map { $0.status?.secondsLeft }, expected.entries[shown].map { $0.status?.secondsLeft }, message, line: line)
    }

    func testMergedReadsAgreeWithAFreshEvaluation() {
        for seed in UInt64(1)...6 {
            var dice = Dice(seed: seed)
            let orderMoves = seed % 2 == 0
            var now = Fixtures.start
            var rows = (Int64(1)...40).map { arrival($0, at: now, orderMoves: orderMoves, &dice) }
            var state = Fixtures.state(now: now)
            var asked: [Int64] = [], merged = 0
            for case .recordBreaches(let ids) in state.send(.queueLoaded(rows)) { asked += ids }
            var nextId: Int64 = 41
            for step in 1...100 {
                now = now.addingTimeInterval(TimeInterval(dice.roll(3)))
                for case .recordBreaches(let ids) in state.send(.tick(now)) { asked += ids }
                // Some arrive, some are answered (a chat's reply starts its clock again), some leave.
                var read: [Int64] = []
                var fresh: [QueueRow] = []
                for _ in 0..<dice.roll(4) {
                    let row = arrival(nextId, at: now, orderMoves: orderMoves, &dice)
                    nextId += 1
                    rows.append(row); read.append(row.contact.id!); fresh.append(row)
                }
                if !rows.isEmpty, dice.roll(3) == 0, case let index = dice.roll(rows.count), !read.contains(rows[index].contact.id!) {
                    read.append(rows[index].contact.id!)
                    if dice.roll(2) == 0 {
                        rows.remove(at: index)
                    } else {
                        rows[index].contact.awaitingReplySince = now
                        fresh.append(rows[index])
                    }
                }
                rows.sort { ($0.contact.queuedAt, $0.contact.id!) < ($1.contact.queuedAt, $1.contact.id!) }
                let heldOrder = state.queue.timeline.map { $0.orderHolds(at: now, entryCount: state.queue.entries.count) } ?? false
                // Most reads name their rows; some read the whole queue (after a take or an abandon).
                let msg: Msg = dice.roll(4) == 0 ? .queueLoaded(rows) : .queueRowsLoaded(contactIds: read.sorted(), fresh)
                for case .recordBreaches(let ids) in state.send(msg) { asked += ids }
                if heldOrder { merged += 1 }   // the read was merged in place
                let expected = evaluatedAfresh(rows, at: now)
                assertAgree(state, expected, "seed \(seed), step \(step)")
                XCTAssertEqual(state.queue.waitingCount, expected.waitingCount, "seed \(seed), step \(step)")
                XCTAssertEqual(state.queue.waitingByTimerState.breached, expected.waitingByTimerState.breached, "seed \(seed), step \(step)")
                XCTAssertEqual(state.queue.waitingByTimerState.atRisk, expected.waitingByTimerState.atRisk, "seed \(seed), step \(step)")
                for case .recordBreaches(let ids) in state.send(.tick(now)) { asked += ids }
                for entry in state.queue.entries {
                    XCTAssertEqual(state.queue.index(of: entry.contact.id).flatMap { state.queue.entries[$0].contact.id }, entry.contact.id)
                }
            }
            // Every breach on screen is asked for once its batch is written.
            let breached = Set(state.queue.entries.filter { $0.status?.state == .breached }.compactMap(\.contact.id))
            for case .recordBreaches(let ids) in state.send(.tick(now.addingTimeInterval(60))) { asked += ids }
            XCTAssertTrue(breached.isSubset(of: Set(asked)), "seed \(seed): a breach never asked for")
            if !orderMoves { XCTAssertGreaterThan(merged, 60, "seed \(seed): the merge was hardly used") }
        }
    }
}
