import Foundation

/// Trimming the outbox: old events go, but never one a webhook still has to deliver.
public protocol OutboxUpkeep: Sendable {
    /// Deletes events stamped before `date` that every webhook is past; returns how many.
    func pruneOutboundEvents(before date: Date) throws -> Int
}
