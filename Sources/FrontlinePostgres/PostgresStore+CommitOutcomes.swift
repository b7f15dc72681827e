import FrontlineStoreAPI

extension PostgresStore: CommitOutcomes {
    /// Asks the server what became of `transaction` (`txid_status`): a commit whose answer was
    /// lost with the connection was either kept or rolled back, and the server knows which.
    public func outcome(ofTransaction transaction: Int64) throws -> CommitOutcome {
        try session.alone { try session.outcome(ofTransaction: transaction) }
    }
}
