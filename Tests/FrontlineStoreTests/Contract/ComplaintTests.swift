import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class ComplaintTests: StoreContractCase {
    func testDraftRoundTripsAndUpsertsByAgent() throws {
        let database = try makeStore()
        XCTAssertNil(try database.complaintDraft(agent: "lin"))
        var draft = ComplaintDraft(agent: "lin", customerId: 7, contactId: 9, category: .delivery, severity: .major,
                                   account: "快递超过一周还没到", wants: "退款", promisedReply: "+2h", focusedField: .wants)
        try database.saveComplaintDraft(draft)
        XCTAssertEqual(try database.complaintDraft(agent: "lin"), draft)
        draft.account += "，物流不更新"
        draft.category = nil
        try database.saveComplaintDraft(draft)
        XCTAssertEqual(try database.complaintDraft(agent: "lin"), draft)
        XCTAssertNil(try database.complaintDraft(agent: "park"))
        try database.deleteComplaintDraft(agent: "lin")
        XCTAssertNil(try database.complaintDraft(agent: "lin"))
    }

    func testFilingAComplaintDeletesTheDraftAndShowsInTheCustomerFile() throws {
        let database = try makeStore()
        let contact = try database.enqueue(channel: .phone, from: "+82 10-0000-0077", name: "최지우", text: nil, at: t0)
        let draft = ComplaintDraft(agent: "park", customerId: contact.customerId, contactId: contact.id, category: .delivery,
                                   account: "배송이 지연되고 있어요", paraphrase: "배송이 늦어서 환불을 원하시는 거죠", wants: "환불",
                                   promisedReply: "+2h")
        try database.saveComplaintDraft(draft)
        let complaint = try draft.complaint(receivedAt: at(60)).get()
        let filed = try database.fileComplaint(complaint)
        XCTAssertNotNil(filed.id)
        XCTAssertNil(try database.complaintDraft(agent: "park"))
        let file = try XCTUnwrap(try database.customerFile(customerId: contact.customerId, limit: 5, at: at(60)))
        XCTAssertEqual(file.openComplaints, [filed])
        XCTAssertEqual(filed.channel, .phone, "the channel of the contact it was filed on")
        XCTAssertEqual(filed.missingRequirements, [])
        XCTAssertEqual(file.recentContacts.map(\.id), [contact.id])
        XCTAssertEqual(try database.events(contactId: contact.id!).last?.kind, .complaintFiled)
        XCTAssertEqual(try database.counts().complaints, 1)
    }

    func testArchivedComplaintsAreNotOpen() throws {
        let database = try makeStore()
        let contact = try database.enqueue(channel: .phone, from: "+1 202-555-0130", name: "Liam", text: nil, at: t0)
        var complaint = Complaint(customerId: contact.customerId, contactId: nil, category: .price, severity: .minor,
                                  account: "too dear", wants: "discount", promisedReplyAt: nil, agent: "emma", receivedAt: t0)
        complaint.state = .archived
        _ = try database.fileComplaint(complaint)
        XCTAssertEqual(try database.customerFile(customerId: contact.customerId, limit: 5, at: at(60))?.openComplaints, [])
        assertThrows(.noSuchCustomer(999)) {
            try database.fileComplaint(Complaint(customerId: 999, contactId: nil, category: .other, severity: .minor,
                                                 account: "a", wants: "b", promisedReplyAt: nil, agent: "emma", receivedAt: t0))
        }
    }

    func testAComplaintFiledAfterWrapUpStillRecordsTheChannelItCameInOn() throws {
        // The console names the channel from its queue, which no longer holds a wrapped-up contact:
        // the store knows the contact, so the complaint keeps its channel.
        let database = try makeStore()
        let contact = try database.enqueue(channel: .chat, from: "+82 10-0000-0051", name: "강예준", text: "지퍼가 고장 났어요", at: t0)
        _ = try database.take(contactId: contact.id!, agent: "mina", policy: .standard, at: at(10))
        _ = try database.wrapUp(contactId: contact.id!, agent: "mina", at: at(60))
        let filed = try database.fileComplaint(Complaint(customerId: contact.customerId, contactId: contact.id, category: .productQuality,
                                                         severity: .minor, account: "지퍼 불량", wants: "교환", promisedReplyAt: at(7200),
                                                         agent: "mina", receivedAt: at(90)))
        XCTAssertEqual(filed.channel, .chat)
        XCTAssertEqual(try database.complaint(id: filed.id!)?.channel, .chat)
    }
}
