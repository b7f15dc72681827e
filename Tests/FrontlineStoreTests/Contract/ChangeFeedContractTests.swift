import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Every write says what it changed, in the same transaction, so a console reloads only what it shows.
final class ChangeFeedContractTests: StoreContractCase {
    /// The topics written by `body`, read the way a console reads them.
    private func topics(_ store: any ChangeFeed, of body: () throws -> Void) throws -> Set<ChangeTopic> {
        let before = try store.latestChange()
        try body()
        return try store.changes(after: before).topics
    }

    func testAnEmptyFeedHasNothingAfterZero() throws {
        let store = try makeStore()
        XCTAssertEqual(try store.latestChange(), 0)
        XCTAssertEqual(try store.changes(after: 0), ChangeBatch(topics: [], latest: 0))
    }

    func testADraftSaveRecordsOnlyThatAgentsDraft() throws {
        let store = try makeStore()
        let contact = try store.enqueue(channel: .chat, from: "emma@example.com", name: "Emma", text: "hi", at: t0)
        let draft = ComplaintDraft(agent: "mei", customerId: contact.customerId, contactId: contact.id, account: "A-1")
        XCTAssertEqual(try topics(store) { try store.saveComplaintDraft(draft) }, [.draft("mei")])
    }

    func testQueueWritesRecordTheQueueTheContactAndTheAgent() throws {
        let store = try makeStore()
        var contact = try store.enqueue(channel: .chat, from: "emma@example.com", name: "Emma", text: "hi", at: t0)
        let id = try XCTUnwrap(contact.id)
        // An arrival and a customer's message name only their row of the queue.
        XCTAssertEqual(try store.changes(after: 0).topics, [.queueRow(id), .contact(id), .customer(contact.customerId)])
        XCTAssertEqual(try topics(store) { contact = try XCTUnwrap(try store.take(contactId: id, agent: "mei", policy: policy, at: at(5))) },
                       [.queue, .contact(id), .agent("mei")])
        XCTAssertEqual(try topics(store) { _ = try store.reply(contactId: id, agent: "mei", text: "hello", policy: policy, at: at(10)) },
                       [.queue, .contact(id)])
        XCTAssertEqual(try topics(store) { _ = try store.say(contactId: id, text: "thanks", at: at(20)) }, [.queueRow(id), .contact(id)])
        // The customer file lists the notes on every contact of the customer.
        XCTAssertEqual(try topics(store) { _ = try store.addNote(contactId: id, agent: "mei", text: "regular", at: at(25)) },
                       [.contact(id), .customer(contact.customerId)])
        XCTAssertEqual(try topics(store) { _ = try store.wrapUp(contactId: id, agent: "mei", at: at(30)) },
                       [.queue, .contact(id), .agent("mei")])
        XCTAssertEqual(try topics(store) { _ = try store.reopen(contactId: id, at: at(40)) }, [.queue, .contact(id)])
        // Writing into an ended contact reopens it: the whole queue moved (its service level too).
        _ = try store.take(contactId: id, agent: "mei", policy: policy, at: at(50))
        _ = try store.wrapUp(contactId: id, agent: "mei", at: at(60))
        XCTAssertTrue(try topics(store) { _ = try store.say(contactId: id, text: "one more thing", at: at(70)) }.contains(.queue))
    }

    func testAgentWritesRecordTheAgentAndRosterChangesTheRoster() throws {
        let store = try makeStore()
        XCTAssertEqual(try topics(store) { try store.ensureAgent(name: "mei", at: t0) }, [.roster, .agent("mei")])
        XCTAssertEqual(try topics(store) { try store.ensureAgent(name: "mei", at: t0) }, [], "nothing changed, nothing recorded")
        XCTAssertEqual(try topics(store) { try store.changeState(of: "mei", .logIn, at: at(1)) }, [.agent("mei")])
        XCTAssertEqual(try topics(store) { try store.setRole(.supervisor, forAgent: "mei", at: at(2)) }, [.roster, .agent("mei")])
    }

