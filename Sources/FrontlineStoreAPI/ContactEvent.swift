import Foundation
import FrontlineCore

/// One line of a contact's append-only history; `ContactEventKind` lists what it can record.
public struct ContactEvent: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var contactId: Int64
    public var kind: ContactEventKind
    public var agent: String?
    public var at: Date
    public var detail: String?
    /// Who did it when not `agent` themself: the supervisor who acted for them.
    public var actor: String?

    public init(id: Int64? = nil, contactId: Int64, kind: ContactEventKind, agent: String? = nil, at: Date, detail: String? = nil,
                actor: String? = nil) {
        self.id = id
        self.contactId = contactId
        self.kind = kind
        self.agent = agent
        self.at = at
        self.detail = detail
        self.actor = actor
    }
}
