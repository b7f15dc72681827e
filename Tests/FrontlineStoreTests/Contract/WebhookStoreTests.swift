import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Webhooks and their deliveries as the store keeps them: from the event after the webhook's
/// addition, only the kinds it wants, a contact's events in order, retries, dead ones until
/// retried, and one delivery worker per database. (The worker against a real receiver:
/// FrontlineConnectorsTests.)
final class WebhookStoreTests: StoreContractCase {
    func chat(_ database: any FrontlineStores, _ from: String, at time: Date) throws -> Int64 {
        try database.receive(InboundContact(channel: .chat, from: from, text: "hello"), policy: policy, at: time).contactId
    }

    func due(_ database: any FrontlineStores, at time: Date) throws -> [[Int64]] {
        try database.dueDeliveries(at: time, limit: 10).map { [$0.webhook.id, $0.event.sequence, Int64($0.attempts)] }
    }

    func testAWebhookGetsTheEventsAfterItsAdditionOfTheKindsItWants() throws {
        let database = try makeStore()
        let a = try chat(database, "a@example.com", at: t0)
        let replies = try database.addWebhook(url: "http://127.0.0.1:9/replies", kinds: [.reply], secret: "s1", at: at(1))
        let all = try database.addWebhook(url: "http://127.0.0.1:9/all", kinds: nil, secret: "s2", at: at(1))
        XCTAssertEqual(try database.webhooks(), [replies, all])
        XCTAssertEqual(try database.webhooks().first?.kinds, [.reply])
        XCTAssertEqual(replies.createdAt, at(1))
        _ = try chat(database, "b@example.com", at: at(2))
        _ = try database.take(contactId: a, agent: "emma", policy: policy, at: at(3))
        _ = try database.reply(contactId: a, agent: "emma", text: "Hi", policy: policy, at: at(4))
        XCTAssertEqual(try database.outboundEvents(after: 0, limit: 10).map(\.kind), ["contact-created", "contact-created", "take", "reply"])
        XCTAssertEqual(try database.webhookStatuses().map(\.pending), [1, 3], "events not yet turned into deliveries count")
        // Contact a's reply waits behind its take for the webhook that wants both.
        XCTAssertEqual(try due(database, at: at(5)), [[all.id, 2, 0], [all.id, 3, 0], [replies.id, 4, 0]])
        let due = try database.dueDeliveries(at: at(5), limit: 1)
        XCTAssertEqual(due.map(\.event.kind), ["contact-created"], "at most limit")
        XCTAssertEqual(due.first?.webhook, all)
        XCTAssertEqual(try database.webhookStatuses().map(\.pending), [1, 3], "the same once they are deliveries")
        XCTAssertEqual(try database.nextDeliveryDue(), at(5))
    }

    func testAFailingContactWaitsWhileOthersFlowAndIsDeadUntilRetried() throws {
        let database = try makeStore()
        let hook = try database.addWebhook(url: "http://127.0.0.1:9/", kinds: nil, secret: "s", at: t0)
        let a = try chat(database, "a@example.com", at: t0)
        _ = try chat(database, "b@example.com", at: at(1))
        let retry = WebhookRetry(firstDelay: 10, maxDelay: 600, maxAttempts: 2)
        XCTAssertEqual(try due(database, at: at(2)), [[hook.id, 1, 0], [hook.id, 2, 0]])
        try database.markFailed(webhookId: hook.id, sequence: 1, error: "HTTP 500\nInternal error", retry: retry, jitter: 0, at: at(3))
        try database.markDelivered(webhookId: hook.id, sequence: 2, at: at(3))
        XCTAssertEqual(try due(database, at: at(4)), [], "waiting out its backoff (half of 10 s without jitter)")
        XCTAssertEqual(try database.nextDeliveryDue(), at(8))
        var status = try XCTUnwrap(try database.webhookStatuses().first)
        XCTAssertEqual(status.webhook, hook)
        XCTAssertEqual([status.pending, status.failing, status.dead, status.deliveredCount], [1, 1, 0, 1])
        XCTAssertEqual(status.lastError, "HTTP 500 Internal error")
        XCTAssertEqual(status.lastDeliveredSequence, 2)
        XCTAssertEqual(status.lastDeliveredAt, at(3))
        XCTAssertEqual(try database.webhookTrouble(), WebhookTrouble(failingWebhooks: 1, deadDeliveries: 0))

        _ = try database.take(contactId: a, agent: "emma", policy: policy, at: at(5))
        XCTAssertEqual(try due(database, at: at(6)), [], "a's take waits behind a's failing event")
        XCTAssertEqual(try due(database, at: at(8)), [[hook.id, 1, 1]])
        try database.markFailed(webhookId: hook.id, sequence: 1, error: "", retry: retry, jitter: 0, at: at(9))
        XCTAssertEqual(try database.webhookTrouble(), WebhookTrouble(failingWebhooks: 0, deadDeliveries: 1))
        status = try XCTUnwrap(try database.webhookStatuses().first)
        XCTAssertEqual([status.pending, status.failing, status.dead], [1, 0, 1])
        XCTAssertEqual(status.lastError, "failed", "an empty error is still said")
        XCTAssertEqual(try due(database, at: at(100)), [], "a dead event holds its contact's later ones back")
        XCTAssertEqual(try database.nextDeliveryDue(), at(6), "the take's delivery, dead ones apart")

        XCTAssertEqual(try database.retryDeadDeliveries(webhookId: hook.id + 1, at: at(110)), 0, "another webhook's")
        XCTAssertEqual(try database.retryDeadDeliveries(webhookId: nil, at: at(110)), 1)
        XCTAssertEqual(try due(database, at: at(110)), [[hook.id, 1, 0]])
        XCTAssertTrue(try database.webhookTrouble().isQuiet)
        try database.markDelivered(webhookId: hook.id, sequence: 1, at: at(111))
        XCTAssertEqual(try due(database, at: at(111)), [[hook.id, 3, 0]])
        try database.markDelivered(webhookId: hook.id, sequence: 3, at: at(112))
        try database.markDelivered(webhookId: hook.id, sequence: 3, at: at(113))
        status = try XCTUnwrap(try database.webhookStatuses().first)
        XCTAssertEqual([status.pending, status.deliveredCount], [0, 3], "delivered twice counts once")
        XCTAssertEqual(status.lastDeliveredSequence, 3)
        XCTAssertEqual(status.lastDeliveredAt, at(112))
        XCTAssertNil(try database.nextDeliveryDue())
    }

