import Foundation
import FrontlineCore
import FrontlineStoreAPI
import NIOCore

/// Rows for one table, sent with `COPY … FROM STDIN` inside the caller's transaction (the bulk
/// loads: the demo, the synthetic data). A batch is sent when it is full or at `flush()`; a table's
/// `parents` (the tables its foreign keys name) are flushed first, so no row precedes the row it refers to.
final class PostgresBulkInsert {
    private let db: PostgresSession
    private let table: String
    private let columns: [String]
    private let parents: [PostgresBulkInsert]
    private let batchRows: Int
    private var pending = ByteBuffer()
    private var pendingRows = 0

    /// A batch of some megabytes: one round trip each, and memory that does not grow with the load.
    init(_ db: PostgresSession, into table: String, columns: [String], after parents: [PostgresBulkInsert] = [], batchRows: Int = 20_000) {
        (self.db, self.table, self.columns, self.parents) = (db, table, columns, parents)
        self.batchRows = max(1, batchRows)
    }

    func add(_ row: [SQLValue]) throws {
        precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
        PostgresCopyText.appendRow(row, to: &pending)
        pendingRows += 1
        if pendingRows >= batchRows || pending.readableBytes >= 8 << 20 { try flush() }
    }

    func flush() throws {
        for parent in parents { try parent.flush() }
        guard pendingRows > 0 else { return }
        try db.copy(into: table, columns: columns, data: pending)
        pending.clear()
        pendingRows = 0
    }
}

extension PostgresStore {
    /// After rows were inserted with explicit ids, moves the table's identity past the largest
    /// (an explicit id does not advance it; the next default id would collide).
    static func advanceIdentity(_ db: PostgresSession, of table: String) throws {
        try db.query("""
            SELECT setval(pg_get_serial_sequence('\(table)', 'id'), GREATEST(COALESCE(MAX(id), 0), 1), MAX(id) IS NOT NULL) FROM \(table)
            """)
    }

    /// The first id free in `table` (its rows are numbered from there by the bulk loads).
    static func nextFreeId(_ db: PostgresSession, in table: String) throws -> Int64 {
        try db.query("SELECT COALESCE(MAX(id), 0) + 1 AS id FROM \(table)").rows[0].get("id", as: Int64.self)
    }

    static let bulkContactColumns = ["id", "channel", "state", "customer_id", "address", "queued_at", "taken_at", "first_reply_at",
                                     "ended_at", "agent", "awaiting_reply_since", "priority", "paused_seconds"]

    static func bulkContactRow(_ c: Contact) -> [SQLValue] {
        [c.id, c.channel.rawValue, c.state.rawValue, c.customerId, c.address, c.queuedAt, c.takenAt, c.firstReplyAt, c.endedAt,
         c.agent, c.awaitingReplySince, c.priority.rawValue, c.pausedSeconds]
    }

    /// Every column of `customers`, as `insertCustomer` writes them.
    static let bulkCustomerColumns = ["id", "name", "form_of_address", "email", "postal_address", "language", "is_member", "member_card",
                                      "customer_type", "do_not_disturb", "notes", "created_at", "merged_into"]

    static func bulkCustomerRow(_ c: Customer) -> [SQLValue] {
        [c.id, c.name, c.formOfAddress, c.email, c.postalAddress, c.language.rawValue, c.isMember, c.memberCard, c.type.rawValue,
         QuietHours.list(c.doNotDisturb), c.notes, c.createdAt, c.mergedInto]
    }

    static let bulkPhoneColumns = ["customer_id", "phone", "digits", "position"]

    /// A customer's phones, each with its place in the list.
    static func bulkPhoneRows(_ c: Customer) -> [[SQLValue]] {
        c.phones.enumerated().map { position, phone in [c.id, phone, PhoneNumber.digits(of: phone), position] }
    }

    static let bulkOrderColumns = ["customer_id", "number", "items", "total_minor", "currency", "payment_status", "shipping_status",
                                   "tracking_number", "placed_at"]

    static func bulkOrderRow(_ o: Order) -> [SQLValue] {
        [o.customerId, o.number, o.items, o.totalMinor, o.currency, o.paymentStatus, o.shippingStatus, o.trackingNumber, o.placedAt]
    }

    static let bulkMessageColumns = ["contact_id", "direction", "text", "at", "agent"]

    static func bulkMessageRow(_ m: ChatMessage) -> [SQLValue] {
        [m.contactId, m.direction.rawValue, m.text, m.at, m.agent]
    }
}
