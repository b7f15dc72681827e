import Foundation
import FrontlineCore

/// A receiver of outbound events (`frontline webhooks add`).
public struct Webhook: Equatable, Sendable {
    public var id: Int64
    public var url: String
    /// nil: every kind.
    public var kinds: [OutboundEventKind]?
    public var secret: String
    public var createdAt: Date

    public init(id: Int64, url: String, kinds: [OutboundEventKind]?, secret: String, createdAt: Date) {
        self.id = id
        self.url = url
        self.kinds = kinds
        self.secret = secret
        self.createdAt = createdAt
    }

    /// Whether this webhook receives events of the stored kind `name`.
    public func wants(_ name: String) -> Bool {
        guard let kinds else { return true }
        return kinds.contains { $0.rawValue == name }
    }
}

/// How a webhook is doing (`frontline webhooks status`, the wallboard).
public struct WebhookStatus: Equatable, Sendable {
    public var webhook: Webhook
    public var lastDeliveredSequence: Int64
    public var lastDeliveredAt: Date?
    public var deliveredCount: Int
    /// Events still to deliver (including those waiting for a retry), dead ones apart.
    public var pending: Int
    /// Pending ones that failed at least once.
    public var failing: Int
    public var dead: Int
    /// The newest error a receiver gave.
    public var lastError: String?

    public init(webhook: Webhook, lastDeliveredSequence: Int64, lastDeliveredAt: Date?, deliveredCount: Int, pending: Int, failing: Int,
                dead: Int, lastError: String?) {
        self.webhook = webhook
        self.lastDeliveredSequence = lastDeliveredSequence
        self.lastDeliveredAt = lastDeliveredAt
        self.deliveredCount = deliveredCount
        self.pending = pending
        self.failing = failing
        self.dead = dead
        self.lastError = lastError
    }
}

/// One event due for one webhook now.
public struct WebhookDelivery: Equatable, Sendable {
    public var webhook: Webhook
    public var event: OutboundEvent
    /// Attempts made before this one.
    public var attempts: Int

    public init(webhook: Webhook, event: OutboundEvent, attempts: Int) {
        self.webhook = webhook
        self.event = event
        self.attempts = attempts
    }
}

/// The webhooks and their delivery state, kept in the database so a restart loses nothing.
public protocol WebhookStore: Sendable {
    /// Adds a webhook; it receives events written from now on.
    func addWebhook(url: String, kinds: [OutboundEventKind]?, secret: String, at now: Date) throws -> Webhook
    func webhooks() throws -> [Webhook]
    /// False when there was none with that id.
    func removeWebhook(id: Int64) throws -> Bool
    func webhookStatuses() throws -> [WebhookStatus]
    /// Puts dead deliveries back to be tried now: one webhook's, or every webhook's (nil). Returns how many.
    func retryDeadDeliveries(webhookId: Int64?, at now: Date) throws -> Int
    /// Turns new events into deliveries, then returns those due at `now`: per webhook and contact
    /// only the oldest undelivered event (so a contact's events go in order, and a failing one holds
    /// back the later ones), at most `limit` in all.
    func dueDeliveries(at now: Date, limit: Int) throws -> [WebhookDelivery]
    /// A retried delivery that succeeds means the receiver is back: that webhook's other
    /// deliveries waiting for a retry become due now, so a backlog drains in seconds, not at
    /// each contact's backoff (a contact's events still go oldest first).
    func markDelivered(webhookId: Int64, sequence: Int64, at now: Date) throws
    /// Records a failed attempt; the rule says when to try again or to park it as dead.
    func markFailed(webhookId: Int64, sequence: Int64, error: String, retry: WebhookRetry, jitter: Double, at now: Date) throws
    /// When the earliest delivery waiting for a retry is due (nil: none waits).
    func nextDeliveryDue() throws -> Date?
    /// Takes or renews the right to deliver until `now + seconds`, so that one worker delivers per
    /// database; false while another holder's lease runs.
    func holdDeliveryLease(holder: String, for seconds: TimeInterval, at now: Date) throws -> Bool
    /// Lets the lease go (a worker stopping cleanly), so another takes over at once.
    func releaseDeliveryLease(holder: String) throws
}

/// What the wallboard shows of the webhooks: nothing when all is well.
public struct WebhookTrouble: Equatable, Sendable {
    public var failingWebhooks: Int
    public var deadDeliveries: Int
    public init(failingWebhooks: Int = 0, deadDeliveries: Int = 0) {
        self.failingWebhooks = failingWebhooks
        self.deadDeliveries = deadDeliveries
    }
    public var isQuiet: Bool { failingWebhooks == 0 && deadDeliveries == 0 }
}

/// The wallboard's one question about webhooks.
public protocol WebhookHealth: Sendable {
    func webhookTrouble() throws -> WebhookTrouble
}