    func testARetryThatGetsThroughBringsTheBacklogForward() throws {
        let database = try makeStore()
        let hook = try database.addWebhook(url: "http://127.0.0.1:9/", kinds: nil, secret: "s", at: t0)
        for name in ["a", "b", "c"] { _ = try chat(database, "\(name)@example.com", at: t0) }
        XCTAssertEqual(try due(database, at: at(1)).count, 3)
        try database.markFailed(webhookId: hook.id, sequence: 1, error: "down", retry: WebhookRetry(firstDelay: 10), jitter: 0, at: at(1))
        for sequence: Int64 in [2, 3] {
            try database.markFailed(webhookId: hook.id, sequence: sequence, error: "down", retry: WebhookRetry(firstDelay: 100), jitter: 0, at: at(1))
        }
        XCTAssertEqual(try due(database, at: at(6)), [[hook.id, 1, 1]])
        try database.markDelivered(webhookId: hook.id, sequence: 1, at: at(7))
        XCTAssertEqual(try due(database, at: at(7)), [[hook.id, 2, 1], [hook.id, 3, 1]])
    }

    func testRemovingAWebhookDropsItsDeliveriesAndItsNumber() throws {
        let database = try makeStore()
        let first = try database.addWebhook(url: "http://127.0.0.1:9/one", kinds: nil, secret: "s", at: t0)
        let second = try database.addWebhook(url: "http://127.0.0.1:9/two", kinds: nil, secret: "s", at: t0)
        _ = try chat(database, "a@example.com", at: at(1))
        XCTAssertEqual(try due(database, at: at(2)).map { $0[0] }.sorted(), [first.id, second.id])
        XCTAssertTrue(try database.removeWebhook(id: second.id))
        XCTAssertFalse(try database.removeWebhook(id: second.id))
        XCTAssertEqual(try database.webhooks(), [first])
        XCTAssertEqual(try due(database, at: at(3)).map { $0[0] }, [first.id])
        XCTAssertEqual(try database.webhookStatuses().map(\.webhook), [first])
        let third = try database.addWebhook(url: "http://127.0.0.1:9/three", kinds: [], secret: "s", at: at(4))
        XCTAssertGreaterThan(third.id, second.id, "a removed webhook's number is not given again")
        _ = try chat(database, "b@example.com", at: at(5))
        XCTAssertEqual(try database.webhookStatuses().map(\.pending), [2, 0], "no kinds: nothing wanted")
    }

    func testOneWorkerHoldsTheDeliveryLeaseUntilItRunsOut() throws {
        let database = try makeStore()
        let feed = try database.latestChange()
        XCTAssertTrue(try database.holdDeliveryLease(holder: "a", for: 30, at: t0))
        XCTAssertFalse(try database.holdDeliveryLease(holder: "b", for: 30, at: at(10)))
        XCTAssertTrue(try database.holdDeliveryLease(holder: "a", for: 30, at: at(20)), "renewed until 50")
        XCTAssertFalse(try database.holdDeliveryLease(holder: "b", for: 30, at: at(49)))
        XCTAssertTrue(try database.holdDeliveryLease(holder: "b", for: 30, at: at(50)), "run out: taken over")
        XCTAssertFalse(try database.holdDeliveryLease(holder: "a", for: 30, at: at(51)))
        try database.releaseDeliveryLease(holder: "a")
        XCTAssertFalse(try database.holdDeliveryLease(holder: "a", for: 30, at: at(52)), "only the holder lets it go")
        try database.releaseDeliveryLease(holder: "b")
        XCTAssertTrue(try database.holdDeliveryLease(holder: "a", for: 30, at: at(53)))
        XCTAssertEqual(try database.latestChange(), feed, "no screen shows the lease")
    }
}
