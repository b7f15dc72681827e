import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// What the supervisor's wallboard shows for the day [from, to): the open contacts and
    /// today's, today's queue events and breaches, every agent, and the open complaints.
    /// Each part is read through an index, so a year of history costs nothing.
    public func wallboardInput(from start: Date, to end: Date) throws -> WallboardInput {
        try read { db in
            let window: StatementArguments = [start.timeIntervalSince1970, end.timeIntervalSince1970]
            // One index per arm (state, queued_at, ended_at); UNION drops the contacts found twice.
            let contactRows = try Row.fetchAll(db, sql: """
                SELECT contacts.*, customers.name AS customer_name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.state = 'waiting'
                UNION SELECT contacts.*, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.state = 'active'
                UNION SELECT contacts.*, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.queued_at >= ? AND contacts.queued_at < ?
                UNION SELECT contacts.*, customers.name FROM contacts JOIN customers ON customers.id = contacts.customer_id
                WHERE contacts.ended_at >= ? AND contacts.ended_at < ?
                """, arguments: window + window)
            var names: [Int64: String] = [:]
            let contacts = try contactRows.map { row in
                let contact = try Contact(row: row)
                names[contact.customerId] = row["customer_name"]
                return contact
            }
            let kinds = QueueEvent.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let events = try ContactEvent.fetchAll(db, sql: """
                SELECT * FROM contact_events WHERE kind IN (\(kinds)) AND at >= ? AND at < ? ORDER BY at, id
                """, arguments: window).compactMap(QueueEvent.init)
            let breachAgents = try String?.fetchAll(db, sql: "SELECT agent FROM breaches WHERE recorded_at >= ? AND recorded_at < ?",
                                                    arguments: window)
            // The open states listed, not the closed ones excluded, so the state index is used.
            let open = ComplaintState.allCases.filter { !$0.isClosed }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let complaintRows = try Row.fetchAll(db, sql: """
                SELECT complaints.*, customers.name AS customer_name FROM complaints JOIN customers ON customers.id = complaints.customer_id
                WHERE complaints.state IN (\(open))
                """)
            let complaints = try complaintRows.map { row in
                let complaint = try Complaint(row: row)
                names[complaint.customerId] = row["customer_name"]
                return complaint
            }
            // Removed agents are history: the grid shows the team as it is.
            let agents = try Agent.fetchAll(db, sql: "SELECT * FROM agents WHERE removed_at IS NULL ORDER BY name")
            // Open offers only: the partial index of one open offer per contact holds exactly these.
            var ringing: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT contact_id, agent FROM offers WHERE outcome IS NULL") {
                ringing[row["contact_id"]] = row["agent"]
            }
            // Today's satisfaction answers, counted in SQL from their time index.
            let answers = try Row.fetchOne(db, sql: """
                SELECT COUNT(*), COALESCE(SUM(score >= 4), 0), COALESCE(SUM(score), 0) FROM satisfaction_answers WHERE at >= ? AND at < ?
                """, arguments: window)
            let satisfaction = SatisfactionTally(answers: answers?[0] ?? 0, satisfied: answers?[1] ?? 0, scoreSum: answers?[2] ?? 0)
            return WallboardInput(contacts: contacts, customerNames: names, events: events, agents: agents,
                                  breachAgents: breachAgents, complaints: complaints, ringing: ringing, satisfactionToday: satisfaction)
        }
    }
}