    func testFilingAComplaintRecordsTheComplaintItsCustomerAndTheDraftItClears() throws {
        let store = try makeStore()
        let contact = try store.enqueue(channel: .phone, from: "+1 202 555 0100", name: "Sam", text: nil, at: t0)
        let complaint = Complaint(customerId: contact.customerId, contactId: contact.id, category: .price, severity: .minor,
                                  account: "A-1", wants: "a refund", promisedReplyAt: nil, agent: "mei", receivedAt: at(5))
        var filed: Complaint?
        let written = try topics(store) { filed = try store.fileComplaint(complaint) }
        let id = try XCTUnwrap(filed?.id)
        XCTAssertEqual(written, [.complaint(id), .customer(contact.customerId), .draft("mei"), .contact(try XCTUnwrap(contact.id))])
    }

    func testBreachRecordsAreTheirOwnTopic() throws {
        let store = try makeStore()
        let contact = try store.enqueue(channel: .phone, from: "+1 202 555 0100", name: "Sam", text: nil, at: t0)
        XCTAssertEqual(try topics(store) { try store.recordBreaches(contactIds: [try XCTUnwrap(contact.id)], policy: policy, at: at(3600)) },
                       [.breaches])
        XCTAssertEqual(try topics(store) { try store.recordBreaches(policy: policy, at: at(3601)) }, [], "a miss is recorded once")
    }

    func testSequenceNumbersRise() throws {
        let store = try makeStore()
        var seen: [Int64] = []
        for n in 0..<5 {
            _ = try store.enqueue(channel: .phone, from: "+1 202 555 01\(n)0", name: nil, text: nil, at: at(Double(n)))
            seen.append(try store.latestChange())
        }
        XCTAssertEqual(seen, seen.sorted())
        XCTAssertEqual(Set(seen).count, seen.count)
        let batch = try store.changes(after: seen[2])
        XCTAssertEqual(batch.latest, seen[4])
        XCTAssertEqual(try store.changes(after: seen[4]), ChangeBatch(topics: [], latest: seen[4]))
    }

    func testARefusedWriteLeavesNoFeedRow() throws {
        let store = try makeStore()
        _ = try store.enqueue(channel: .phone, from: "+1 202 555 0100", name: nil, text: nil, at: t0)
        let before = try store.latestChange()
        // fileComplaint inserts nothing for a customer that does not exist: the whole transaction rolls back.
        XCTAssertThrowsError(try store.fileComplaint(Complaint(customerId: 999, contactId: nil, category: .price, severity: .minor,
                                                                account: "A-1", wants: "x", promisedReplyAt: nil, agent: "mei", receivedAt: t0)))
        XCTAssertEqual(try store.latestChange(), before)
        _ = try store.enqueue(channel: .phone, from: "+1 202 555 0101", name: nil, text: nil, at: t0)
        XCTAssertEqual(try store.latestChange(), before + 3, "the next write takes the next numbers: none were lost")
    }

    func testAReaderBehindTheTrimmedFeedIsToldEverything() throws {
        let store = try makeStore(retention: ChangeFeedRetention(kept: 8, trimEvery: 4))
        let early = try store.latestChange()
        for n in 0..<10 {
            _ = try store.ensureAgent(name: "agent\(n)", at: t0)
        }
        let batch = try store.changes(after: early)
        XCTAssertEqual(batch.topics, [.everything])
        XCTAssertEqual(batch.latest, try store.latestChange())
        let recent = batch.latest - 2
        XCTAssertEqual(try store.changes(after: recent).topics, [.roster, .agent("agent9")], "a reader within the kept rows gets topics")
    }
}

extension ChangeFeedContractTests {
    func testAReaderFarBehindAFeedKeptShortIsToldEverythingAndARecentOneIsNot() throws {
        let store = try makeStore(retention: ChangeFeedRetention(kept: 16, trimEvery: 8))
        for n in 0..<200 {
            _ = try store.ensureAgent(name: "agent\(n)", at: t0)
        }
        XCTAssertEqual(try store.latestChange(), 400, "two topics a write, never a number reused")
        XCTAssertEqual(try store.changes(after: 0).topics, [.everything])
        XCTAssertEqual(try store.changes(after: 398).topics, [.roster, .agent("agent199")])
    }

    func testReadingTheFeedWritesNothing() throws {
        let store = try makeStore()
        _ = try store.ensureAgent(name: "mei", at: t0)
        let latest = try store.latestChange()
        _ = try store.changes(after: 0)
        _ = try store.changes(after: latest)
        XCTAssertEqual(try store.latestChange(), latest)
    }
}
