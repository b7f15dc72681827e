import Foundation

/// One agent's shift: from logging in to logging out, ending with a handover note.
public struct Shift: Equatable, Codable, Sendable {
    public var id: Int64?
    public var agent: String
    public var startedAt: Date
    public var endedAt: Date?
    /// What the agent wrote for whoever comes next.
    public var handoverNote: String?
    /// The agent's open work when the shift ended, listed in the note automatically.
    public var openItems: [OpenItem]

    public init(id: Int64? = nil, agent: String, startedAt: Date, endedAt: Date? = nil, handoverNote: String? = nil,
                openItems: [OpenItem] = []) {
        self.id = id
        self.agent = agent
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.handoverNote = handoverNote
        self.openItems = openItems
    }
}

/// A piece of work an agent still has open: a contact they hold, a complaint they own, a call-back they promised.
public struct OpenItem: Equatable, Codable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case contact
        case complaint
        case callback
        /// A matter the agent owns (first-question ownership) that waits for them or someone else holds.
        case owned
    }

    public var kind: Kind
    public var id: Int64
    /// Who it is for.
    public var customerName: String
    /// The channel, or the complaint's state.
    public var detail: String
    /// When it is next due, if it has a deadline.
    public var due: Date?

    public init(kind: Kind, id: Int64, customerName: String, detail: String, due: Date? = nil) {
        self.kind = kind
        self.id = id
        self.customerName = customerName
        self.detail = detail
        self.due = due
    }
}
