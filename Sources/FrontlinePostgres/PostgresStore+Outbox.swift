import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// The events connectors read (AppDatabase+Outbox.swift on SQLite; the writing side,
/// `appendOutbound`, is in +Events.swift).
extension PostgresStore {
    public func outboundEvents(after sequence: Int64, limit: Int) throws -> [OutboundEvent] {
        try read { db in
            try db.query("SELECT * FROM outbound_events WHERE seq > $1 ORDER BY seq LIMIT $2", [sequence, max(0, limit)])
                .rows.map(Self.outboundEvent)
        }
    }

    public func latestOutboundEvent() throws -> Int64 {
        try read { db in try Self.latestOutboundSequence(db) }
    }

    public func pruneOutboundEvents(before date: Date) throws -> Int {
        try write { db, changes in
            changes.record(.connectors)
            // The newest number given outlives its row: the sequence keeps it (see newestOutboundSQL).
            try db.query("""
                SELECT setval(pg_get_serial_sequence('outbound_events', 'seq'), newest) FROM (SELECT \(Self.newestOutboundSQL) AS newest) AS n
                WHERE newest > 0
                """)
            // Every webhook's cursor is past what it turned into deliveries; those not yet delivered stay.
            return try db.query("""
                DELETE FROM outbound_events
                WHERE at < $1
                  AND seq <= COALESCE((SELECT MIN(cursor) FROM webhooks), seq)
                  AND seq NOT IN (SELECT seq FROM webhook_deliveries)
                """, [date]).changed
        }
    }

    /// The newest sequence number given (0 for none), still right when pruning emptied the table
    /// (SQLite's AUTOINCREMENT keeps it in `sqlite_sequence`). Numbers are given as this plus one
    /// under the writer lock (`appendOutbound`), not by the identity: `nextval` is not rolled
    /// back, so a rolled-back event would leave a gap where docs/connectors.md promises "rises by
    /// one". The identity's sequence is only a floor that pruning raises to the newest number
    /// before it deletes rows.
    static let newestOutboundSQL = """
        GREATEST((SELECT COALESCE(MAX(seq), 0) FROM outbound_events),
                 COALESCE(pg_sequence_last_value(pg_get_serial_sequence('outbound_events', 'seq')), 0))
        """

    static func latestOutboundSequence(_ db: PostgresSession) throws -> Int64 {
        try db.query("SELECT \(newestOutboundSQL) AS seq").rows[0].get("seq", as: Int64.self)
    }

    static func outboundEvent(_ row: PostgresRow) throws -> OutboundEvent {
        OutboundEvent(sequence: try row.get("seq"), kind: try row.get("kind"), contactId: try row.get("contact_id"),
                      at: try row.date("at"), payload: try row.get("payload"))
    }
}
