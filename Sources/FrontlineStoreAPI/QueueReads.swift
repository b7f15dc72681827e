import FrontlineCore

/// What a screen of the queue reads: the waiting and held contacts, one contact, its transcript.
public protocol QueueReads: Sendable {
    /// Waiting contacts, and those `agent` holds (everyone's held ones when nil).
    func queue(agent: String?) throws -> [QueueRow]
    func contact(id: Int64) throws -> Contact?
    /// The newest `limit` messages of the contact, oldest first.
    func transcript(contactId: Int64, limit: Int) throws -> [ChatMessage]
}
