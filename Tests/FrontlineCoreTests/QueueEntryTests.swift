import Foundation
import XCTest
@testable import FrontlineCore

final class QueueEntryTests: XCTestCase {
    let policy = SLAPolicy.standard

    private func entry(_ contact: Contact, at now: Date) -> QueueEntry {
        QueueEntry(contact: contact, customerName: "Customer \(contact.id ?? 0)", customerLanguage: .en,
                   status: policy.status(of: contact, at: now))
    }

    private func sortedIds(_ entries: [QueueEntry], seed: UInt64) -> [[Int64]] {
        var rng = SplitMix64(seed: seed)
        return (0..<20).map { _ in entries.shuffled(using: &rng).sorted(by: QueueEntry.byUrgency).map { $0.contact.id ?? -1 } }
    }

    func testEarliestDeadlineFirstThenUntimedOldestFirst() {
        let now = testEpoch
        let entries = [
            // deadline now+180: phone queued now
            entry(contact(.phone, id: 1, queuedAt: now), at: now),
            // deadline now+60: chat message unanswered for 240 s (queued long ago)
            entry(contact(.chat, state: .active, id: 2, queuedAt: now.addingTimeInterval(-2000),
                          awaitingReplySince: now.addingTimeInterval(-240)), at: now),
            // deadline now-20: a phone call already breached
            entry(contact(.phone, id: 3, queuedAt: now.addingTimeInterval(-200)), at: now),
            // deadline now+4h-100: email
            entry(contact(.email, id: 4, queuedAt: now.addingTimeInterval(-100)), at: now),
            // no timer: active call, queued 500 s ago
            entry(contact(.phone, state: .active, id: 5, queuedAt: now.addingTimeInterval(-500)), at: now),
            // no timer: answered chat, queued 900 s ago (older than 5)
            entry(contact(.chat, state: .active, id: 6, queuedAt: now.addingTimeInterval(-900)), at: now),
        ]
        XCTAssertNil(entries[4].status)
        XCTAssertNil(entries[5].status)
        for order in sortedIds(entries, seed: 1) {
            XCTAssertEqual(order, [3, 2, 1, 4, 6, 5])
        }
    }

    func testTiesAreBrokenById() {
        let now = testEpoch
        let queued = now.addingTimeInterval(-30)
        let entries = [
            entry(contact(.phone, id: 9, queuedAt: queued), at: now),
            entry(contact(.phone, id: 4, queuedAt: queued), at: now),
            entry(contact(.phone, id: 7, queuedAt: queued), at: now),
            entry(contact(.phone, state: .active, id: 8, queuedAt: queued), at: now),
            entry(contact(.phone, state: .active, id: 2, queuedAt: queued), at: now),
        ]
        for order in sortedIds(entries, seed: 2) {
            XCTAssertEqual(order, [4, 7, 9, 2, 8])
        }
    }

    func testSameDeadlineFromDifferentChannelsPutsTheOlderContactFirst() {
        let now = testEpoch
        // A chat waiting since now-120 (deadline now+180) and a phone call queued now: same deadline.
        let chat = entry(contact(.chat, id: 1, queuedAt: now.addingTimeInterval(-120), awaitingReplySince: now.addingTimeInterval(-120)), at: now)
        let call = entry(contact(.phone, id: 2, queuedAt: now), at: now)
        XCTAssertEqual(chat.status?.deadline, call.status?.deadline)
        XCTAssertTrue(QueueEntry.byUrgency(chat, call))
        XCTAssertFalse(QueueEntry.byUrgency(call, chat))
    }

    func testOrderingIsIrreflexive() {
        let now = testEpoch
        let one = entry(contact(.phone, id: 1, queuedAt: now), at: now)
        let idle = entry(contact(.phone, state: .active, id: 2, queuedAt: now), at: now)
        XCTAssertFalse(QueueEntry.byUrgency(one, one))
        XCTAssertFalse(QueueEntry.byUrgency(idle, idle))
        XCTAssertTrue(QueueEntry.byUrgency(one, idle))
        XCTAssertFalse(QueueEntry.byUrgency(idle, one))
    }
}
