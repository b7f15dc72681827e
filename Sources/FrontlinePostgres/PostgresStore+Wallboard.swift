import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The wallboard's input (ReportStore.wallboardInput; AppDatabase+Wallboard.swift on SQLite).
extension PostgresStore {
    /// What the supervisor's wallboard shows for the day [from, to): the open contacts and
    /// today's, today's queue events and breaches, every agent, and the open complaints.
    /// Each part is read through an index, so a year of history costs nothing.
    public func wallboardInput(from start: Date, to end: Date) throws -> WallboardInput {
        try read { db in
            // One index per arm (state, queued_at, ended_at); UNION drops the contacts found twice.
            // By id, the order SQLite's UNION gives, so ties in the wallboard's sorts fall the same way.
            let contactRows = try db.query("""
                SELECT contacts.*, customers.name AS customer_name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.state = 'waiting'
                UNION SELECT contacts.*, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.state = 'active'
                UNION SELECT contacts.*, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.queued_at >= $1 AND contacts.queued_at < $2
                UNION SELECT contacts.*, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.ended_at >= $1 AND contacts.ended_at < $2
                ORDER BY id
                """, [start, end]).rows
            var names: [Int64: String] = [:]
            let contacts = try contactRows.map { row in
                let contact = try Contact(row: row)
                names[contact.customerId] = try row.get("customer_name", as: String?.self)
                return contact
            }
            let kinds = QueueEvent.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let events = try db.query("""
                SELECT * FROM contact_events WHERE kind IN (\(kinds)) AND at >= $1 AND at < $2 ORDER BY at, id
                """, [start, end]).rows.compactMap { row in
                QueueEvent(ContactEvent(id: try row.get("id", as: Int64.self), contactId: try row.get("contact_id"), kind: try row.value("kind"),
                                        agent: try row.get("agent"), at: try row.date("at"), detail: try row.get("detail"),
                                        actor: try row.get("actor")))
            }
            let breachAgents = try db.query("SELECT agent FROM breaches WHERE recorded_at >= $1 AND recorded_at < $2", [start, end])
                .rows.map { try $0.get("agent", as: String?.self) }
            // The open states listed, not the closed ones excluded, so the state index is used.
            let open = ComplaintState.allCases.filter { !$0.isClosed }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let complaintRows = try db.query("""
                SELECT complaints.*, customers.name AS customer_name FROM complaints JOIN customers ON customers.id = complaints.customer_id
                WHERE complaints.state IN (\(open)) ORDER BY complaints.id
                """).rows
            let complaints = try complaintRows.map { row in
                let complaint = try Complaint(row: row)
                names[complaint.customerId] = try row.get("customer_name", as: String?.self)
                return complaint
            }
            // Removed agents are history: the grid shows the team as it is.
            let agents = try db.query("SELECT * FROM agents WHERE removed_at IS NULL ORDER BY name COLLATE \"C\"").rows.map(Agent.init(row:))
            // Open offers only: the partial index of one open offer per contact holds exactly these.
            var ringing: [Int64: String] = [:]
            for row in try db.query("SELECT contact_id, agent FROM offers WHERE outcome IS NULL").rows {
                ringing[try row.get("contact_id", as: Int64.self)] = try row.get("agent", as: String.self)
            }
            // Today's satisfaction answers, counted in SQL from their time index.
            let answers = try db.query("""
                SELECT COUNT(*) AS answers, COUNT(*) FILTER (WHERE score >= 4) AS satisfied, COALESCE(SUM(score), 0)::bigint AS score_sum
                FROM satisfaction_answers WHERE at >= $1 AND at < $2
                """, [start, end]).rows[0]
            let satisfaction = SatisfactionTally(answers: Int(try answers.get("answers", as: Int64.self)),
                                                 satisfied: Int(try answers.get("satisfied", as: Int64.self)),
                                                 scoreSum: Int(try answers.get("score_sum", as: Int64.self)))
            return WallboardInput(contacts: contacts, customerNames: names, events: events, agents: agents,
                                  breachAgents: breachAgents, complaints: complaints, ringing: ringing, satisfactionToday: satisfaction)
        }
    }
}
