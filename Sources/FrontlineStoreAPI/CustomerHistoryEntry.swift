import Foundation
import FrontlineCore

/// One line of a customer file's history: a field changed (or two files merged), by whom, when,
/// what it was and what it became.
public struct CustomerHistoryEntry: Equatable, Sendable {
    public var id: Int64?
    public var customerId: Int64
    public var field: CustomerField
    public var before: String
    public var after: String
    /// The agent the change was made as.
    public var agent: String?
    /// The person at the keyboard when that was someone else (a supervisor acting for the agent).
    public var actor: String?
    public var at: Date

    public init(id: Int64? = nil, customerId: Int64, field: CustomerField, before: String, after: String,
                agent: String?, actor: String? = nil, at: Date) {
        self.id = id
        self.customerId = customerId
        self.field = field
        self.before = before
        self.after = after
        self.agent = agent
        self.actor = actor
        self.at = at
    }
}
