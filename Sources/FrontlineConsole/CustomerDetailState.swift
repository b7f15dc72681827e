import FrontlineCore
import FrontlineStoreAPI

/// The customer file shown beside the queue: whose it is, what the store said, and how far it is scrolled.
public struct CustomerDetailState: Sendable {
    /// The contact the file and transcript belong to.
    public var contactId: Int64?
    public var file: CustomerFile?
    public var transcript: [ChatMessage] = []
    public var scroll = 0

    public init() {}
}
