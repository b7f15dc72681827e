/// What became of a write whose commit went unanswered (`StoreError.outcomeUnknown`): asked of
/// the database once it answers again, so a console can say whether the agent's reply went out.
public enum CommitOutcome: Equatable, Sendable {
    case kept
    case notKept
    /// The database can no longer say (or never loses a commit's answer, as SQLite).
    case unknown
}

public protocol CommitOutcomes {
    /// The outcome of `transaction`, the number `StoreError.outcomeUnknown` carried.
    func outcome(ofTransaction transaction: Int64) throws -> CommitOutcome
}
