import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// What the routes read and write through: the store's protocols, never a backend.
public typealias APIStore = QueueReads & CustomerStore & RosterStore & ServiceLevelReads & ChangeFeed & ContactIntake & TokenStore

/// Everything the API needs, handed in by `frontline serve` (or a test).
public struct APIServices: Sendable {
    public var store: any APIStore
    /// Contacts and messages from connectors; nil when the store has none (answers 503).
    public var intake: (any ChannelIntake)? {
        didSet { intakeCommits = intake.map { IntakeGroupCommit(intake: $0, policy: policy) } }
    }
    /// The intake routes' writes, grouped into shared transactions.
    private(set) var intakeCommits: IntakeGroupCommit?
    /// Tokens read in the last second.
    let tokens = TokenCache()
    /// The events for connectors; nil when the store has none (answers 503).
    public var outbox: (any Outbox)?
    public var policy: SLAPolicy
    public var calendar: Calendar
    public var now: @Sendable () -> Date
    /// The largest request body accepted (413 above).
    public var bodyLimit: Int
    /// The longest a `GET /v1/events` waits for something new (`wait` is capped to it).
    public var longestWait: Int

    public init(store: any APIStore, intake: (any ChannelIntake)?, outbox: (any Outbox)?, policy: SLAPolicy,
                calendar: Calendar = .current, now: @escaping @Sendable () -> Date = { Date() },
                bodyLimit: Int = 64 * 1024, longestWait: Int = 30) {
        self.store = store
        self.intake = intake
        self.intakeCommits = intake.map { IntakeGroupCommit(intake: $0, policy: policy) }
        self.outbox = outbox
        self.policy = policy
        self.calendar = calendar
        self.now = now
        self.bodyLimit = bodyLimit
        self.longestWait = longestWait
    }
}
