import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

/// Reads many contacts fast: each column's position is looked up once per query, not once per
/// row. GRDB's Codable decoding converts every column name from snake case on every row (with
/// 10,000 waiting contacts that was a third of `frontline queue --json`). For the queue-sized
/// reads; single contacts still decode through Codable.
struct ContactReader {
    private let id, channel, state, customerId, address, queuedAt, takenAt, firstReplyAt, endedAt, agent,
                awaitingReplySince, priority, pausedSince, pauseReason, pausedSeconds, purpose: Int
    private let owner: Int
    private let sentToGroup, sentToGroupAt, handoverNote, handoverFrom, escalatedAt, escalationNote: Int

    private init(_ statement: Statement) throws {
        let names = statement.columnNames
        func at(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw DatabaseError(message: "a contacts query must select \(name); it selects \(names)")
            }
            return index
        }
        (id, channel, state, customerId, address) = (try at("id"), try at("channel"), try at("state"), try at("customer_id"), try at("address"))
        (queuedAt, takenAt, firstReplyAt, endedAt) = (try at("queued_at"), try at("taken_at"), try at("first_reply_at"), try at("ended_at"))
        (agent, awaitingReplySince, priority) = (try at("agent"), try at("awaiting_reply_since"), try at("priority"))
        (pausedSince, pauseReason, pausedSeconds, purpose) = (try at("paused_since"), try at("pause_reason"), try at("paused_seconds"), try at("purpose"))
        owner = try at("owner")
        (sentToGroup, sentToGroupAt, handoverNote) = (try at("sent_to_group"), try at("sent_to_group_at"), try at("handover_note"))
        (handoverFrom, escalatedAt, escalationNote) = (try at("handover_from"), try at("escalated_at"), try at("escalation_note"))
    }

    /// Every contact `sql` selects (it must select all of the contacts table's columns), turned
    /// into `T` with its row, for any columns selected beside them.
    static func fetchAll<T>(_ db: Database, sql: String, arguments: StatementArguments = [],
                            _ transform: (Contact, Row) throws -> T) throws -> [T] {
        // Cached: compiling is the expensive part of these (GRDB's authorizer visits every column).
        let statement = try db.cachedStatement(sql: sql)
        let reader = try ContactReader(statement)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var result: [T] = []
        while let row = try rows.next() {
            result.append(try transform(try reader.contact(row), row))
        }
        return result
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Contact] {
        try fetchAll(db, sql: sql, arguments: arguments) { contact, _ in contact }
    }

    private func contact(_ row: Row) throws -> Contact {
        func date(_ index: Int) -> Date? { (row[index] as Double?).map(Date.init(timeIntervalSince1970:)) }
        func decode<E: RawRepresentable>(_ text: String) throws -> E where E.RawValue == String {
            guard let value = E(rawValue: text) else { throw DatabaseError(message: "unknown \(E.self) '\(text)' in contacts") }
            return value
        }
        var contact = Contact(id: row[id], channel: try decode(row[channel]), state: try decode(row[state]), customerId: row[customerId],
                       address: row[address], queuedAt: Date(timeIntervalSince1970: row[queuedAt]), takenAt: date(takenAt),
                       firstReplyAt: date(firstReplyAt), endedAt: date(endedAt), agent: row[agent],
                       awaitingReplySince: date(awaitingReplySince), priority: try decode(row[priority]),
                       pausedSince: date(pausedSince), pauseReason: row[pauseReason], pausedSeconds: row[pausedSeconds],
                       purpose: try (row[purpose] as String?).map { try decode($0) }, owner: row[owner])
        contact.sentToGroup = row[sentToGroup]
        contact.sentToGroupAt = date(sentToGroupAt)
        contact.handoverNote = row[handoverNote]
        contact.handoverFrom = row[handoverFrom]
        contact.escalatedAt = date(escalatedAt)
        contact.escalationNote = row[escalationNote]
        return contact
    }
}
