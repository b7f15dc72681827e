import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Core values from PostgreSQL rows, column by column as the SQLite store's records read them.
extension Contact {
    /// From a row that selects every column of `contacts`.
    init(row: PostgresRow) throws { try self.init(columns: row.makeRandomAccess()) }

    /// The same, on the row made random-access once (queue-sized reads decode many contacts).
    init(columns row: PostgresRandomAccessRow) throws {
        self.init(id: try row.get("id", as: Int64.self), channel: try row.value("channel"), state: try row.value("state"),
                  customerId: try row.get("customer_id"), address: try row.get("address"), queuedAt: try row.date("queued_at"),
                  takenAt: try row.date("taken_at"), firstReplyAt: try row.date("first_reply_at"), endedAt: try row.date("ended_at"),
                  agent: try row.get("agent"), awaitingReplySince: try row.date("awaiting_reply_since"), priority: try row.value("priority"),
                  pausedSince: try row.date("paused_since"), pauseReason: try row.get("pause_reason"),
                  pausedSeconds: try row.get("paused_seconds"),
                  purpose: try row.get("purpose", as: String?.self).map { text in
                      guard let purpose = ContactPurpose(rawValue: text) else { throw PostgresDecodingProblem(column: "purpose", text: text) }
                      return purpose
                  },
                  owner: try row.get("owner"))
        sentToGroup = try row.get("sent_to_group")
        sentToGroupAt = try row.date("sent_to_group_at")
        handoverNote = try row.get("handover_note")
        handoverFrom = try row.get("handover_from")
        escalatedAt = try row.date("escalated_at")
        escalationNote = try row.get("escalation_note")
    }
}

extension ChatMessage {
    /// From a row that selects every column of `messages`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), contactId: try row.get("contact_id"), direction: try row.value("direction"),
                  text: try row.get("text"), at: try row.date("at"), agent: try row.get("agent"),
                  delivery: try row.get("delivery", as: String?.self).flatMap(MessageDelivery.init(rawValue:)),
                  deliveryReason: try row.get("delivery_reason"), deliveryAt: try row.date("delivery_at"))
    }
}
