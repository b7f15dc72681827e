import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Keeping the customer file up: edits through Core's rules, every change in the file's history
/// with who, when, before and after; two files for one person merged without losing a record.
final class CustomerUpkeepTests: StoreContractCase {
    func testAnEditChangesTheFileAndRecordsEachFieldWithWhoAndWhen() throws {
        let own = try makeStore(actor: "lead")
        try own.addAgent(Agent(name: "lead", role: .supervisor, createdAt: t0))
        try own.addAgent(Agent(name: "emma", createdAt: t0))
        let call = try own.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let before = try own.latestChange()
        let changes = try own.editCustomer(call.customerId, edits: [
            .set(.formOfAddress, "王女士"), .addPhone("+86 131 0000 0001"), .set(.email, "wang@example.com"),
            .set(.member, "yes"), .set(.card, "VIP-0042"), .set(.type, "new"), .set(.doNotDisturb, "21:00-09:00, 12:00-13:30"),
            .addNote("prefers calls after lunch"),
        ], agent: "emma", at: at(60))
        XCTAssertEqual(changes.map(\.field), [.formOfAddress, .phones, .email, .member, .card, .type, .doNotDisturb, .notes])

        let customer = try XCTUnwrap(try own.customer(id: call.customerId))
        XCTAssertEqual(customer.formOfAddress, "王女士")
        XCTAssertEqual(customer.phones, ["+86 130 0000 0042", "+86 131 0000 0001"])
        XCTAssertTrue(customer.isMember)
        XCTAssertEqual(customer.memberCard, "VIP-0042")
        XCTAssertEqual(customer.type, .new)
        XCTAssertEqual(customer.doNotDisturb, [QuietHours(start: 21 * 60, end: 9 * 60), QuietHours(start: 12 * 60, end: 13 * 60 + 30)])
        // t0 is 14:13 UTC: 22:13 in Shanghai, inside 21:00-09:00 there; outside both ranges in UTC.
        XCTAssertTrue(customer.isResting(at: t0, in: TimeZone(identifier: "Asia/Shanghai")!))
        XCTAssertFalse(customer.isResting(at: t0, in: TimeZone(identifier: "UTC")!))
        XCTAssertEqual(try own.findCustomers(matching: "+86 131-0000-0001").map(\.id), [call.customerId], "a new phone finds the file")

        let history = try own.customerHistory(customerId: call.customerId, limit: 20)
        XCTAssertEqual(history.count, 8)
        let phones = try XCTUnwrap(history.first { $0.field == .phones })
        XCTAssertEqual(phones.before, "+86 130 0000 0042")
        XCTAssertEqual(phones.after, "+86 130 0000 0042, +86 131 0000 0001")
        XCTAssertEqual(phones.agent, "emma")
        XCTAssertEqual(phones.actor, "lead", "the supervisor at the keyboard is named beside the agent")
        XCTAssertEqual(phones.at, at(60))
        XCTAssertEqual(try own.changes(after: before).topics, [.customer(call.customerId)])
        let file = try XCTUnwrap(try own.customerFile(customerId: call.customerId, limit: 20, at: at(70)))
        XCTAssertEqual(file.history.count, 8, "the file carries its history")
    }

    func testAMergeMovesEveryRecordToTheFileKeptAndIsRecordedInBoth() throws {
        let store = try makeStore()
        try store.addAgent(Agent(name: "emma", createdAt: t0))
        let keep = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let other = try store.enqueue(channel: .email, from: "fang@example.com", name: "Wang Fang", text: "where is my parcel?", at: at(10))
        let second = try store.enqueue(channel: .phone, from: "+86 139 0000 0007", name: nil, text: nil, at: at(20))
        XCTAssertNotEqual(keep.customerId, other.customerId)
        try store.editCustomer(second.customerId, edits: [.set(.email, "fang@example.com")], agent: "emma", at: at(21))
        // Make `second`'s file the other one: it has a phone and a contact; `other` too (by e-mail).
        _ = try store.addNote(contactId: other.id!, agent: "emma", text: "asked twice", at: at(30))
        let complaint = try store.fileComplaint(Complaint(customerId: other.customerId, contactId: other.id, category: .delivery,
                                                          severity: .minor, account: "parcel lost", wants: "resend", promisedReplyAt: nil,
                                                          agent: "emma", receivedAt: at(40)))
        try store.editCustomer(other.customerId, edits: [.addNote("lives on the 5th floor"), .set(.card, "VIP-7")], agent: "emma", at: at(41))
        let feed = try store.latestChange()

        let merge = try store.mergeCustomers(keep: keep.customerId, other: other.customerId, agent: "emma", at: at(50))
        XCTAssertEqual(merge, CustomerMerge(kept: keep.customerId, merged: other.customerId, contacts: 1, orders: 0, complaints: 1, phones: 0))

        let file = try XCTUnwrap(try store.customerFile(customerId: keep.customerId, limit: 20, at: at(60)))
        XCTAssertEqual(Set(file.recentContacts.compactMap(\.id)), [keep.id!, other.id!])
        XCTAssertEqual(file.openComplaints.map(\.id), [complaint.id])
        XCTAssertEqual(file.notes.map(\.text), ["asked twice"])
        XCTAssertEqual(file.customer.email, "fang@example.com", "the kept file had no e-mail: it takes the other's")
        XCTAssertEqual(file.customer.memberCard, "VIP-7")
        XCTAssertEqual(file.customer.notes, "lives on the 5th floor")
        XCTAssertEqual(try store.complaint(id: complaint.id!)?.customerId, keep.customerId)
        XCTAssertTrue(file.history.contains { $0.field == .merged && $0.before == "\(other.customerId)" && $0.after == "\(keep.customerId)" })

        let gone = try XCTUnwrap(try store.customer(id: other.customerId))
        XCTAssertEqual(gone.mergedInto, keep.customerId)
        XCTAssertEqual(try store.customerHistory(customerId: other.customerId, limit: 5).first?.field, .merged, "recorded in both histories")
        XCTAssertEqual(try store.findCustomers(matching: "Wang").map(\.id), [], "the merged file is no longer found by name")
        let topics = try store.changes(after: feed).topics
        XCTAssertTrue(topics.isSuperset(of: [.customer(keep.customerId), .customer(other.customerId), .contact(other.id!),
                                             .complaint(complaint.id!)]), "\(topics)")

        // Irreversible and final: the merged file takes no edits and no second merge.
        XCTAssertThrowsError(try store.editCustomer(other.customerId, edits: [.set(.name, "x")], agent: "emma", at: at(70)))
        XCTAssertThrowsError(try store.mergeCustomers(keep: keep.customerId, other: other.customerId, agent: "emma", at: at(70)))
        XCTAssertThrowsError(try store.mergeCustomers(keep: keep.customerId, other: keep.customerId, agent: "emma", at: at(70)))
    }
}
