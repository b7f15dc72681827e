import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The id `handOff` returns is the one the list shows and `answerHandoff` takes, also when the
/// contact's log holds events that connectors never hear of (a note), so the event log and the
/// outbox are numbered differently.
final class HandoffIdTests: StoreContractCase {
    func testTheReturnedIdNamesTheHandOffAfterAnEventWithoutAnOutboxEntry() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "where is my parcel?", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "mina", policy: policy, at: at(10))
        _ = try database.addNote(contactId: chat.id!, agent: "mina", text: "asked for the order number", at: at(15))
        let handoff = try database.handOff(contactId: chat.id!, agent: "mina", department: "warehouse", question: "was SO-1001 shipped?",
                                           policy: policy, at: at(20))
        XCTAssertEqual(try database.openHandoffs(policy: policy).map(\.id), [handoff.id])
        let callback = try database.answerHandoff(id: handoff.id, answer: "shipped today", policy: policy, at: at(60))
        XCTAssertEqual(callback.purpose, .handoffAnswer)
        XCTAssertEqual(try database.openHandoffs(policy: policy), [])
    }
}
