import Foundation
import FrontlineCore

/// What an agent typed that the database has not got yet, kept while it cannot be reached: the
/// reply in the reply line (and the contact it was for) and the complaint form's draft.
public struct UnsentWork: Codable, Equatable, Sendable {
    public var agent: String
    /// The reply line's text; empty when nothing is typed.
    public var reply: String
    /// The contact the reply was being written to.
    public var replyContactId: Int64?
    public var draft: ComplaintDraft?

    public init(agent: String, reply: String, replyContactId: Int64?, draft: ComplaintDraft?) {
        (self.agent, self.reply, self.replyContactId, self.draft) = (agent, reply, replyContactId, draft)
    }
}
