import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// First-question ownership through the store: whoever first takes a matter owns it, and what
/// comes back of it (a reopening, a promised call-back, a follow-up; an assigned customer's new
/// contacts) waits for them for the policy's owner wait before anyone else may take it.
final class OwnershipTests: StoreContractCase {
    let rules = AgentStateRules.standard

    func loggedIn(_ names: [String], _ database: any FrontlineStores) throws {
        for (index, name) in names.enumerated() {
            try database.addAgent(Agent(name: name, createdAt: t0))
            try database.changeState(of: name, .logIn, at: at(Double(index)))
        }
    }

    func testTheFirstTakerOwnsTheMatterAndALaterTakerDoesNotChangeIt() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "hello", at: t0)
        let taken = try XCTUnwrap(database.take(contactId: chat.id!, agent: "mina", policy: policy, at: at(10)))
        XCTAssertEqual(taken.owner, "mina")
        XCTAssertEqual(try database.contact(id: chat.id!)?.owner, "mina")
        _ = try database.wrapUp(contactId: chat.id!, agent: "mina", at: at(20))
        let reopened = try database.reopen(contactId: chat.id!, at: at(100))
        XCTAssertEqual(reopened.owner, "mina", "a reopening keeps its owner")
        XCTAssertEqual(try database.take(contactId: chat.id!, agent: "jun", policy: policy, at: at(100 + policy.ownerWait))?.owner, "mina",
                       "taken by someone else after the wait, the matter is still mina's")
    }

    func testAReopenedContactIsKeptForItsOwnerUntilTheWaitIsOver() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "hello", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "mina", policy: policy, at: at(10))
        _ = try database.wrapUp(contactId: chat.id!, agent: "mina", at: at(20))
        _ = try database.reopen(contactId: chat.id!, at: at(100))
        let until = at(100 + policy.ownerWait)
        assertThrows(.keptForOwner(contactId: chat.id!, owner: "mina", until: until)) {
            try database.take(contactId: chat.id!, agent: "jun", policy: policy, at: at(101))
        }
        XCTAssertNil(try database.takeNext(agent: "jun", policy: policy, at: at(101)), "n skips what is kept for someone else")
        XCTAssertEqual(try database.takeNext(agent: "mina", policy: policy, at: at(101))?.id, chat.id, "the owner takes it at once")
    }

    func testAPromisedCallBackRingsItsOwnerFirstAndOthersOnlyAfterTheWait() throws {
        let database = try makeStore()
        try loggedIn(["jun", "mina"], database)
        let call = try database.enqueue(channel: .phone, from: "+86 130 0000 0001", name: "Kim", text: nil, at: at(5))
        _ = try database.take(contactId: call.id!, agent: "mina", policy: policy, at: at(10))
        let callback = try database.promise(contactId: call.id!, agent: "mina", due: at(3600), policy: policy, at: at(20))
        XCTAssertEqual(callback.owner, "mina")
        _ = try database.wrapUp(contactId: call.id!, agent: "mina", rules: rules, at: at(30))
        // mina is on another call when the call-back comes due: it waits for her, jun idle or not.
        let other = try database.enqueue(channel: .phone, from: "+86 130 0000 0002", name: nil, text: nil, at: at(3590))
        _ = try database.take(contactId: other.id!, agent: "mina", policy: policy, at: at(3595))
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(3600)).decisions, [])
        let pass = try database.route(rules: rules, policy: policy, at: at(3601))
        XCTAssertEqual(pass.nextDeadline, at(3600 + policy.ownerWait), "routing wakes when the hold ends")
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(3600 + policy.ownerWait)).decisions,
                       [.offer(contactId: callback.id!, agent: "jun")])
    }

    func testAnAssignedCustomersNewContactsAndFirstContactWaitForTheAssignedAgent() throws {
        let database = try makeStore()
        try loggedIn(["jun", "mina"], database)
        let first = try database.enqueue(channel: .phone, from: "+86 130 0000 0003", name: "Kim", text: nil, at: t0)
        _ = try database.take(contactId: first.id!, agent: "jun", policy: policy, at: at(1))
        _ = try database.wrapUp(contactId: first.id!, agent: "jun", rules: rules, at: at(2))
        let firstContact = try database.assignCustomer(first.customerId, to: "mina", at: at(100))
        XCTAssertEqual(firstContact.owner, "mina")
        XCTAssertEqual(try database.route(rules: rules, policy: policy, at: at(101)).decisions, [.offer(contactId: firstContact.id!, agent: "mina")])
        // A new call from the customer is kept for mina, not for jun who took the last one.
        let again = try database.enqueue(channel: .phone, from: "+86 130 0000 0003", name: nil, text: nil, at: at(200))
        XCTAssertNil(again.owner)
        let row = try XCTUnwrap(database.queue(agent: nil).first { $0.contact.id == again.id })
        XCTAssertEqual(row.assignedAgent, "mina")
        assertThrows(.keptForOwner(contactId: again.id!, owner: "mina", until: at(200 + policy.ownerWait))) {
            try database.take(contactId: again.id!, agent: "jun", policy: policy, at: at(201))
        }
    }

    func testTheHandoverListsWhatTheAgentOwnsButDoesNotHold() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "hello", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "mina", policy: policy, at: at(10))
        let callback = try database.promise(contactId: chat.id!, agent: "mina", due: at(3600), policy: policy, at: at(20))
        _ = try database.wrapUp(contactId: chat.id!, agent: "mina", at: at(30))
        _ = try database.reopen(contactId: chat.id!, at: at(40))
        let items = try database.openItems(agent: "mina", policy: policy)
        XCTAssertEqual(items.map(\.kind), [.owned, .callback])
        XCTAssertEqual(items.map(\.id), [chat.id!, callback.id!])
        XCTAssertEqual(try database.openItems(agent: "jun", policy: policy), [])
    }

    /// Two consoles race for the owner's call-back: during the hold only the owner can have it,
    /// after it exactly one of the two gets it.
    func testTwoAgentsRacingForAnOwnersCallBackNeverBothGetIt() throws {
        let setup = try makeStore()
        var callbacks: [Int64] = []
        for index in 0..<20 {
            let call = try setup.enqueue(channel: .phone, from: "+86 130 0001 \(1000 + index)", name: nil, text: nil, at: t0)
            _ = try setup.take(contactId: call.id!, agent: "mina", policy: policy, at: at(1))
            callbacks.append(try setup.promise(contactId: call.id!, agent: "mina", due: at(600), policy: policy, at: at(2)).id!)
            _ = try setup.wrapUp(contactId: call.id!, agent: "mina", at: at(3))
        }
        for (label, moment, owners) in [("in the hold", at(601), ["mina"]), ("after it", at(600 + policy.ownerWait), ["mina", "jun"])] {
            let consoles = [try makeStore(), try makeStore()]
            let lock = NSLock()
            var wins: [Int64: [String]] = [:], failures: [String] = []
            let ids = label == "in the hold" ? Array(callbacks.prefix(10)) : Array(callbacks.suffix(10))
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                let agent = worker == 0 ? "mina" : "jun"
                for id in ids {
                    do {
                        if try consoles[worker].take(contactId: id, agent: agent, policy: policy, at: moment) != nil {
                            lock.withLock { wins[id, default: []].append(agent) }
                        }
                    } catch StoreError.keptForOwner {
                        // jun is told to leave it to mina: not a failure.
                    } catch {
                        lock.withLock { failures.append("\(error)") }
                    }
                }
            }
            XCTAssertEqual(failures, [], label)
            XCTAssertEqual(wins.count, 10, "\(label): every call-back was taken")
            XCTAssertTrue(wins.values.allSatisfy { $0.count == 1 && owners.contains($0[0]) }, "\(label): \(wins)")
            for (id, winners) in wins { XCTAssertEqual(try setup.contact(id: id)?.agent, winners[0]) }
        }
    }
}
