import FrontlineStoreAPI

/// What one write transaction changed, collected while it runs and appended to the change feed
/// just before it commits. Handed to every write body (and to the helpers it calls), so that the
/// code that changes a row is the code that says what it changed.
final class ChangeRecorder {
    private(set) var topics: Set<ChangeTopic> = []
    /// Rows changed inside savepoints rolled back since: they count in the connection's total
    /// but changed nothing a console could see.
    private(set) var rolledBackRows = 0

    /// A savepoint was rolled back: what was recorded since `topics` was read, and the `rows` it
    /// changed, are as if never done (a group commit's refused intake).
    func rolledBack(to topics: Set<ChangeTopic>, rows: Int) {
        self.topics = topics
        rolledBackRows += rows
    }

    func record(_ topics: ChangeTopic...) {
        self.topics.formUnion(topics)
    }

    func record<S: Sequence>(contentsOf topics: S) where S.Element == ChangeTopic {
        self.topics.formUnion(topics)
    }
}
