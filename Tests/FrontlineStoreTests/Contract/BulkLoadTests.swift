import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// The bulk loads of `DatabaseAdmin`: the demo dataset and the synthetic data go in whole, with
/// the ids each store gives them in dataset order, and a contact or customer made afterwards
/// gets the next id (the stores that number rows themselves must move past the loaded ones).
final class BulkLoadTests: StoreContractCase {
    func testTheDemoLoadsEveryRowOfItsDatasetInOrderWithItsEventLog() throws {
        let store = try makeStore()
        let before = try store.latestChange()
        try store.seedDemo(now: t0, seed: 7)
        XCTAssertEqual(try store.changes(after: before).topics, [.everything], "one topic for the lot")
        let dataset = DemoDataset(now: t0, seed: 7)
        let contacts = dataset.entries.flatMap(\.contacts)
        let counts = try store.counts()
        XCTAssertEqual(counts.customers, dataset.entries.count)
        XCTAssertEqual(counts.contacts, contacts.count)
        XCTAssertEqual(counts.orders, dataset.entries.map(\.orders.count).reduce(0, +))
        XCTAssertEqual(counts.complaints, dataset.entries.filter { $0.complaint != nil }.count)
        XCTAssertEqual(Set(try store.agents().map(\.name)), Set(dataset.agents.map(\.name)))
        var contactId: Int64 = 0
        var outbound = 0
        for (index, entry) in dataset.entries.enumerated() {
            let customer = try XCTUnwrap(try store.customer(id: Int64(index + 1)), "customer \(index + 1)")
            XCTAssertEqual(customer.name, entry.customer.name)
            XCTAssertEqual(customer.phones, entry.customer.phones)
            XCTAssertEqual(customer.email, entry.customer.email)
            XCTAssertEqual(customer.isMember, entry.customer.isMember)
            for past in entry.contacts {
                contactId += 1
                let contact = try XCTUnwrap(try store.contact(id: contactId), "contact \(contactId)")
                XCTAssertEqual(contact.customerId, customer.id)
                XCTAssertEqual(contact.state, .ended)
                XCTAssertEqual(contact.queuedAt, past.contact.queuedAt)
                XCTAssertEqual(contact.endedAt, past.contact.endedAt)
                XCTAssertEqual(try store.transcript(contactId: contactId, limit: 10).map(\.text), past.messages.map(\.text))
                let events = try store.events(contactId: contactId)
                XCTAssertEqual(events.map(\.kind), past.contact.loadedHistory.map(\.kind))
                XCTAssertEqual(events.map(\.at), past.contact.loadedHistory.map(\.at))
                outbound += events.filter { OutboundEventKind.outbound(for: $0.kind) != nil }.count
            }
            if entry.complaint != nil {
                let file = try XCTUnwrap(try store.customerFile(customerId: customer.id!, limit: 100, at: t0))
                XCTAssertEqual(file.openComplaints.count, 1, "\(customer.name)'s complaint")
                XCTAssertEqual(file.openComplaints.first?.contactId, entry.contacts.isEmpty ? nil : contactId, "filed on the newest contact")
            }
        }
        // Connectors hear of the loaded history as of live contacts.
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 100_000).count, outbound)
        let call = try store.enqueue(channel: .phone, from: "+44 20 7946 0000", name: "Ada New", text: nil, priority: .normal, at: at(60))
        XCTAssertEqual(call.id, contactId + 1)
        XCTAssertEqual(call.customerId, Int64(dataset.entries.count + 1))
    }

    func testSeedingOnTopOfCustomersIsRefusedAndChangesNothing() throws {
        let store = try makeStore()
        try store.seedDemo(now: t0, seed: 42)
        let before = try store.latestChange()
        assertThrows(.alreadySeeded(customers: 254)) { try store.seedDemo(now: t0, seed: 42) }
        XCTAssertEqual(try store.counts().customers, 254)
        XCTAssertEqual(try store.latestChange(), before)
    }

    func testSyntheticDataLoadsWithItsOwnIdsAndIsRefusedOnTopOfData() throws {
        let store = try makeStore()
        let size = SyntheticSize(customers: 300, contacts: 1200, waiting: 5, seed: 3)
        let counts = try store.fillSynthetic(size, now: t0)
        var dataset = SyntheticDataset(size: size, now: t0)
        var expected = SyntheticCounts()
        var customers: [Customer] = []
        for number in 0..<size.customers {
            let rows = dataset.customer(number)
            customers.append(rows.customer)
            expected.orders += rows.orders.count
        }
        var contacts: [Contact] = []
        for index in 0..<size.contacts {
            let rows = dataset.contact(index)
            contacts.append(rows.contact)
            expected.events += rows.contact.loadedHistory.count
            expected.messages += rows.messages.count
            expected.complaints += rows.complaint == nil ? 0 : 1
        }
        (expected.customers, expected.contacts) = (size.customers, size.contacts)
        XCTAssertEqual(counts, expected)
        let stored = try store.counts()
        XCTAssertEqual([stored.customers, stored.contacts, stored.orders, stored.complaints],
                       [expected.customers, expected.contacts, expected.orders, expected.complaints])
        for id in [1, 150, 300] {
            XCTAssertEqual(try store.customer(id: Int64(id))?.name, customers[id - 1].name)
            XCTAssertEqual(try store.customer(id: Int64(id))?.phones, customers[id - 1].phones)
        }
        for id in [1, 600, 1195, 1196, 1200] {
            let contact = try XCTUnwrap(try store.contact(id: Int64(id)))
            XCTAssertEqual(contact.state, contacts[id - 1].state, "contact \(id)")
            XCTAssertEqual(contact.customerId, contacts[id - 1].customerId)
            XCTAssertEqual(try store.events(contactId: Int64(id)).map(\.kind), contacts[id - 1].loadedHistory.map(\.kind))
        }
        XCTAssertEqual(try store.contact(id: 1196)?.state, .waiting, "the newest five still wait")
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 10).count, 0, "a benchmark's history is no news to connectors")
        let call = try store.enqueue(channel: .phone, from: "+44 20 7946 0000", name: "Ada New", text: nil, priority: .normal, at: at(60))
        XCTAssertEqual(call.id, 1201)
        XCTAssertEqual(call.customerId, 301)
        assertThrows(.alreadySeeded(customers: 301)) { _ = try store.fillSynthetic(SyntheticSize(customers: 1, contacts: 1), now: t0) }
        XCTAssertEqual(try store.counts().contacts, 1201)
    }
}
