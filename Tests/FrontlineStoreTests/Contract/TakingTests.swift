import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class TakingTests: StoreContractCase {
    func testTakeIsConditionalOnTheContactStillWaiting() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0110", name: nil, text: nil, at: t0)
        let taken = try XCTUnwrap(try database.take(contactId: call.id!, agent: "lin", policy: policy, at: at(5)))
        XCTAssertEqual(taken.state, .active)
        XCTAssertEqual(taken.agent, "lin")
        XCTAssertEqual(taken.takenAt, at(5))
        XCTAssertEqual(try database.contact(id: call.id!), taken)
        XCTAssertNil(try database.take(contactId: call.id!, agent: "park", policy: policy, at: at(6)), "lin got it first")
        XCTAssertEqual(try database.contact(id: call.id!)?.agent, "lin")
        assertThrows(.noSuchContact(4242)) { try database.take(contactId: 4242, agent: "lin", policy: policy, at: at(7)) }
        XCTAssertEqual(try database.events(contactId: call.id!).map(\.kind), [.queued, .taken])
    }

    func testTakeNextFollowsQueueEntryByUrgency() throws {
        let database = try makeStore()
        // Deadlines: phone +180, callback +300, chat +300 from each message, email +4h.
        _ = try database.enqueue(channel: .email, from: "late@example.com", name: nil, text: "x", at: at(0))      // 14400
        _ = try database.enqueue(channel: .chat, from: "chat1@example.com", name: nil, text: "x", at: at(10))     // 310
        _ = try database.enqueue(channel: .phone, from: "+1 202-555-0111", name: nil, text: nil, at: at(130))    // 310, queued later
        _ = try database.enqueue(channel: .callback, from: "+1 202-555-0112", name: nil, text: nil, at: at(0))  // 300
        _ = try database.enqueue(channel: .phone, from: "+1 202-555-0113", name: nil, text: nil, at: at(200))    // 380
        _ = try database.enqueue(channel: .phone, from: "+1 202-555-0114", name: nil, text: nil, at: at(50))     // 230
        _ = try database.enqueue(channel: .phone, from: "+1 202-555-0115", name: nil, text: nil, at: at(50))     // 230, higher id
        _ = try database.enqueue(channel: .email, from: "early@example.com", name: nil, text: "x", at: at(-20000)) // -5600
        let now = at(250)
        let expected = try database.queue(agent: nil)
            .map { QueueEntry(contact: $0.contact, customerName: $0.customerName, customerLanguage: $0.customerLanguage,
                              status: policy.status(of: $0.contact, at: now)) }
            .sorted(by: QueueEntry.byUrgency)
            .map(\.contact.id!)
        var taken: [Int64] = []
        while let contact = try database.takeNext(agent: "lin", policy: policy, at: now) { taken.append(contact.id!) }
        XCTAssertEqual(taken, expected)
        XCTAssertEqual(taken.count, 8)
        XCTAssertNil(try database.takeNext(agent: "lin", policy: policy, at: now))
    }

    /// Two consoles, each with its own pool on the same file, race for the same queue.
    func testTwoWritersRacingTakeEveryContactExactlyOnce() throws {
        let setup = try makeStore()
        let total = 200
        for index in 0..<total {
            _ = try setup.enqueue(channel: index % 2 == 0 ? .phone : .chat, from: "+1 202-555-\(1000 + index)",
                                  name: nil, text: "hi", at: at(Double(index)))
        }
        let consoles = [try makeStore(), try makeStore()]
        let lock = NSLock()
        var takenBy: [String: [Int64]] = [:]
        var failures: [Error] = []
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let agent = worker == 0 ? "lin" : "park"
            var mine: [Int64] = []
            do {
                while let contact = try consoles[worker].takeNext(agent: agent, policy: policy, at: at(500)) {
                    mine.append(contact.id!)
                    usleep(100)  // an agent does something between takes; lets the other console in
                }
            } catch {
                lock.withLock { failures.append(error) }
            }
            lock.withLock { takenBy[agent] = mine }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures)")
        let all = (takenBy["lin"] ?? []) + (takenBy["park"] ?? [])
        XCTAssertEqual(all.count, total, "every contact taken once: lin \(takenBy["lin"]?.count ?? 0), park \(takenBy["park"]?.count ?? 0)")
        XCTAssertEqual(Set(all).count, total, "nobody took a contact twice")
        print("race split: lin \(takenBy["lin"]?.count ?? 0), park \(takenBy["park"]?.count ?? 0)")
        // The database agrees with what each console was told.
        for (agent, ids) in takenBy {
            for id in ids.prefix(20) { XCTAssertEqual(try setup.contact(id: id)?.agent, agent) }
        }
        XCTAssertTrue(try setup.queue(agent: nil).allSatisfy { $0.contact.state == .active })
        XCTAssertEqual(try setup.events(contactId: all[0]).filter { $0.kind == .taken }.count, 1)
    }

    /// Both consoles try to take the very same contacts: the conditional update lets one win each.
    func testTwoWritersTakingTheSameContactsNeverBothWin() throws {
        let setup = try makeStore()
        let ids = try (0..<100).map { index in
            try setup.enqueue(channel: .phone, from: "+1 202-555-\(2000 + index)", name: nil, text: nil, at: at(Double(index))).id!
        }
        let consoles = [try makeStore(), try makeStore()]
        let lock = NSLock()
        var wins: [Int64: [String]] = [:]
        var failures: [Error] = []
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let agent = worker == 0 ? "lin" : "park"
            for id in ids {
                do {
                    if try consoles[worker].take(contactId: id, agent: agent, policy: policy, at: at(150)) != nil {
                        lock.withLock { wins[id, default: []].append(agent) }
                    }
                } catch {
                    lock.withLock { failures.append(error) }
                }
            }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures)")
        XCTAssertEqual(wins.count, ids.count, "every contact was won")
        XCTAssertTrue(wins.values.allSatisfy { $0.count == 1 }, "no contact was won twice")
        for (id, winners) in wins.prefix(20) { XCTAssertEqual(try setup.contact(id: id)?.agent, winners.first) }
    }
}
