import Foundation

/// One line of a contact's append-only history. Kinds: queued (detail: the channel), message,
/// taken, replied, noted, breached (detail: the timer kind), abandoned, completed, reopened
/// (detail: the channel), complaint-filed.
public struct ContactEvent: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var contactId: Int64
    public var kind: String
    public var agent: String?
    public var at: Date
    public var detail: String?

    public init(id: Int64? = nil, contactId: Int64, kind: String, agent: String? = nil, at: Date, detail: String? = nil) {
        self.id = id
        self.contactId = contactId
        self.kind = kind
        self.agent = agent
        self.at = at
        self.detail = detail
    }
}
