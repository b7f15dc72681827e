import FrontlineCore

/// What a screen of the queue reads: the waiting and held contacts, one contact, its transcript.
public protocol QueueReads: Sendable {
    /// Waiting contacts, and those `agent` holds (everyone's held ones when nil).
    func queue(agent: String?) throws -> [QueueRow]
    /// The rows of `queue(agent:)` among these contacts: those no longer waiting or held are
    /// missing (a console reads only the rows a commit named, see `ChangeTopic.queueRow`).
    func queueRows(agent: String?, contactIds: [Int64]) throws -> [QueueRow]
    func contact(id: Int64) throws -> Contact?
    /// The newest `limit` messages of the contact, oldest first.
    func transcript(contactId: Int64, limit: Int) throws -> [ChatMessage]
}

extension QueueReads {
    /// Right for any store, but reads the whole queue: a store should answer from the ids.
    public func queueRows(agent: String?, contactIds: [Int64]) throws -> [QueueRow] {
        let wanted = Set(contactIds)
        return try queue(agent: agent).filter { $0.contact.id.map(wanted.contains) ?? false }
    }
}
