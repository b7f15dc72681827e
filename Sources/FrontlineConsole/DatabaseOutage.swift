import Foundation
import FrontlineConfig

/// The database cannot be reached (a PostgreSQL server restarting): the console says so in a
/// banner on its top line, keeps what the agent types in memory and on disk, and looks for the
/// database every `lookInterval` until it answers.
public struct DatabaseOutage: Equatable, Sendable {
    /// What became of a reply sent while the database was away.
    public enum Reply: Equatable, Sendable {
        /// None was sent during the outage.
        case none
        /// Refused before it reached the database: certainly not sent.
        case notSent
        /// The connection was lost while it was being saved: it may have gone out.
        case mayHaveBeenSent
    }

    /// A reply whose commit went unanswered: the transaction to ask about, and what it said.
    public struct UnansweredReply: Equatable, Sendable {
        public var transaction: Int64
        public var text: String
    }

    public var since: Date
    public var reply: Reply = .none
    /// Set when the database can say later whether the reply went out.
    public var replyToAsk: UnansweredReply?
    /// The complaint form changed while the database could not take it: saved when it is back.
    public var draftUnsaved = false
    /// When to look for the database again.
    public var nextLook: Date
    /// What was last written to the unsent-work file, so it is written again only when it changes.
    var kept: UnsentWork?

    static let lookInterval: TimeInterval = 1

    init(since: Date) {
        self.since = since
        nextLook = since.addingTimeInterval(Self.lookInterval)
    }
}
