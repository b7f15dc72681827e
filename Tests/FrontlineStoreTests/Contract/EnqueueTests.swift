import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class EnqueueTests: StoreContractCase {
    func testEnqueueFindsTheCustomerByPhoneWhateverThePunctuation() throws {
        let database = try makeStore()
        let first = try database.enqueue(channel: .phone, from: "+86 130 0000 0123", name: "王小明", text: nil, at: t0)
        let again = try database.enqueue(channel: .callback, from: "+8613000000123", name: "someone else", text: nil, at: at(60))
        XCTAssertEqual(again.customerId, first.customerId)
        let customer = try XCTUnwrap(try database.customer(id: first.customerId))
        XCTAssertEqual(customer.name, "王小明")
        XCTAssertEqual(customer.phones, ["+86 130 0000 0123"])
        XCTAssertEqual(customer.language, .zhHans)
        XCTAssertEqual(try database.counts().customers, 1)
    }

    func testEnqueueFindsTheCustomerByEmailInAnyCase() throws {
        let database = try makeStore()
        let first = try database.enqueue(channel: .email, from: "Emma.Walker@Example.com", name: "Emma Walker", text: "Where is my parcel?", at: t0)
        let again = try database.enqueue(channel: .chat, from: "emma.walker@example.com", name: nil, text: "hi", at: at(10))
        XCTAssertEqual(again.customerId, first.customerId)
        XCTAssertEqual(try database.customer(id: first.customerId)?.email, "Emma.Walker@Example.com")
    }

    func testUnknownAddressesCreateCustomersInTheLanguageOfTheirName() throws {
        let database = try makeStore()
        let korean = try database.enqueue(channel: .phone, from: "+82 10-0000-0123", name: "김민준", text: nil, at: t0)
        let chinese = try database.enqueue(channel: .chat, from: "li.jing@example.com", name: "李静", text: nil, at: t0)
        let anonymous = try database.enqueue(channel: .phone, from: "+1 202-555-0142", name: nil, text: nil, at: t0)
        XCTAssertEqual(try database.customer(id: korean.customerId)?.language, .ko)
        XCTAssertEqual(try database.customer(id: chinese.customerId)?.language, .zhHans)
        let nameless = try XCTUnwrap(try database.customer(id: anonymous.customerId))
        XCTAssertEqual(nameless.name, "+1 202-555-0142")
        XCTAssertEqual(nameless.language, .en)
        XCTAssertEqual(Set([korean.customerId, chinese.customerId, anonymous.customerId]).count, 3)
    }

    func testChatOpeningStartsTheReplyTimerAndIsTheFirstMessage() throws {
        let database = try makeStore()
        let chat = try database.enqueue(channel: .chat, from: "ava@example.com", name: "Ava", text: "Is my order paid?", at: t0)
        XCTAssertEqual(chat.state, .waiting)
        XCTAssertEqual(chat.awaitingReplySince, t0)
        let transcript = try database.transcript(contactId: chat.id!, limit: 10)
        XCTAssertEqual(transcript.map(\.direction), [.inbound])
        XCTAssertEqual(transcript.first?.at, t0)
        XCTAssertEqual(try database.events(contactId: chat.id!).map(\.kind), [.queued])
        let phone = try database.enqueue(channel: .phone, from: "+1 202-555-0101", name: nil, text: nil, at: t0)
        XCTAssertNil(phone.awaitingReplySince)
    }
}
