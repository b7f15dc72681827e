import Foundation

/// An internal note on a contact: for colleagues, never seen by the customer,
/// so it answers nothing and never stops a response timer.
public struct Note: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var contactId: Int64
    public var agent: String
    public var text: String
    public var at: Date

    public init(id: Int64? = nil, contactId: Int64, agent: String, text: String, at: Date) {
        self.id = id
        self.contactId = contactId
        self.agent = agent
        self.text = text
        self.at = at
    }
}
