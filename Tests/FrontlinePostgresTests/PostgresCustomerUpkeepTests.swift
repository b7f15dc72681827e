import Foundation
import FrontlineCore
@testable import FrontlinePostgres
import FrontlineStoreAPI
import XCTest

/// Group B's customer upkeep on a real PostgreSQL server: edits with their history (and the
/// supervisor acting for an agent), merging two files. customerFile and addAgent are not on
/// PostgreSQL yet, so the contract's CustomerUpkeepTests waits; this checks the same rules.
final class PostgresCustomerUpkeepTests: XCTestCase {
    private var backend: PostgresBackend!
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    private func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    override func setUpWithError() throws { backend = try PostgresBackend() }
    override func tearDownWithError() throws { try backend?.tearDown() }

    func testAnEditKeepsPhonesInOrderAndRecordsEachFieldWithTheActor() throws {
        let store = try PostgresStore.open(backend.database, actor: "lead")
        let call = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let before = try store.latestChange()
        let changes = try store.editCustomer(call.customerId, edits: [
            .set(.formOfAddress, "王女士"), .addPhone("+86 131 0000 0001"), .set(.member, "yes"), .set(.doNotDisturb, "21:00-09:00"),
        ], agent: "emma", at: at(60))
        XCTAssertEqual(changes.map(\.field), [.formOfAddress, .phones, .member, .doNotDisturb])
        let customer = try XCTUnwrap(try store.customer(id: call.customerId))
        XCTAssertEqual(customer.formOfAddress, "王女士")
        XCTAssertEqual(customer.phones, ["+86 130 0000 0042", "+86 131 0000 0001"])
        XCTAssertTrue(customer.isMember)
        XCTAssertEqual(customer.doNotDisturb, [QuietHours(start: 21 * 60, end: 9 * 60)])
        XCTAssertEqual(try store.findCustomers(matching: "+86 131-0000-0001", limit: 20).map(\.id), [call.customerId])
        let history = try store.customerHistory(customerId: call.customerId, limit: 20)
        XCTAssertEqual(history.count, 4)
        let phones = try XCTUnwrap(history.first { $0.field == .phones })
        XCTAssertEqual(phones.after, "+86 130 0000 0042, +86 131 0000 0001")
        XCTAssertEqual(phones.agent, "emma")
        XCTAssertEqual(phones.actor, "lead")
        XCTAssertEqual(phones.at, at(60))
        XCTAssertEqual(try store.changes(after: before).topics, [.customer(call.customerId)])
        // A name change shows in the queue too; an edit that changes nothing writes nothing.
        let renamed = try store.latestChange()
        try store.editCustomer(call.customerId, edits: [.set(.name, "王芳芳")], agent: "emma", at: at(70))
        XCTAssertEqual(try store.changes(after: renamed).topics, [.customer(call.customerId), .queue])
        let unchanged = try store.latestChange()
        XCTAssertEqual(try store.editCustomer(call.customerId, edits: [.set(.name, "王芳芳")], agent: "emma", at: at(80)), [])
        XCTAssertEqual(try store.latestChange(), unchanged)
        XCTAssertEqual(try store.customerHistory(customerId: call.customerId, limit: 2).map(\.at), [at(70), at(60)], "newest first, at most limit")
    }

    func testAMergeMovesEveryRecordToTheFileKeptAndIsFinal() throws {
        let store = try PostgresStore.open(backend.database)
        let keep = try store.enqueue(channel: .phone, from: "+86 130 0000 0042", name: "王芳", text: nil, at: t0)
        let other = try store.enqueue(channel: .email, from: "fang@example.com", name: "Wang Fang", text: "where is my parcel?", at: at(10))
        _ = try store.addNote(contactId: other.id!, agent: "emma", text: "asked twice", at: at(30))
        let complaint = try store.fileComplaint(Complaint(customerId: other.customerId, contactId: other.id, category: .delivery,
                                                          severity: .minor, account: "parcel lost", wants: "resend", promisedReplyAt: nil,
                                                          agent: "emma", receivedAt: at(40)))
        try store.editCustomer(other.customerId, edits: [.set(.card, "VIP-7")], agent: "emma", at: at(41))
        let feed = try store.latestChange()
        let merge = try store.mergeCustomers(keep: keep.customerId, other: other.customerId, agent: "emma", at: at(50))
        XCTAssertEqual(merge, CustomerMerge(kept: keep.customerId, merged: other.customerId, contacts: 1, orders: 0, complaints: 1, phones: 0))
        let kept = try XCTUnwrap(try store.customer(id: keep.customerId))
        XCTAssertEqual(kept.email, "fang@example.com")
        XCTAssertEqual(kept.memberCard, "VIP-7")
        XCTAssertEqual(kept.phones, ["+86 130 0000 0042"])
        XCTAssertEqual(try store.contact(id: other.id!)?.customerId, keep.customerId)
        XCTAssertEqual(try store.complaint(id: complaint.id!)?.customerId, keep.customerId)
        XCTAssertEqual(try store.customer(id: other.customerId)?.mergedInto, keep.customerId)
        XCTAssertEqual(try store.customerHistory(customerId: other.customerId, limit: 5).first?.field, .merged)
        XCTAssertTrue(try store.customerHistory(customerId: keep.customerId, limit: 10).contains { $0.field == .email && $0.after == "fang@example.com" })
        XCTAssertEqual(try store.findCustomers(matching: "Wang", limit: 20).map(\.id), [])
        XCTAssertEqual(try store.findCustomers(matching: "FANG@example.com", limit: 20).map(\.id), [keep.customerId], "the e-mail finds the file kept")
        // A new e-mail from the merged file's address lands on the kept file.
        XCTAssertEqual(try store.enqueue(channel: .email, from: "fang@example.com", name: nil, text: "again", at: at(55)).customerId, keep.customerId)
        XCTAssertTrue(try store.changes(after: feed).topics.isSuperset(of: [.customer(keep.customerId), .customer(other.customerId), .queue,
                                                                           .contact(other.id!), .complaint(complaint.id!)]))
        XCTAssertThrowsError(try store.editCustomer(other.customerId, edits: [.set(.name, "x")], agent: "emma", at: at(70))) {
            XCTAssertEqual($0 as? StoreError, .refused("customer \(other.customerId) was merged into customer \(keep.customerId); work on customer \(keep.customerId)"))
        }
        XCTAssertThrowsError(try store.mergeCustomers(keep: keep.customerId, other: other.customerId, agent: "emma", at: at(70)))
        XCTAssertThrowsError(try store.mergeCustomers(keep: keep.customerId, other: keep.customerId, agent: "emma", at: at(70))) {
            XCTAssertEqual($0 as? StoreError, .refused("a file cannot be merged into itself; give two different customer ids"))
        }
    }
}
