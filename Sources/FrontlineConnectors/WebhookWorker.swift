import Foundation
import FrontlineCore
import FrontlineStoreAPI
import Logging

/// Delivers the outbox to every webhook: at least once, in order per contact, with backoff, dead
/// after `retry.maxAttempts`. All its state is in the store, so it can stop at any moment (or be
/// killed) and a restart carries on; `frontline webhooks run` and `frontline serve` both run it.
public final class WebhookWorker: Sendable {
    let store: any WebhookStore
    let sender: any WebhookSender
    let retry: WebhookRetry
    let logger: Logger
    let clock: @Sendable () -> Date
    /// How long the delivery lease lasts unrenewed: a worker that dies is replaced within this.
    let lease: TimeInterval
    /// Who holds the lease while this worker delivers: the host, the process and this worker.
    let holder: String

    public init(store: any WebhookStore, sender: any WebhookSender = URLSessionWebhookSender(), retry: WebhookRetry = .standard,
                logger: Logger = Logger(label: "frontline.webhooks"), clock: @escaping @Sendable () -> Date = Date.init,
                lease: TimeInterval = 15) {
        self.store = store
        self.sender = sender
        self.retry = retry
        self.logger = logger
        self.clock = clock
        self.lease = lease
        self.holder = "\(ProcessInfo.processInfo.hostName):\(getpid()):\(UUID().uuidString.prefix(8))"
    }

    /// Delivers everything due now, pass after pass (each pass sends every contact's oldest
    /// event), until nothing is due. Returns how many were delivered.
    /// `whileHeld` is asked before each pass: a worker whose lease was taken over stops there.
    @discardableResult
    public func deliverDue(whileHeld: () throws -> Bool = { true }) async throws -> Int {
        var delivered = 0
        while try whileHeld() {
            let due = try store.dueDeliveries(at: clock(), limit: 200)
            if due.isEmpty { return delivered }
            // One task per webhook: a slow receiver does not hold up the others; within one, in sequence order.
            let byWebhook = Dictionary(grouping: due, by: \.webhook.id)
            delivered += try await withThrowingTaskGroup(of: Int.self) { group in
                for (_, deliveries) in byWebhook {
                    group.addTask { try await self.send(deliveries) }
                }
                return try await group.reduce(0, +)
            }
            // Every one failed: what is left waits for its retry time.
            if delivered == 0, try store.dueDeliveries(at: clock(), limit: 1).isEmpty { return 0 }
        }
        return delivered
    }

    private func send(_ deliveries: [WebhookDelivery]) async throws -> Int {
        var delivered = 0
        for delivery in deliveries {
            guard let url = URL(string: delivery.webhook.url) else { continue }
            let body = Data(OutboundEventJSON.text(delivery.event).utf8)
            let headers = [
                "Content-Type": "application/json",
                "User-Agent": "Frontline-Webhooks/1",
                "X-Frontline-Event": delivery.event.kind,
                "X-Frontline-Delivery": "\(delivery.webhook.id)-\(delivery.event.sequence)",
                "X-Frontline-Sequence": "\(delivery.event.sequence)",
                "X-Frontline-Signature": WebhookSignature.header(body: body, secret: delivery.webhook.secret, at: clock()),
            ]
            let response = await sender.post(url: url, body: body, headers: headers)
            if response.isSuccess {
                try store.markDelivered(webhookId: delivery.webhook.id, sequence: delivery.event.sequence, at: clock())
                delivered += 1
                logger.debug("delivered", metadata: ["webhook": "\(delivery.webhook.id)", "seq": "\(delivery.event.sequence)"])
            } else {
                try store.markFailed(webhookId: delivery.webhook.id, sequence: delivery.event.sequence, error: response.failureText,
                                     retry: retry, jitter: Double.random(in: 0...1), at: clock())
                let attempt = delivery.attempts + 1
                let level: Logger.Level = attempt >= retry.maxAttempts ? .error : .warning
                logger.log(level: level, attempt >= retry.maxAttempts ? "parked as dead" : "delivery failed; will retry",
                           metadata: ["webhook": "\(delivery.webhook.id)", "url": "\(delivery.webhook.url)",
                                      "seq": "\(delivery.event.sequence)", "attempt": "\(attempt)", "error": "\(response.failureText)"])
            }
        }
        return delivered
    }

    /// Delivers until `wakeup` says stop: after each round it sleeps until a writer may have
    /// committed (the store's notifier) or the next retry is due, whichever comes first. Only
    /// while it holds the delivery lease: a second worker on the same database stands by, renewing
    /// nothing, and takes over when the first stops or its lease runs out (it died).
    public func run(wakeup: any WorkerWakeup) async {
        logger.info("webhook worker started")
        var holding: Bool?
        // Renewed well before it runs out, so a busy round cannot lose it.
        let renewal = lease / 3
        while true {
            var held = false
            do {
                held = try holdLease()
                if held != holding {
                    if held { logger.notice("delivering webhooks (this worker holds the lease)") }
                    else { logger.notice("another worker delivers webhooks for this database; standing by to take over") }
                    holding = held
                }
                if held {
                    var renewed = clock()
                    try await deliverDue(whileHeld: {
                        guard clock().timeIntervalSince(renewed) >= renewal else { return true }
                        renewed = clock()
                        return try holdLease()
                    })
                }
            } catch {
                logger.error("store error; trying again shortly", metadata: ["error": "\(error)"])
            }
            let nextRetry = held ? (try? store.nextDeliveryDue()).map { max(0.05, $0.timeIntervalSince(clock())) } : nil
            if await !wakeup.wait(upTo: min(nextRetry ?? renewal, renewal)) { break }
        }
        if holding == true { try? store.releaseDeliveryLease(holder: holder) }
        logger.info("webhook worker stopped")
    }

    /// What is due now, delivered under the lease (`webhooks run --once`); nil, sending nothing,
    /// while another worker holds it.
    public func deliverDueOnce() async throws -> Int? {
        guard try holdLease() else { return nil }
        defer { try? store.releaseDeliveryLease(holder: holder) }
        return try await deliverDue(whileHeld: holdLease)
    }

    private func holdLease() throws -> Bool {
        try store.holdDeliveryLease(holder: holder, for: lease, at: clock())
    }
}

/// How the worker sleeps between rounds. Returns false when it should stop.
public protocol WorkerWakeup: Sendable {
    func wait(upTo seconds: TimeInterval) async -> Bool
}
