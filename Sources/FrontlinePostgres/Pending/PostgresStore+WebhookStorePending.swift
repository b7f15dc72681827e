import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// WebhookStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func addWebhook(url: String, kinds: [OutboundEventKind]?, secret: String, at now: Date) throws -> Webhook {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.addWebhook")
    }

    public func webhooks() throws -> [Webhook] {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.webhooks")
    }

    public func removeWebhook(id: Int64) throws -> Bool {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.removeWebhook")
    }

    public func webhookStatuses() throws -> [WebhookStatus] {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.webhookStatuses")
    }

    public func retryDeadDeliveries(webhookId: Int64?, at now: Date) throws -> Int {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.retryDeadDeliveries")
    }

    public func dueDeliveries(at now: Date, limit: Int) throws -> [WebhookDelivery] {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.dueDeliveries")
    }

    public func markDelivered(webhookId: Int64, sequence: Int64, at now: Date) throws {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.markDelivered")
    }

    public func markFailed(webhookId: Int64, sequence: Int64, error: String, retry: WebhookRetry, jitter: Double, at now: Date) throws {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.markFailed")
    }

    public func nextDeliveryDue() throws -> Date? {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.nextDeliveryDue")
    }

    public func holdDeliveryLease(holder: String, for seconds: TimeInterval, at now: Date) throws -> Bool {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.holdDeliveryLease")
    }

    public func releaseDeliveryLease(holder: String) throws {
        throw StoreError.notYetOnPostgres(method: "WebhookStore.releaseDeliveryLease")
    }
}
