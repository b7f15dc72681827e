import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// What a screen of the queue reads. Apart from EnqueueTests because it needs taking (AgentWork),
/// so each backend can run the contract's classes as it gains the methods they use.
final class QueueReadTests: StoreContractCase {
    func testQueueListsWaitingAndTheAgentsActiveContactsWithCustomerFacts() throws {
        let database = try makeStore()
        let mine = try database.enqueue(channel: .phone, from: "+82 10-0000-0001", name: "이서연", text: nil, at: t0)
        let theirs = try database.enqueue(channel: .phone, from: "+82 10-0000-0002", name: "박지호", text: nil, at: at(1))
        let waiting = try database.enqueue(channel: .chat, from: "x@example.com", name: "李静", text: "?", at: at(2))
        _ = try database.take(contactId: mine.id!, agent: "lin", policy: policy, at: at(5))
        _ = try database.take(contactId: theirs.id!, agent: "park", policy: policy, at: at(5))
        XCTAssertEqual(try database.queue(agent: "lin").map(\.contact.id), [mine.id, waiting.id])
        XCTAssertEqual(try database.queue(agent: nil).map(\.contact.id), [mine.id, theirs.id, waiting.id])
        let row = try XCTUnwrap(try database.queue(agent: nil).last)
        XCTAssertEqual(row.customerName, "李静")
        XCTAssertEqual(row.customerLanguage, .zhHans)
    }
}
