import FrontlineStoreAPI

extension AppDatabase: CommitOutcomes {
    /// SQLite's commits are answered in this very process, so none is ever left unknown.
    public func outcome(ofTransaction transaction: Int64) throws -> CommitOutcome { .unknown }
}
