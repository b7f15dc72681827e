/// One table `frontline db copy` moves, and the key its rows are read and checksummed in.
public struct CopiedTable: Equatable, Sendable {
    public var name: String
    /// The primary key, in order: rows are streamed and checksummed in this order on both sides.
    public var key: [String]
    /// Columns that may name a later row of the same table (customers merged into a newer one):
    /// inserted empty, then set once all the table's rows are in, so no row names one not there yet.
    public var laterColumns: [String]

    public init(_ name: String, key: [String] = ["id"], laterColumns: [String] = []) {
        (self.name, self.key, self.laterColumns) = (name, key, laterColumns)
    }
}

extension CopiedTable {
    /// Every table of the schema (v1…v26, the same on SQLite and PostgreSQL), parents before the
    /// tables whose foreign keys name them. THE list: a migration that adds a table adds it here
    /// too; a copy refuses a source holding a table this list lacks (`CopyProblem.unlistedTable`),
    /// and `CopiedTableListTests` compares it with both backends' schemas.
    public static let all: [CopiedTable] = [
        CopiedTable("agents", key: ["name"]),
        CopiedTable("customers", laterColumns: ["merged_into"]),
        CopiedTable("customer_phones", key: ["customer_id", "phone"]),
        CopiedTable("orders"),
        CopiedTable("contacts"),
        CopiedTable("messages"),
        CopiedTable("complaints"),
        CopiedTable("complaint_drafts", key: ["agent"]),
        CopiedTable("breaches"),
        CopiedTable("contact_events"),
        CopiedTable("notes"),
        CopiedTable("complaint_solutions"),
        CopiedTable("complaint_followups"),
        CopiedTable("complaint_history"),
        CopiedTable("followup_contacts", key: ["contact_id"]),
        CopiedTable("agent_state_log"),
        CopiedTable("shifts"),
        CopiedTable("offers"),
        CopiedTable("training_database"),
        CopiedTable("training_runs"),
        CopiedTable("training_visitors", key: ["run_id", "visitor"]),
        CopiedTable("change_feed", key: ["seq"]),
        CopiedTable("contact_wrap_ups"),
        CopiedTable("contact_wrap_up_codes", key: ["wrap_up_id", "position"]),
        CopiedTable("customer_history"),
        CopiedTable("follow_up_answers", key: ["contact_id"]),
        CopiedTable("quality_reviews"),
        CopiedTable("satisfaction_requests", key: ["contact_id"]),
        CopiedTable("satisfaction_answers", key: ["contact_id"]),
        CopiedTable("satisfaction_opt_outs", key: ["customer_id"]),
        CopiedTable("outbound_events", key: ["seq"]),
        CopiedTable("webhooks"),
        CopiedTable("webhook_deliveries", key: ["webhook_id", "seq"]),
        CopiedTable("api_tokens", key: ["name"]),
        CopiedTable("worker_leases", key: ["name"]),
    ]
}
