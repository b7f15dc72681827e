import FrontlineStoreAPI

/// What one write transaction changed, collected while it runs and appended to the change feed
/// just before it commits. Handed to every write body (and to the helpers it calls), so that the
/// code that changes a row is the code that says what it changed.
final class ChangeRecorder {
    private(set) var topics: Set<ChangeTopic> = []

    func record(_ topics: ChangeTopic...) {
        self.topics.formUnion(topics)
    }

    func record<S: Sequence>(contentsOf topics: S) where S.Element == ChangeTopic {
        self.topics.formUnion(topics)
    }
}
