import Foundation
import FrontlineCore
import FrontlineStoreAPI
import PostgresNIO

/// Complaint values from and to PostgreSQL rows, column for column as the SQLite store's records map them.
extension Complaint {
    /// From a row that selects every column of `complaints`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), customerId: try row.get("customer_id"), contactId: try row.get("contact_id"),
                  category: try row.value("category"), severity: try row.value("severity"), account: try row.get("account"),
                  wants: try row.get("wants"), promisedReplyAt: try row.date("promised_reply_at"), state: try row.value("state"),
                  agent: try row.get("agent"), receivedAt: try row.date("received_at"),
                  channel: try row.get("channel", as: String?.self).map { text in
                      guard let channel = Channel(rawValue: text) else { throw PostgresDecodingProblem(column: "channel", text: text) }
                      return channel
                  },
                  paraphrase: try row.get("paraphrase"), paraphraseConfirmed: try row.get("paraphrase_confirmed", as: Int64.self) != 0,
                  cause: try row.get("cause"), explanation: try row.get("explanation"), department: try row.get("department"),
                  owner: try row.get("owner"), compensation: try row.get("compensation"), aboutAgent: try row.get("about_agent"),
                  acceptedSolutionId: try row.get("accepted_solution_id"), resolvedAt: try row.date("resolved_at"),
                  archivedAt: try row.date("archived_at"))
    }

    /// Every column but `id`, in `PostgresStore.complaintColumns` order.
    var columnValues: [SQLValue] {
        [customerId, contactId, category.rawValue, severity.rawValue, account, wants, promisedReplyAt, state.rawValue, agent, receivedAt,
         channel?.rawValue, paraphrase, paraphraseConfirmed, cause, explanation, department, owner, compensation, aboutAgent,
         acceptedSolutionId, resolvedAt, archivedAt]
    }
}

extension ComplaintDraft {
    /// From a row that selects every column of `complaint_drafts`.
    init(row: PostgresRow) throws {
        self.init(agent: try row.get("agent"), customerId: try row.get("customer_id"), contactId: try row.get("contact_id"),
                  category: try row.get("category", as: String?.self).map { text in
                      guard let category = ComplaintCategory(rawValue: text) else { throw PostgresDecodingProblem(column: "category", text: text) }
                      return category
                  },
                  severity: try row.value("severity"), account: try row.get("account"), paraphrase: try row.get("paraphrase"),
                  wants: try row.get("wants"), promisedReply: try row.get("promised_reply"), focusedField: try row.value("focused_field"))
    }
}

extension ComplaintChange {
    /// From a row that selects every column of `complaint_history`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), complaintId: try row.get("complaint_id"), agent: try row.get("agent"),
                  at: try row.date("at"), kind: try row.value("kind"), field: try row.get("field"), oldValue: try row.get("old_value"),
                  newValue: try row.get("new_value"), actor: try row.get("actor"))
    }
}

extension ComplaintSolution {
    /// From a row that selects every column of `complaint_solutions`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), complaintId: try row.get("complaint_id"), text: try row.get("text"),
                  status: try row.value("status"), at: try row.date("at"), agent: try row.get("agent"))
    }
}

extension ComplaintFollowUp {
    /// From a row that selects every column of `complaint_followups`.
    init(row: PostgresRow) throws {
        self.init(id: try row.get("id", as: Int64.self), complaintId: try row.get("complaint_id"), satisfaction: try row.value("satisfaction"),
                  note: try row.get("note"), at: try row.date("at"), agent: try row.get("agent"))
    }
}

extension PostgresStore {
    /// The columns of `complaints` but `id`, in `Complaint.columnValues` order.
    static let complaintColumns = """
        customer_id, contact_id, category, severity, account, wants, promised_reply_at, state, agent, received_at, channel, paraphrase,
        paraphrase_confirmed, cause, explanation, department, owner, compensation, about_agent, accepted_solution_id, resolved_at, archived_at
        """

    /// Inserts the complaint (a new id unless it has one) and sets its id.
    static func insertComplaint(_ db: PostgresSession, _ complaint: inout Complaint) throws {
        let values = complaint.columnValues
        let places = (2...values.count + 1).map { "$\($0)" }.joined(separator: ", ")
        complaint.id = try db.query("""
            INSERT INTO complaints (id, \(complaintColumns))
            VALUES (COALESCE($1, nextval(pg_get_serial_sequence('complaints', 'id'))), \(places)) RETURNING id
            """, [complaint.id] + values).rows[0].get("id", as: Int64.self)
    }

    /// Writes every column of a stored complaint.
    static func updateComplaint(_ db: PostgresSession, _ complaint: Complaint) throws {
        let values = complaint.columnValues
        let assignments = complaintColumns.split(separator: ",").enumerated()
            .map { "\($0.element.trimmingCharacters(in: .whitespacesAndNewlines)) = $\($0.offset + 2)" }.joined(separator: ", ")
        try db.query("UPDATE complaints SET \(assignments) WHERE id = $1", [complaint.id] + values)
    }

    /// Appends one line of a complaint's history and sets its id.
    static func insertComplaintChange(_ db: PostgresSession, _ change: inout ComplaintChange) throws {
        change.id = try db.query("""
            INSERT INTO complaint_history (complaint_id, agent, at, kind, field, old_value, new_value, actor)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """, [change.complaintId, change.agent, change.at, change.kind.rawValue, change.field, change.oldValue, change.newValue,
                  change.actor]).rows[0].get("id", as: Int64.self)
    }
}
