/// What other writers changed since a reader last looked: the topics, and the sequence number
/// to ask after next time.
public struct ChangeBatch: Equatable, Sendable {
    public var topics: Set<ChangeTopic>
    /// The highest sequence number read; ask `changes(after:)` this next time.
    public var latest: Int64

    public init(topics: Set<ChangeTopic>, latest: Int64) {
        self.topics = topics
        self.latest = latest
    }
}

/// The change feed: every write transaction appends what it changed under a rising sequence
/// number, in the same transaction. Readers ask one cheap indexed question a few times a second.
public protocol ChangeFeed: Sendable {
    /// The newest sequence number written so far (0 for none).
    func latestChange() throws -> Int64
    /// The topics written after `sequence`. When the feed has been trimmed past `sequence`, the
    /// batch says `.everything`, so a reader that slept long reloads all it shows.
    func changes(after sequence: Int64) throws -> ChangeBatch
    /// Something to wait on instead of asking on a timer: a descriptor that becomes readable when
    /// a writer may have committed. nil when the backend has none; readers then ask a few times a
    /// second.
    func makeChangeNotifier() -> (any ChangeNotifier)?
}

extension ChangeFeed {
    public func makeChangeNotifier() -> (any ChangeNotifier)? { nil }
}

/// A descriptor (for `poll`) that becomes readable when the store may have changed: a hint to ask
/// `latestChange()` now, which may find nothing new, and which may come just before the change
/// can be read (a reader asks again shortly after).
public protocol ChangeNotifier: AnyObject, Sendable {
    var descriptor: Int32 { get }
    /// Takes what made the descriptor readable, so that waiting on it blocks again; true when
    /// there was something (a write since the last drain).
    @discardableResult
    func drain() -> Bool
    /// Whether a waiter should look at the feed now and then even when nothing rang. True for a
    /// bell that might be missed; false for one that rings for every commit a reader follows and
    /// whenever it can no longer tell (PostgreSQL's LISTEN: its loss rings too), where each look
    /// would be a round trip to the server for nothing.
    var wantsQuietLooks: Bool { get }
}

extension ChangeNotifier {
    public var wantsQuietLooks: Bool { true }
}
