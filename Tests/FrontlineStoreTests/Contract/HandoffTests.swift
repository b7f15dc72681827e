import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// A question handed to a department: its timer, the answer on record, and the call-back that
/// brings it back to the contact's owner first.
final class HandoffTests: StoreContractCase {
    func testTheAnswerComesBackToTheOwnerAsACallBack() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "kim@example.com", name: "Kim", text: "where is my parcel?", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "mina", policy: policy, at: at(10))
        let handoff = try database.handOff(contactId: chat.id!, agent: "mina", department: "warehouse", question: "was SO-1001 shipped?",
                                           policy: policy, at: at(20))
        XCTAssertEqual(handoff.due, at(20 + 3600), "the manuals' hour")
        XCTAssertEqual(try database.openHandoffs(policy: policy).map(\.id), [handoff.id])
        _ = try database.wrapUp(contactId: chat.id!, agent: "mina", at: at(30))

        let callback = try database.answerHandoff(id: handoff.id, answer: "shipped today, SF123", policy: policy, at: at(1800))
        XCTAssertEqual(callback.purpose, .handoffAnswer)
        XCTAssertEqual(callback.owner, "mina")
        XCTAssertEqual(callback.queuedAt, at(1800))
        XCTAssertEqual(try database.openHandoffs(policy: policy), [])
        assertThrows(.keptForOwner(contactId: callback.id!, owner: "mina", until: at(1800 + policy.ownerWait))) {
            try database.take(contactId: callback.id!, agent: "jun", policy: policy, at: at(1801))
        }
        let file = try XCTUnwrap(database.customerFile(customerId: chat.customerId, limit: 5, at: at(1801)))
        XCTAssertEqual(file.callbackReasons[callback.id!], .handoffAnswer(department: "warehouse", answer: "shipped today, SF123"))
        XCTAssertEqual(Array(try database.events(contactId: chat.id!).map(\.kind).suffix(3)), [.handedOff, .completed, .handoffAnswered])
        XCTAssertThrowsError(try database.answerHandoff(id: handoff.id, answer: "again", policy: policy, at: at(1900)), "answered once")
        XCTAssertThrowsError(try database.handOff(contactId: chat.id!, agent: "mina", department: "marketing", question: "x", policy: policy, at: at(40)))
        XCTAssertThrowsError(try database.handOff(contactId: chat.id!, agent: "jun", department: "finance", question: "x", policy: policy, at: at(40)),
                             "only its holder or owner hands it off")
    }
}
