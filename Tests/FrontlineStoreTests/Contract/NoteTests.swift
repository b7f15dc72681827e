import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class NoteTests: StoreContractCase {
    func testANoteNeverStopsTheChatReplyTimerOnlyAReplyDoes() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "n@example.com", name: nil, text: "where is my parcel?", at: t0)
        _ = try database.take(contactId: chat.id!, agent: "lin", policy: policy, at: at(10))
        let before = try XCTUnwrap(try database.contact(id: chat.id!))

        let note = try database.addNote(contactId: chat.id!, agent: "lin", text: "asked the warehouse", at: at(60))
        XCTAssertNotNil(note.id)
        let after = try XCTUnwrap(try database.contact(id: chat.id!))
        XCTAssertEqual(after, before, "the note changed nothing on the contact")
        XCTAssertEqual(after.awaitingReplySince, t0)
        XCTAssertNil(after.firstReplyAt)
        let timer = try XCTUnwrap(policy.runningTimer(for: after), "the reply timer still runs")
        XCTAssertEqual(timer.kind, .chatReply)
        XCTAssertEqual(timer.startedAt, t0)
        XCTAssertEqual(timer.status(at: at(301)).state, .breached, "and still breaches on time")
        XCTAssertTrue(try database.transcript(contactId: chat.id!, limit: 10).allSatisfy { $0.text != "asked the warehouse" },
                      "the customer never sees a note")

        _ = try database.reply(contactId: chat.id!, agent: "lin", text: "It ships today.", policy: policy, at: at(120))
        let answered = try XCTUnwrap(try database.contact(id: chat.id!))
        XCTAssertNil(answered.awaitingReplySince)
        XCTAssertNil(policy.runningTimer(for: answered), "the reply stopped it")
        XCTAssertEqual(try database.events(contactId: chat.id!).map(\.kind), [.queued, .taken, .noted, .replied])
    }

    func testNotesAreKeptInOrderWithTheirAuthorAndRefuseEmptyTextOrAnUnknownContact() throws {
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0130", name: nil, text: nil, at: t0)
        _ = try database.addNote(contactId: call.id!, agent: "park", text: "second", at: at(20))
        _ = try database.addNote(contactId: call.id!, agent: "lin", text: "first", at: at(10))
        XCTAssertEqual(try database.notes(contactId: call.id!).map(\.text), ["first", "second"])
        XCTAssertEqual(try database.notes(contactId: call.id!).map(\.agent), ["lin", "park"])
        XCTAssertEqual(try database.contact(id: call.id!)?.state, .waiting, "a note does not take the call")
        assertThrows(.emptyText) { try database.addNote(contactId: call.id!, agent: "lin", text: " \n", at: at(30)) }
        assertThrows(.noSuchContact(4242)) { try database.addNote(contactId: 4242, agent: "lin", text: "x", at: at(30)) }
        XCTAssertEqual(try database.notes(contactId: call.id!).count, 2)
    }
}
