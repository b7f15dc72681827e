import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The queue's rows for the contacts a commit named (moved out of ChannelIntakeTests, which runs
/// on PostgreSQL before `abandon` does).
final class QueueRowsTests: StoreContractCase {
    /// What a console reads for the rows a commit named: exactly those rows of the whole read.
    func testQueueRowsAreTheWholeQueuesRowsForThoseContacts() throws {
        let database = try makeStore()
        let a = try database.receive(InboundContact(channel: .phone, from: "+44 20 7946 0001"), policy: policy, at: t0)
        let b = try database.receive(InboundContact(channel: .chat, from: "b@example.com", text: "b"), policy: policy, at: at(1))
        let c = try database.receive(InboundContact(channel: .email, from: "c@example.com", text: "c"), policy: policy, at: at(2))
        _ = try database.take(contactId: b.contactId, agent: "emma", policy: policy, at: at(3))
        _ = try database.abandon(contactId: a.contactId, policy: policy, at: at(4))
        let ids = [a.contactId, b.contactId, c.contactId, 4_242]
        for agent in ["emma", "jun", nil] {
            XCTAssertEqual(try database.queueRows(agent: agent, contactIds: ids),
                           try database.queue(agent: agent).filter { ids.contains($0.contact.id ?? 0) }, "\(agent ?? "everyone")")
        }
        XCTAssertEqual(try database.queueRows(agent: "emma", contactIds: ids).map(\.contact.id), [b.contactId, c.contactId])
    }
}
