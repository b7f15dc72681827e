import FrontlineCore
import FrontlineStoreAPI
import GRDB

// The Core values map column for column onto their tables (camelCase property,
// snake_case column), so they are their own records. Customer is the exception:
// its phones live in another table (see Customer+Record.swift).

extension Contact: IdentifiedRecord {
    public static let databaseTableName = "contacts"
}

extension ChatMessage: IdentifiedRecord {
    public static let databaseTableName = "messages"
}

extension Order: IdentifiedRecord {
    public static let databaseTableName = "orders"
}

extension Complaint: IdentifiedRecord {
    public static let databaseTableName = "complaints"
}

extension ComplaintDraft: StoredRecord {
    public static let databaseTableName = "complaint_drafts"
}

extension Agent: StoredRecord {
    public static let databaseTableName = "agents"
}

extension Note: IdentifiedRecord {
    public static let databaseTableName = "notes"
}

extension ComplaintSolution: IdentifiedRecord {
    public static let databaseTableName = "complaint_solutions"
}

extension ComplaintFollowUp: IdentifiedRecord {
    public static let databaseTableName = "complaint_followups"
}

extension ComplaintChange: IdentifiedRecord {
    public static let databaseTableName = "complaint_history"
}

extension Shift: IdentifiedRecord {
    public static let databaseTableName = "shifts"
}

extension AgentStateLogEntry: IdentifiedRecord {
    public static let databaseTableName = "agent_state_log"
}
