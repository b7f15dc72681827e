import FrontlineCore
import FrontlineStoreAPI

/// What a screen of the queue reads (AppDatabase+Reads.swift on SQLite).
extension PostgresStore: QueueReads {
    public func queue(agent: String?) throws -> [QueueRow] {
        try read { db in
            let select = """
                SELECT contacts.*, customers.name AS customer_name, customers.language AS customer_language,
                    customers.assigned_agent AS assigned_agent
                FROM contacts JOIN customers ON customers.id = contacts.customer_id
                """
            func rows(_ condition: String, _ binds: [SQLValue] = []) throws -> [QueueRow] {
                try db.query(select + " WHERE " + condition, binds).rows.map { row in
                    QueueRow(contact: try Contact(row: row), customerName: try row.get("customer_name"),
                             customerLanguage: Language(rawValue: try row.get("customer_language")) ?? .en,
                             assignedAgent: try row.get("assigned_agent"))
                }
            }
            let active = try agent.map { try rows("contacts.state = 'active' AND contacts.agent = $1", [$0]) }
                ?? rows("contacts.state = 'active'")
            return try (rows("contacts.state = 'waiting'") + active)
                .sorted { ($0.contact.queuedAt, $0.contact.id ?? 0) < ($1.contact.queuedAt, $1.contact.id ?? 0) }
        }
    }

    public func contact(id: Int64) throws -> Contact? {
        try read { db in try db.query("SELECT * FROM contacts WHERE id = $1", [id]).rows.first.map(Contact.init(row:)) }
    }

    public func transcript(contactId: Int64, limit: Int) throws -> [ChatMessage] {
        try read { db in
            // PostgreSQL names every subquery in FROM (SQLite does not need the alias).
            try db.query("""
                SELECT * FROM (
                    SELECT * FROM messages WHERE contact_id = $1 ORDER BY at DESC, id DESC LIMIT $2
                ) AS newest ORDER BY at, id
                """, [contactId, limit]).rows.map(ChatMessage.init(row:))
        }
    }
}
