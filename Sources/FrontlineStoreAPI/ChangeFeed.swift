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
}
